import type { z } from 'zod';
import { invalidInput } from '../shared/errors';
import { formatZodError } from '../shared/zodMessage';

/**
 * Validates the arguments of a public statistics function. Throws an INVALID_INPUT AppError whose message
 * starts with the function name and names each failing field, e.g. `welchTTest: control.users: must be at least 2`.
 */
export function parseArgs<Schema extends z.ZodTypeAny>(
  schema: Schema,
  value: unknown,
  functionName: string,
): z.infer<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInput(`${functionName}: ${formatZodError(result.error)}`);
  return result.data as z.infer<Schema>;
}
