import { z } from 'zod';
import { invalidInput } from '../../shared/errors';
import { formatZodError } from '../../shared/zodMessage';
import { finiteNumber, openProbability } from '../../stats/schemas';

const sampleSizeInputSchema = z
  .object({
    baselineRate: openProbability,
    /** Minimum detectable effect, relative: the treatment rate is baselineRate·(1 + mde). */
    mde: finiteNumber.refine((mde) => mde !== 0, 'must not be 0'),
    alpha: openProbability.default(0.05),
    power: openProbability.default(0.8),
    arms: finiteNumber.int('must be a whole number').min(2, 'must be at least 2').default(2),
    /** Include the opposite rejection tail in the power (R's strict = TRUE); R's default is false. */
    strict: z.boolean({ invalid_type_error: 'must be true or false' }).default(false),
  })
  .strip()
  .superRefine((input, context) => {
    const treatmentRate = input.baselineRate * (1 + input.mde);
    if (input.mde !== 0 && !(treatmentRate > 0 && treatmentRate < 1)) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['mde'],
        message: `puts the treatment rate baselineRate·(1 + mde) = ${treatmentRate} outside (0, 1)`,
      });
    } else if (input.mde !== 0 && treatmentRate === input.baselineRate) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['mde'],
        message: 'is too small to change the rate',
      });
    }
  });

/**
 * A validated `cpo power` document. Defaults: alpha 0.05, power 0.8, arms 2 (control + one treatment),
 * strict false (R's default), unknown fields ignored.
 */
export type SampleSizeInput = z.output<typeof sampleSizeInputSchema>;

/** Validates a power document; INVALID_INPUT names each failing field (e.g. `baselineRate: ...`). */
export function parseSampleSizeInput(value: unknown): SampleSizeInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidInput('input: must be a JSON object');
  }
  const result = sampleSizeInputSchema.safeParse(value);
  if (!result.success) throw invalidInput(formatZodError(result.error));
  return result.data;
}
