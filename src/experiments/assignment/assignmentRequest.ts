import { z } from 'zod';
import { formatZodError } from '../../shared/zodMessage';
import { finiteNumber } from '../../stats/schemas';

/**
 * One `cpo assign` request (one JSONL line). Unknown fields are ignored, so lines exported from other
 * systems can carry extra attributes.
 * - `experiment`: the experiment key; also the hash seed unless `seed` is a non-empty string.
 * - `id`: the user's hash attribute, a string or a number (hashed as String(id), like GrowthBook).
 * - `weights`: traffic split; its length is the number of variations.
 * - `variations`: the number of variations; optional when `weights` is given. When both are given and
 *   disagree, GrowthBook's rule applies: equal weights over `variations`.
 * - `coverage`: share of users included, default 1, clamped to [0, 1].
 */
export const assignmentRequestSchema = z
  .object({
    experiment: z
      .string({ required_error: 'is required', invalid_type_error: 'must be a string' })
      .min(1, 'must not be empty'),
    id: z.union([z.string(), finiteNumber], {
      errorMap: (issue, context) =>
        issue.code === z.ZodIssueCode.invalid_union || issue.code === z.ZodIssueCode.invalid_type
          ? { message: context.data === undefined ? 'is required' : 'must be a string or a number' }
          : { message: context.defaultError },
    }),
    weights: z.array(finiteNumber, { invalid_type_error: 'must be an array of numbers' }).optional(),
    variations: finiteNumber.int('must be a whole number').min(0, 'must not be negative').optional(),
    coverage: finiteNumber.optional(),
    seed: z.string({ invalid_type_error: 'must be a string' }).optional(),
  })
  .refine((request) => request.weights !== undefined || request.variations !== undefined, {
    message: 'is required (or give variations, the number of variations)',
    path: ['weights'],
  });

export type AssignmentRequest = z.output<typeof assignmentRequestSchema>;

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/**
 * The common, valid case checked by hand: zod costs ~6 µs per line, which dominates a 1M-line run.
 * Accepts only what `assignmentRequestSchema` accepts and builds the same output; anything else (including
 * every invalid line) goes through zod, which stays the single source of error messages.
 */
function fastPath(value: Record<string, unknown>): AssignmentRequest | undefined {
  const { experiment, id, weights, variations, coverage, seed } = value;
  if (typeof experiment !== 'string' || experiment === '') return undefined;
  if (typeof id !== 'string' && !isFiniteNumber(id)) return undefined;
  if (weights !== undefined && !(Array.isArray(weights) && weights.every(isFiniteNumber))) return undefined;
  if (
    variations !== undefined &&
    !(isFiniteNumber(variations) && Number.isInteger(variations) && variations >= 0)
  ) {
    return undefined;
  }
  if (weights === undefined && variations === undefined) return undefined;
  if (coverage !== undefined && !isFiniteNumber(coverage)) return undefined;
  if (seed !== undefined && typeof seed !== 'string') return undefined;
  const request: AssignmentRequest = { experiment, id };
  if (weights !== undefined) request.weights = weights as number[];
  if (variations !== undefined) request.variations = variations;
  if (coverage !== undefined) request.coverage = coverage;
  if (seed !== undefined) request.seed = seed;
  return request;
}

export type AssignmentRequestResult =
  { success: true; request: AssignmentRequest } | { success: false; error: string };

/** Validates one parsed JSONL value; the error names the failing fields, e.g. `weights: is required …`. */
export function parseAssignmentRequest(value: unknown): AssignmentRequestResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { success: false, error: 'must be a JSON object' };
  }
  const fast = fastPath(value as Record<string, unknown>);
  if (fast) return { success: true, request: fast };
  const result = assignmentRequestSchema.safeParse(value);
  return result.success
    ? { success: true, request: result.data }
    : { success: false, error: formatZodError(result.error) };
}
