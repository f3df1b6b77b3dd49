import { z } from 'zod';
import { invalidInput } from '../../shared/errors';
import { formatZodError } from '../../shared/zodMessage';
import { P_VALUE_CORRECTIONS } from '../../stats/pValueAdjustment';
import {
  finiteNumber,
  nonNegativeCount,
  nonNegativeNumber,
  openProbability,
  positiveNumber,
  userCount,
} from '../../stats/schemas';
import { DEFAULT_SEQUENTIAL_TUNING } from '../../stats/sequentialTest';

const armName = z
  .string({ required_error: 'is required', invalid_type_error: 'must be a string' })
  .min(1, 'must not be empty');

const binomialArm = z
  .object(
    { name: armName, users: userCount, conversions: nonNegativeCount },
    { invalid_type_error: 'must be an object {"name", "users", "conversions"}' },
  )
  .strip();

const meanArm = z
  .object(
    {
      name: armName,
      users: finiteNumber
        .int('must be a whole number')
        .min(2, 'must be at least 2 for the mean metric (a standard deviation needs two users)'),
      mean: finiteNumber,
      stddev: nonNegativeNumber,
    },
    { invalid_type_error: 'must be an object {"name", "users", "mean", "stddev"}' },
  )
  .strip();

const armList = <Arm extends z.ZodTypeAny>(arm: Arm) =>
  z
    .array(arm, { required_error: 'is required', invalid_type_error: 'must be an array of arms' })
    .min(2, 'must list at least two arms (the control and a treatment)');

/** `sequential: true` means the default tuning; `false`/`null` mean a fixed-horizon analysis. */
const sequential = z.preprocess(
  (value) => (value === true ? {} : value === false || value === null ? undefined : value),
  z
    .object(
      { tuning: positiveNumber.default(DEFAULT_SEQUENTIAL_TUNING) },
      { invalid_type_error: 'must be an object like {"tuning": 5000}' },
    )
    .strip()
    .optional(),
);

const commonFields = {
  control: z
    .string({ required_error: 'is required', invalid_type_error: 'must be a string' })
    .min(1, 'must not be empty'),
  alpha: openProbability.default(0.05),
  correction: z
    .enum(P_VALUE_CORRECTIONS, { errorMap: () => ({ message: "must be one of 'none', 'holm', 'bh'" }) })
    .default('holm'),
  expectedWeights: z.array(positiveNumber, { invalid_type_error: 'must be an array of numbers' }).optional(),
  sequential,
};

const analyzeInputSchema = z
  .discriminatedUnion(
    'metric',
    [
      z.object({ metric: z.literal('binomial'), ...commonFields, arms: armList(binomialArm) }).strip(),
      z.object({ metric: z.literal('mean'), ...commonFields, arms: armList(meanArm) }).strip(),
    ],
    {
      errorMap: (issue, context) =>
        issue.code === z.ZodIssueCode.invalid_union_discriminator
          ? { message: "must be 'binomial' or 'mean'" }
          : { message: context.defaultError },
    },
  )
  .superRefine((input, context) => {
    const names = input.arms.map((arm) => arm.name);
    const seen = new Set<string>();
    names.forEach((name, index) => {
      if (seen.has(name)) {
        context.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['arms', index, 'name'],
          message: `duplicate arm name ${JSON.stringify(name)}`,
        });
      }
      seen.add(name);
    });
    if (!seen.has(input.control)) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['control'],
        message: `${JSON.stringify(input.control)} is not one of the arm names (${names.join(', ')})`,
      });
    }
    if (input.metric === 'binomial') {
      input.arms.forEach((arm, index) => {
        if (arm.conversions > arm.users) {
          context.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['arms', index, 'conversions'],
            message: 'must not exceed users',
          });
        }
      });
    }
    if (input.expectedWeights !== undefined && input.expectedWeights.length !== input.arms.length) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['expectedWeights'],
        message: `must have one weight per arm (${input.arms.length}), got ${input.expectedWeights.length}`,
      });
    }
  });

/** A validated `cpo analyze` document, defaults applied. */
export type AnalyzeInput = z.output<typeof analyzeInputSchema>;
export type BinomialArm = z.output<typeof binomialArm>;
export type MeanArm = z.output<typeof meanArm>;

/**
 * Validates an analyze document (already parsed from JSON). Throws INVALID_INPUT naming every failing
 * field, e.g. `arms[1].conversions: must not exceed users`.
 */
export function parseAnalyzeInput(value: unknown): AnalyzeInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidInput('input: must be a JSON object');
  }
  const result = analyzeInputSchema.safeParse(value);
  if (!result.success) throw invalidInput(formatZodError(result.error));
  return result.data;
}
