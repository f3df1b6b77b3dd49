import { twoProportionPower } from '../../stats/proportionSampleSize';

export interface DetectableLiftArgs {
  usersPerArm: number;
  baselineRate: number;
  alpha: number;
  power: number;
  /** Treatment-vs-control comparisons; α is Bonferroni-split over them (as planSampleSize does). */
  comparisons: number;
}

/**
 * Smallest relative lift r such that the two-sided two-proportion z test (R's power.prop.test power
 * function, via the stats engine) reaches `power` with `usersPerArm` per arm — the inverse of
 * planSampleSize in the lift. Power increases with r, so bisection on (0, r_max) with r_max the lift that
 * takes the rate to 1. Null when even r_max is not detectable (or there are no users).
 * (The stats engine has no MDE solver yet; this wraps its power function.)
 */
export function minimumDetectableLift(args: DetectableLiftArgs): number | null {
  const { usersPerArm, baselineRate, power } = args;
  if (!(usersPerArm > 0) || !(baselineRate > 0 && baselineRate < 1)) return null;
  const alpha = args.alpha / Math.max(1, args.comparisons);
  const maxLift = ((1 - baselineRate) / baselineRate) * (1 - 1e-9);
  const powerAt = (lift: number): number =>
    twoProportionPower({ usersPerArm, p1: baselineRate, p2: baselineRate * (1 + lift), alpha });
  if (powerAt(maxLift) < power) return null;
  let low = 0;
  let high = maxLift;
  for (let step = 0; step < 100 && high - low > 1e-7 * high; step++) {
    const middle = (low + high) / 2;
    if (powerAt(middle) < power) low = middle;
    else high = middle;
  }
  return high;
}
