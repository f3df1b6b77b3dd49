import type { z } from 'zod';

/**
 * An agent exposed as a tool: a name, a description for the planner, a zod input schema and `execute`.
 * The planner's tool list (names, descriptions, JSON Schemas) is generated from these definitions.
 */
export interface Tool<Schema extends z.ZodTypeAny, Context, Output> {
  readonly name: string;
  readonly description: string;
  readonly inputSchema: Schema;
  execute(input: z.infer<Schema>, context: Context): Promise<Output>;
}

export function defineTool<Schema extends z.ZodTypeAny, Context, Output>(
  tool: Tool<Schema, Context, Output>,
): Tool<Schema, Context, Output> {
  return tool;
}
