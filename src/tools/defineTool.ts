import type { z } from 'zod';
import { TOOL_CATALOG, type ToolName } from './toolCatalog';

/**
 * A tool as the plan executor runs it: the catalog contract (name, description, input schema, progress
 * label) and `execute`, which receives arguments already validated against the schema.
 */
export interface Tool<Context> {
  readonly name: ToolName;
  readonly description: string;
  readonly label: string;
  readonly inputSchema: z.AnyZodObject;
  execute(input: Record<string, unknown>, context: Context): Promise<void>;
}

/**
 * Defines a tool once: the contract comes from the catalog entry of `name`, the behaviour from `execute`.
 * Planners, validation, help text and progress all read the registry these definitions go into.
 */
export function defineTool<Name extends ToolName, Context>(
  name: Name,
  execute: (input: z.output<(typeof TOOL_CATALOG)[Name]['inputSchema']>, context: Context) => Promise<void>,
): Tool<Context> {
  const contract = TOOL_CATALOG[name];
  return {
    name,
    description: contract.description,
    label: contract.label,
    inputSchema: contract.inputSchema,
    execute: (input, context) =>
      execute(input as z.output<(typeof TOOL_CATALOG)[Name]['inputSchema']>, context),
  };
}
