import { z } from 'zod';
import { chiSquareUpperTail } from './distributions';
import { nonNegativeCount, openProbability, positiveNumber } from './schemas';
import { parseArgs } from './validation';

/** p-value below which a sample-ratio mismatch is flagged (GrowthBook's default SRM threshold). */
export const SRM_THRESHOLD = 0.001;

export interface SampleRatioMismatch {
  chiSquare: number;
  degreesOfFreedom: number;
  pValue: number;
  mismatch: boolean;
}

const srmArgs = z
  .object({
    users: z.array(nonNegativeCount).min(2, 'must list at least two arms'),
    /** Expected traffic shares; any positive scale (normalized here). Absent: equal split. */
    weights: z.array(positiveNumber).optional(),
    threshold: openProbability.optional(),
  })
  .superRefine((args, context) => {
    if (args.weights !== undefined && args.weights.length !== args.users.length) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['weights'],
        message: `must have one weight per arm (${args.users.length}), got ${args.weights.length}`,
      });
    }
    if (args.users.every((count) => count === 0)) {
      context.addIssue({ code: z.ZodIssueCode.custom, path: ['users'], message: 'must not all be 0' });
    }
  });

export type SampleRatioMismatchArgs = z.input<typeof srmArgs>;

/**
 * Sample-ratio-mismatch check: Pearson's chi-square goodness of fit of the observed users per arm against
 * the expected split, E_i = N·w_i/Σw,
 *   χ² = Σ (O_i − E_i)²/E_i,  df = k − 1,  p = P(χ²_df > χ²),  mismatch when p < threshold (0.001).
 * (R: chisq.test(users, p = weights / sum(weights)).)
 */
export function sampleRatioMismatch(args: SampleRatioMismatchArgs): SampleRatioMismatch {
  const { users, weights, threshold } = parseArgs(srmArgs, args, 'sampleRatioMismatch');
  const shares = weights ?? users.map(() => 1);
  const totalWeight = shares.reduce((sum, weight) => sum + weight, 0);
  const totalUsers = users.reduce((sum, count) => sum + count, 0);
  let chiSquare = 0;
  users.forEach((observed, index) => {
    const expected = (totalUsers * (shares[index] ?? 0)) / totalWeight;
    chiSquare += ((observed - expected) * (observed - expected)) / expected;
  });
  const degreesOfFreedom = users.length - 1;
  const pValue = chiSquareUpperTail(chiSquare, degreesOfFreedom);
  return { chiSquare, degreesOfFreedom, pValue, mismatch: pValue < (threshold ?? SRM_THRESHOLD) };
}
