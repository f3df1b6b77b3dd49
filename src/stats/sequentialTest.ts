import { z } from 'zod';
import { finiteNumber, nonNegativeNumber, openProbability, positiveNumber, userCount } from './schemas';
import { parseArgs } from './validation';
import type { EffectTest } from './waldInference';

/** GrowthBook's default tuning parameter N*: the sample size at which the confidence sequence is tightest. */
export const DEFAULT_SEQUENTIAL_TUNING = 5000;

/**
 * Mixture parameter of the normal-mixture confidence sequence (GrowthBook gbstats `sequential_rho`):
 *   ρ² = (−2·ln α + ln(1 − 2·ln α)) / N*.
 */
export function sequentialRhoSquared(alpha: number, tuning: number): number {
  const logAlpha = Math.log(alpha);
  return (-2 * logAlpha + Math.log(1 - 2 * logAlpha)) / tuning;
}

const sequentialArgs = z.object({
  estimate: finiteNumber,
  standardError: nonNegativeNumber,
  totalUsers: userCount,
  tuning: positiveNumber,
  alpha: openProbability,
});

export type SequentialArgs = z.input<typeof sequentialArgs>;

/**
 * Always-valid (anytime) two-sided test of "effect = 0" — the asymptotic confidence sequence of
 * Waudby-Smith et al. (arXiv 2103.06476) as used by GrowthBook. With N = users of both arms,
 * s² = SE²·N (per-user variance), ρ² from `sequentialRhoSquared`:
 *   half-width = √(s²) · √( 2(Nρ² + 1)/(N²ρ²) · ln(√(Nρ² + 1)/α) ),
 *   p = min(1, √(Nρ² + 1) · exp(−ρ²·N·θ̂² / (2·SE²·(Nρ² + 1))))   (GrowthBook eq. 155 e-value, p = 1/e).
 * The p-value is the sequential one on purpose: p < α exactly when the sequence excludes 0, so the
 * significance flag agrees with the interval and stays valid under continuous monitoring ("peeking").
 * Zero SE: CI = [θ̂, θ̂], p = 1 if θ̂ = 0 else 0.
 */
export function sequentialTest(args: SequentialArgs): EffectTest {
  const { estimate, standardError, totalUsers, tuning, alpha } = parseArgs(
    sequentialArgs,
    args,
    'sequentialTest',
  );
  if (standardError === 0) {
    return { estimate, standardError, ci: [estimate, estimate], pValue: estimate === 0 ? 1 : 0 };
  }
  const rhoSquared = sequentialRhoSquared(alpha, tuning);
  const n = totalUsers;
  const spread = n * rhoSquared + 1;
  const perUserVariance = standardError * standardError * n;
  const halfWidth =
    Math.sqrt(perUserVariance) *
    Math.sqrt(((2 * spread) / (n * n * rhoSquared)) * Math.log(Math.sqrt(spread) / alpha));
  const exponent = (rhoSquared * n * estimate * estimate) / (2 * standardError * standardError * spread);
  const pValue = Math.min(1, Math.sqrt(spread) * Math.exp(-exponent));
  return { estimate, standardError, ci: [estimate - halfWidth, estimate + halfWidth], pValue };
}
