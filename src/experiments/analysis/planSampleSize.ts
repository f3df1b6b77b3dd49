import { twoProportionSampleSize } from '../../stats/proportionSampleSize';
import type { SampleSizeInput } from './sampleSizeInput';

export interface SampleSizePlan {
  usersPerArm: number;
}

/**
 * Users needed in each arm to detect a relative lift `mde` on `baselineRate` with the given power:
 * R's power.prop.test semantics (two-sided, no continuity correction, strict = FALSE by default, as R) with
 * p₂ = baselineRate·(1 + mde) and α Bonferroni-split over the arms − 1 comparisons with the control,
 * rounded up to whole users.
 */
export function planSampleSize(input: SampleSizeInput): SampleSizePlan {
  const usersPerArm = twoProportionSampleSize({
    p1: input.baselineRate,
    p2: input.baselineRate * (1 + input.mde),
    alpha: input.alpha / (input.arms - 1),
    power: input.power,
    strict: input.strict,
  });
  return { usersPerArm: Math.ceil(usersPerArm) };
}
