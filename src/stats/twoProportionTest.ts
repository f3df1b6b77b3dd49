import { z } from 'zod';
import { nonNegativeCount, openProbability, userCount } from './schemas';
import { parseArgs } from './validation';
import { waldInference, type EffectTest } from './waldInference';

/** A binomial arm: `conversions` successes out of `users` trials. */
export interface ProportionSample {
  users: number;
  conversions: number;
}

export const proportionSampleSchema = z
  .object({ users: userCount, conversions: nonNegativeCount })
  .refine((sample) => sample.conversions <= sample.users, {
    message: 'must not exceed users',
    path: ['conversions'],
  });

/** Observed rate p̂ = conversions/users. */
export function proportion(sample: ProportionSample): number {
  return sample.conversions / sample.users;
}

/** Variance of the observed rate, p̂(1 − p̂)/n (unpooled). */
export function proportionVariance(sample: ProportionSample): number {
  const rate = proportion(sample);
  return (rate * (1 - rate)) / sample.users;
}

const twoProportionArgs = z.object({
  control: proportionSampleSchema,
  treatment: proportionSampleSchema,
  alpha: openProbability,
});

/**
 * Two-proportion test of the absolute difference with the unpooled (Wald) z statistic:
 *   d = p̂_B − p̂_A,  SE = √(p̂_A(1−p̂_A)/n_A + p̂_B(1−p̂_B)/n_B),
 *   CI = d ± z_{1−α/2}·SE,  p = 2·(1 − Φ(|d|/SE)).
 * (Not R's prop.test, which pools the variance and applies a continuity correction.)
 */
export function twoProportionZTest(args: {
  control: ProportionSample;
  treatment: ProportionSample;
  alpha: number;
}): EffectTest {
  const { control, treatment, alpha } = parseArgs(twoProportionArgs, args, 'twoProportionZTest');
  return waldInference({
    estimate: proportion(treatment) - proportion(control),
    standardError: Math.sqrt(proportionVariance(control) + proportionVariance(treatment)),
    alpha,
  });
}
