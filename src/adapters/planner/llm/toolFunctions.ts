import type { ChatCompletionTool } from 'openai/resources/chat/completions';
import type { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { TOOL_CATALOG } from '../../../tools/toolCatalog';

/** What the model needs to know about a tool: the catalog entry without its implementation. */
export interface ToolContract {
  readonly description: string;
  readonly inputSchema: z.ZodTypeAny;
}

/**
 * zod-to-json-schema types its input with the `zod/v3` declarations; checking our `zod` schemas
 * against them structurally exceeds the compiler's depth limit (TS2589), so the call is typed here.
 */
const inlineJsonSchema = zodToJsonSchema as unknown as (
  schema: z.ZodTypeAny,
  options: { target: 'jsonSchema7'; $refStrategy: 'none' },
) => Record<string, unknown>;

/**
 * The JSON Schema of a tool's input, generated from its zod schema so the two can never drift.
 * References are inlined because function parameters must be self-contained; `$schema` is dropped
 * because the chat completions API does not expect a dialect marker.
 */
export function toolParameters(schema: z.ZodTypeAny): Record<string, unknown> {
  const { $schema: _dialect, ...parameters } = inlineJsonSchema(schema, {
    target: 'jsonSchema7',
    $refStrategy: 'none',
  });
  return parameters;
}

/** One function definition per catalog tool, in catalog order, for the `tools` field of a chat request. */
export function buildToolFunctions(
  catalog: Readonly<Record<string, ToolContract>> = TOOL_CATALOG,
): ChatCompletionTool[] {
  return Object.entries(catalog).map(([name, tool]) => ({
    type: 'function',
    function: { name, description: tool.description, parameters: toolParameters(tool.inputSchema) },
  }));
}
