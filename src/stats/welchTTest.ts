import { z } from 'zod';
import { finiteNumber, nonNegativeNumber, openProbability } from './schemas';
import { parseArgs } from './validation';
import { waldInference, type EffectTest } from './waldInference';

/** A continuous metric's arm summary: `users` observations with sample mean and sample standard deviation. */
export interface MeanSample {
  users: number;
  mean: number;
  /** Sample standard deviation (n − 1 denominator). */
  stddev: number;
}

export const meanSampleSchema = z.object({
  users: finiteNumber
    .int('must be a whole number')
    .min(2, 'must be at least 2 (a standard deviation needs two users)'),
  mean: finiteNumber,
  stddev: nonNegativeNumber,
});

/** Variance of the sample mean, s²/n. */
export function meanVariance(sample: MeanSample): number {
  return (sample.stddev * sample.stddev) / sample.users;
}

/**
 * Welch–Satterthwaite degrees of freedom from the variances of the two means v_i = s_i²/n_i:
 *   df = (v_A + v_B)² / (v_A²/(n_A − 1) + v_B²/(n_B − 1)).
 * When both standard deviations are 0 there is no sampling noise and df is irrelevant; it is then reported
 * as n_A + n_B − 2 (the pooled df) instead of 0/0.
 */
export function welchDegreesOfFreedom(control: MeanSample, treatment: MeanSample): number {
  const vA = meanVariance(control);
  const vB = meanVariance(treatment);
  const denominator = (vA * vA) / (control.users - 1) + (vB * vB) / (treatment.users - 1);
  if (denominator === 0) return control.users + treatment.users - 2;
  return ((vA + vB) * (vA + vB)) / denominator;
}

const welchArgs = z.object({
  control: meanSampleSchema,
  treatment: meanSampleSchema,
  alpha: openProbability,
});

/** Welch's test result: the effect test plus the Welch–Satterthwaite df it used. */
export interface WelchTest extends EffectTest {
  degreesOfFreedom: number;
}

/**
 * Welch's unequal-variance t test of the absolute difference of means:
 *   d = x̄_B − x̄_A,  SE = √(s_A²/n_A + s_B²/n_B),  df = Welch–Satterthwaite,
 *   CI = d ± t_{1−α/2, df}·SE,  p = 2·(1 − T_df(|d|/SE)).   (R: t.test(b, a, var.equal = FALSE))
 */
export function welchTTest(args: { control: MeanSample; treatment: MeanSample; alpha: number }): WelchTest {
  const { control, treatment, alpha } = parseArgs(welchArgs, args, 'welchTTest');
  const degreesOfFreedom = welchDegreesOfFreedom(control, treatment);
  const test = waldInference({
    estimate: treatment.mean - control.mean,
    standardError: Math.sqrt(meanVariance(control) + meanVariance(treatment)),
    alpha,
    degreesOfFreedom,
  });
  return { ...test, degreesOfFreedom };
}
