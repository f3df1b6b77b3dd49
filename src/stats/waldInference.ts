import { z } from 'zod';
import { normalQuantile, normalUpperTail, studentTQuantile, studentTUpperTail } from './distributions';
import { degreesOfFreedom, finiteNumber, nonNegativeNumber, openProbability } from './schemas';
import { parseArgs } from './validation';

/** A two-sided test of "effect = 0": the estimate, its standard error, the (1 − α) interval and the p-value. */
export interface EffectTest {
  estimate: number;
  standardError: number;
  ci: [number, number];
  pValue: number;
}

const waldArgs = z.object({
  estimate: finiteNumber,
  standardError: nonNegativeNumber,
  alpha: openProbability,
  degreesOfFreedom: degreesOfFreedom.optional(),
});

export type WaldArgs = z.input<typeof waldArgs>;

/**
 * Wald inference from an estimate θ̂ and its standard error s against a reference distribution F
 * (standard normal, or Student t with `degreesOfFreedom` when given):
 *   CI = θ̂ ± F⁻¹(1 − α/2)·s,   p = 2·(1 − F(|θ̂|/s)).
 * A zero standard error means no sampling noise: CI = [θ̂, θ̂] and p = 1 when θ̂ = 0, else 0.
 */
export function waldInference(args: WaldArgs): EffectTest {
  const { estimate, standardError, alpha, degreesOfFreedom: df } = parseArgs(waldArgs, args, 'waldInference');
  if (standardError === 0) {
    return { estimate, standardError, ci: [estimate, estimate], pValue: estimate === 0 ? 1 : 0 };
  }
  // −F⁻¹(α/2) rather than F⁻¹(1 − α/2): keeps precision when α is tiny.
  const critical = -(df === undefined ? normalQuantile(alpha / 2) : studentTQuantile(alpha / 2, df));
  const statistic = Math.abs(estimate) / standardError;
  const upperTail = df === undefined ? normalUpperTail(statistic) : studentTUpperTail(statistic, df);
  const halfWidth = critical * standardError;
  return {
    estimate,
    standardError,
    ci: [estimate - halfWidth, estimate + halfWidth],
    pValue: Math.min(1, 2 * upperTail),
  };
}
