import { z } from 'zod';
import { invalidInput } from '../shared/errors';
import { normalCdf, normalQuantile } from './distributions';
import { openProbability, positiveNumber } from './schemas';
import { parseArgs } from './validation';

const designSchema = {
  p1: openProbability,
  p2: openProbability,
  alpha: openProbability,
  /** Count rejections in the opposite tail too (R's `strict = TRUE`). Default true. */
  strict: z.boolean({ invalid_type_error: 'must be true or false' }).optional(),
};

const powerArgs = z.object({ usersPerArm: positiveNumber, ...designSchema });

export type TwoProportionPowerArgs = z.input<typeof powerArgs>;

/**
 * Power of the two-sided two-proportion z test (no continuity correction) with n users per arm —
 * R's power.prop.test power function:
 *   q = z_{1−α/2},  d = |p₁ − p₂|,  σ = √(p₁(1−p₁) + p₂(1−p₂)),  σ₀ = √(2·p̄(1−p̄)),  p̄ = (p₁+p₂)/2,
 *   power(n) = Φ((√n·d − q·σ₀)/σ) + Φ(−(√n·d + q·σ₀)/σ),
 * where the second term (rejections in the opposite tail, ~1e-6) is only included when strict (default,
 * R's `strict = TRUE`; R's own default is `strict = FALSE`).
 */
export function twoProportionPower(args: TwoProportionPowerArgs): number {
  const { usersPerArm, p1, p2, alpha, strict } = parseArgs(powerArgs, args, 'twoProportionPower');
  return powerFunction(p1, p2, alpha, strict ?? true)(usersPerArm);
}

function powerFunction(p1: number, p2: number, alpha: number, strict: boolean): (n: number) => number {
  const q = -normalQuantile(alpha / 2);
  const d = Math.abs(p1 - p2);
  const pBar = (p1 + p2) / 2;
  const nullSd = Math.sqrt(2 * pBar * (1 - pBar));
  const sd = Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return (n) => {
    const shift = Math.sqrt(n) * d;
    const sameTail = normalCdf((shift - q * nullSd) / sd);
    return strict ? sameTail + normalCdf(-(shift + q * nullSd) / sd) : sameTail;
  };
}

const sampleSizeArgs = z
  .object({ ...designSchema, power: openProbability })
  .refine((args) => args.p1 !== args.p2, { message: 'must differ from p1', path: ['p2'] });

export type TwoProportionSampleSizeArgs = z.input<typeof sampleSizeArgs>;

/**
 * Users per arm n (continuous) at which `twoProportionPower` reaches the target power — what
 * power.prop.test(p1 = p1, p2 = p2, sig.level = alpha, power = power, strict = TRUE)$n returns, solved here
 * by bisection to ~1e-12 relative instead of uniroot's 1e-4 absolute tolerance. Power increases with n
 * from its value at n → 0 (≈ α), so a target at or below that floor has no solution (INVALID_INPUT).
 */
export function twoProportionSampleSize(args: TwoProportionSampleSizeArgs): number {
  const { p1, p2, alpha, power, strict } = parseArgs(sampleSizeArgs, args, 'twoProportionSampleSize');
  const powerAt = powerFunction(p1, p2, alpha, strict ?? true);
  const floor = powerAt(0);
  if (floor >= power) {
    throw invalidInput(`power: must exceed ${floor}, what this test already rejects with no users at all`);
  }
  let low = 0;
  let high = 1;
  while (powerAt(high) < power) {
    low = high;
    high *= 2;
  }
  for (let i = 0; i < 200 && high - low > 1e-13 * high; i++) {
    const middle = (low + high) / 2;
    if (powerAt(middle) < power) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
