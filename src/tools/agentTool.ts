import type { z } from 'zod';
import { invalidInput } from '../shared/errors';
import { formatZodError } from '../shared/zodMessage';

/**
 * An agent exposed as a tool (its own entry point, validated); the turn-level registry is src/tools/toolRegistry.ts: a name, a description for the planner, a zod input schema and `execute`.
 * The planner's tool list (names, descriptions, JSON Schemas) is generated from these definitions.
 */
export interface Tool<Schema extends z.ZodTypeAny, Context, Output> {
  readonly name: string;
  readonly description: string;
  readonly inputSchema: Schema;
  execute(input: z.input<Schema>, context: Context): Promise<Output>;
}

/**
 * Defines a tool whose `execute` always receives input validated (and defaulted) by its schema: a call with
 * bad arguments fails with an INVALID_INPUT error naming the tool and the field, before any work is done.
 */
export function defineAgentTool<Schema extends z.ZodTypeAny, Context, Output>(definition: {
  name: string;
  description: string;
  inputSchema: Schema;
  execute(input: z.output<Schema>, context: Context): Promise<Output>;
}): Tool<Schema, Context, Output> {
  return {
    name: definition.name,
    description: definition.description,
    inputSchema: definition.inputSchema,
    execute: async (input, context) => {
      const parsed = definition.inputSchema.safeParse(input);
      if (!parsed.success) {
        throw invalidInput(`Invalid ${definition.name} input: ${formatZodError(parsed.error)}`);
      }
      return definition.execute(parsed.data as z.output<Schema>, context);
    },
  };
}
