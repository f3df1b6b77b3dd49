import { z } from 'zod';
import { logBeta } from './distributions';
import { finiteNumber } from './schemas';
import { parseArgs } from './validation';
import { proportionSampleSchema, type ProportionSample } from './twoProportionTest';

/** Shape parameters of a Beta distribution. */
export interface BetaShape {
  alpha: number;
  beta: number;
}

const integerShape = finiteNumber.int('must be a whole number').min(1, 'must be at least 1');
const betaShapeSchema = z.object({ alpha: integerShape, beta: integerShape });

/** Relative size below which the remaining terms of the sum are dropped (bounded rigorously, see below). */
const NEGLIGIBLE = 1e-17;

/**
 * S(a₁, b₁, a₂, b₂) = P(X > Y) for X ~ Beta(a₁, b₁), Y ~ Beta(a₂, b₂), integer a₁ (Evan Miller):
 *   S = Σ_{i=0}^{a₁−1} g_i,   g_i = B(a₂+i, b₁+b₂) / ((b₁+i)·B(1+i, b₁)·B(a₂, b₂)).
 * The g_i are a beta-negative-binomial pmf, so consecutive terms have the ratio
 *   g_{i+1}/g_i = (a₂+i)(b₁+i) / ((a₂+b₁+b₂+i)(1+i)),
 * rising while i ≤ (a₂b₁ − a₂ − b₁ − b₂)/(b₂ + 1) and falling after. Instead of a₁ log-beta evaluations
 * the sum starts at its largest term s (one log-beta evaluation), walks outwards with the ratio, and stops
 * once the current term times the number of terms left is below 1e-17 of the sum — the terms only shrink
 * in that direction, so the dropped remainder is bounded by that product. The work is O(spread of the
 * pmf) ≈ O(√n) terms rather than O(n): exact to double precision and fast for 10M-user arms.
 */
function probabilityFirstExceeds(a1: number, b1: number, a2: number, b2: number): number {
  const c = a2 + b1 + b2;
  const ratio = (i: number): number => ((a2 + i) * (b1 + i)) / ((c + i) * (1 + i));
  const rising = (a2 * b1 - c) / (b2 + 1);
  const mode = rising < 0 ? 0 : Math.floor(rising) + 1;
  const start = Math.min(mode, a1 - 1);
  const logStart =
    logBeta(a2 + start, b1 + b2) - Math.log(b1 + start) - logBeta(1 + start, b1) - logBeta(a2, b2);

  let sum = 1;
  let term = 1;
  for (let i = start - 1; i >= 0; i--) {
    term /= ratio(i);
    sum += term;
    if (term * i < NEGLIGIBLE * sum) break;
  }
  term = 1;
  for (let i = start + 1; i < a1; i++) {
    term *= ratio(i - 1);
    sum += term;
    if (term * (a1 - 1 - i) < NEGLIGIBLE * sum) break;
  }
  return Math.min(1, Math.exp(logStart + Math.log(sum)));
}

/**
 * P(X > Y) for independent X ~ Beta(x.alpha, x.beta), Y ~ Beta(y.alpha, y.beta) with integer shapes —
 * exact, closed form, no Monte Carlo. Of the four equivalent sums
 *   P(X>Y) = S(αx, βx, αy, βy) = 1 − S(αy, βy, αx, βx) = S(βy, αy, βx, αx) = 1 − S(βx, αx, βy, αy)
 * (the last two by the symmetry p ↦ 1 − p) it evaluates the one over the smallest shape parameter.
 */
export function probabilityBetaGreater(x: BetaShape, y: BetaShape): number {
  const args = parseArgs(
    z.object({ x: betaShapeSchema, y: betaShapeSchema }),
    { x, y },
    'probabilityBetaGreater',
  );
  const { alpha: ax, beta: bx } = args.x;
  const { alpha: ay, beta: by } = args.y;
  const smallest = Math.min(ax, ay, bx, by);
  if (smallest === ax) return probabilityFirstExceeds(ax, bx, ay, by);
  if (smallest === ay) return 1 - probabilityFirstExceeds(ay, by, ax, bx);
  if (smallest === by) return probabilityFirstExceeds(by, ay, bx, ax);
  return 1 - probabilityFirstExceeds(bx, ax, by, ay);
}

/** Posterior Beta(1 + conversions, 1 + users − conversions) of a rate under a uniform prior. */
export function binomialPosterior(sample: ProportionSample): BetaShape {
  return { alpha: 1 + sample.conversions, beta: 1 + sample.users - sample.conversions };
}

/**
 * Chance to win P(p_B > p_A) of a treatment against the control, each rate with a uniform Beta(1, 1)
 * prior, i.e. posteriors Beta(1 + conversions, 1 + users − conversions). Pairwise, not "probability of
 * being best" among all arms.
 */
export function binomialChanceToWin(args: {
  control: ProportionSample;
  treatment: ProportionSample;
}): number {
  const { control, treatment } = parseArgs(
    z.object({ control: proportionSampleSchema, treatment: proportionSampleSchema }),
    args,
    'binomialChanceToWin',
  );
  return probabilityBetaGreater(binomialPosterior(treatment), binomialPosterior(control));
}
