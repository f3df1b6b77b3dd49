import { z } from 'zod';
import { degreesOfFreedom, finiteNumber, nonNegativeNumber, openProbability } from './schemas';
import { parseArgs } from './validation';
import { waldInference, type EffectTest } from './waldInference';

/** An arm's estimated mean (or rate) and the variance of that estimate (squared standard error). */
export interface MeanEstimate {
  mean: number;
  variance: number;
}

const meanEstimateSchema = z.object({ mean: finiteNumber, variance: nonNegativeNumber });

const relativeLiftArgs = z.object({
  control: meanEstimateSchema,
  treatment: meanEstimateSchema,
  alpha: openProbability,
  degreesOfFreedom: degreesOfFreedom.optional(),
});

export type RelativeLiftArgs = z.input<typeof relativeLiftArgs>;

/**
 * Relative lift r = μ_B/μ_A − 1 with the delta-method variance
 *   Var(r) ≈ v_B/μ_A² + μ_B²·v_A/μ_A⁴,
 * then Wald inference (z, or t with `degreesOfFreedom` — the same df as the absolute comparison).
 * Returns null when the control mean is 0: the lift is undefined, not infinite.
 */
export function relativeLift(args: RelativeLiftArgs): EffectTest | null {
  const {
    control,
    treatment,
    alpha,
    degreesOfFreedom: df,
  } = parseArgs(relativeLiftArgs, args, 'relativeLift');
  if (control.mean === 0) return null;
  const controlSquared = control.mean * control.mean;
  const variance =
    treatment.variance / controlSquared +
    (treatment.mean * treatment.mean * control.variance) / (controlSquared * controlSquared);
  return waldInference({
    estimate: treatment.mean / control.mean - 1,
    standardError: Math.sqrt(variance),
    alpha,
    ...(df === undefined ? {} : { degreesOfFreedom: df }),
  });
}
