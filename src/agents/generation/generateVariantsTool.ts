import { defineTool } from '../../tools/tool';
import { TOOL_CATALOG } from '../../tools/toolCatalog';
import { invalidInput } from '../../shared/errors';
import { formatZodError } from '../../shared/zodMessage';
import type { GenerationContext } from './generationContext';
import { generateVariants, type GenerationOutcome } from './generateVariants';
import { generateVariantsInput } from './generateVariantsInput';

/** The Generation agent as a tool: `generate_variants`. */
export const generateVariantsTool = defineTool({
  name: 'generate_variants',
  description: TOOL_CATALOG.generate_variants.description,
  inputSchema: generateVariantsInput,
  execute: async (input, context: GenerationContext): Promise<GenerationOutcome> => {
    const parsed = generateVariantsInput.safeParse(input);
    if (!parsed.success)
      throw invalidInput(`Invalid generate_variants input: ${formatZodError(parsed.error)}`);
    return generateVariants(parsed.data, context);
  },
});
