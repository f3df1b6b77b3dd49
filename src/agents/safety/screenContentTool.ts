import type { ContentDocument } from '../../domain/content';
import type { SafetyResult, Variant, Verdict } from '../../domain/variant';
import { invalidInput, notFound } from '../../shared/errors';
import { defineAgentTool } from '../../tools/agentTool';
import { screenContentInput } from '../../tools/inputs/screenContentInput';
import type { SafetyService } from './safetyService';

/** What `screen_content` needs from the conversation: the drafted variants and the cited documents. */
export interface ScreenContentContext {
  safety: SafetyService;
  /** The drafted variants of the current campaign (empty when nothing was drafted yet). */
  variants: readonly Variant[];
  sourcesById(id: string): ContentDocument | undefined;
}

export type ScreenContentOutput =
  | { kind: 'text'; text: string; result: SafetyResult }
  | { kind: 'variants'; variants: Variant[]; summary: Record<Verdict, number> };

export const screenContentTool = defineAgentTool({
  name: 'screen_content',
  description:
    'Screen drafted variants or a text for harm, PII, prompt injection, blocklisted terms and ungrounded claims.',
  inputSchema: screenContentInput,
  async execute(input, context: ScreenContentContext): Promise<ScreenContentOutput> {
    if (input.text !== undefined) {
      // A text pasted by the user is user input: it is also checked for prompt injection.
      return {
        kind: 'text',
        text: input.text,
        result: await context.safety.screenText(input.text, 'user_input'),
      };
    }
    const wanted = input.variantIds;
    if (wanted !== undefined) {
      const missing = wanted.filter((id) => !context.variants.some((variant) => variant.id === id));
      if (missing.length > 0) throw notFound(`No drafted variant with id ${missing.join(', ')}.`);
    }
    const selected =
      wanted === undefined
        ? [...context.variants]
        : context.variants.filter((variant) => wanted.includes(variant.id));
    if (selected.length === 0) {
      throw invalidInput(
        'There is nothing to screen yet: draft some variants first, or paste the text to check.',
      );
    }
    const variants = await context.safety.screenVariants(selected, (id) => context.sourcesById(id));
    const summary: Record<Verdict, number> = { pass: 0, review: 0, block: 0 };
    for (const variant of variants) if (variant.safety !== undefined) summary[variant.safety.verdict] += 1;
    return { kind: 'variants', variants, summary };
  },
});
