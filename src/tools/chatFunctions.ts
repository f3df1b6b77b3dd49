import type { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import type { ChatFunction } from '../ports/ChatModel';

/**
 * zod-to-json-schema types its input with the `zod/v3` declarations; checking our `zod` schemas
 * against them structurally exceeds the compiler's depth limit (TS2589), so the call is typed here.
 */
const inlineJsonSchema = zodToJsonSchema as unknown as (
  schema: z.ZodTypeAny,
  options: { target: 'jsonSchema7'; $refStrategy: 'none' },
) => Record<string, unknown>;

/**
 * The JSON Schema of a tool's input, generated from its zod schema so the two can never drift: a full
 * schema with `type: "object"`, references inlined (function parameters must be self-contained) and no
 * `$schema` dialect marker (the chat completions API does not expect one).
 */
export function toolParameters(schema: z.ZodTypeAny): Record<string, unknown> {
  const { $schema: _dialect, ...parameters } = inlineJsonSchema(schema, {
    target: 'jsonSchema7',
    $refStrategy: 'none',
  });
  return { type: 'object', properties: {}, ...parameters };
}

/** One function definition per tool, in the given order, for a chat model's `tools`. */
export function chatFunctionsOf(
  tools: ReadonlyArray<{ name: string; description: string; inputSchema: z.ZodTypeAny }>,
): ChatFunction[] {
  return tools.map((tool) => ({
    name: tool.name,
    description: tool.description,
    parameters: toolParameters(tool.inputSchema),
  }));
}
