import { AppError } from '../../src/shared/errors';
import {
  binomialChanceToWin,
  binomialPosterior,
  probabilityBetaGreater,
} from '../../src/stats/betaChanceToWin';
import { normalChanceToWin } from '../../src/stats/normalChanceToWin';
import { seededRandom } from './support/random';
import { expectClose } from './support/expectClose';

/**
 * Oracles (R 4.2.2): Evan Miller's closed form summed with R's lbeta, and an independent numerical
 * integral with R's dbeta/pbeta:
 *   ctw <- function(aB, bB, aA, bA) { i <- 0:(aB-1)
 *     sum(exp(lbeta(aA+i, bA+bB) - log(bB+i) - lbeta(1+i, bB) - lbeta(aA, bA))) }
 *   cti <- function(aB, bB, aA, bA) integrate(function(x) dbeta(x, aB, bB)*pbeta(x, aA, bA), 0, 1, rel.tol = 1e-12)$value
 * Each row is P(Beta(aB, bB) > Beta(aA, bA)) = ctw(...), with cti(...) agreeing to ~1e-13.
 */
const GOLDEN: Array<[number, number, number, number, number]> = [
  [121, 881, 101, 901, 0.92318343897362543],
  [96, 916, 101, 901, 0.3266711909180679],
  [1, 1, 1, 1, 0.5],
  [4, 2, 2, 5, 0.93290043290043256],
  [6, 96, 1, 101, 0.98552349595541855],
  [1, 101, 1, 101, 0.49999999999999906],
  [501, 9501, 451, 9551, 0.95170037677675789],
  [101, 1, 100, 2, 0.75124378109452727],
  [31, 71, 25, 77, 0.82850574717730219],
  [3, 5, 2, 8, 0.80769230769230804],
  [120, 880, 100, 900, 0.92402818143683807],
  [5001, 5001, 4801, 5201, 0.99766483423545149],
  // Large arms (only the summed form; R's own rounding over 1e6 terms is ~1e-11):
  [50001, 950001, 50501, 949501, 0.052790249260079136],
  [1000001, 9000001, 1001001, 8999001, 0.22807836050138844],
];

describe('probabilityBetaGreater (exact closed form)', () => {
  it.each(GOLDEN)('P(Beta(%p, %p) > Beta(%p, %p)) = %p', (aB, bB, aA, bA, expected) => {
    expectClose(
      probabilityBetaGreater({ alpha: aB, beta: bB }, { alpha: aA, beta: bA }),
      expected,
      1e-9,
      1e-10,
    );
  });

  it('is complementary, symmetric under p ↦ 1 − p and ½ for identical posteriors', () => {
    const random = seededRandom(3);
    for (let run = 0; run < 300; run++) {
      const shape = (): number => 1 + Math.floor(random() ** 2 * (run % 2 ? 2e6 : 300));
      const x = { alpha: shape(), beta: shape() };
      const y = { alpha: shape(), beta: shape() };
      const forward = probabilityBetaGreater(x, y);
      expect(forward).toBeGreaterThanOrEqual(0);
      expect(forward).toBeLessThanOrEqual(1);
      expectClose(forward + probabilityBetaGreater(y, x), 1, 0, 1e-9);
      expectClose(
        probabilityBetaGreater({ alpha: y.beta, beta: y.alpha }, { alpha: x.beta, beta: x.alpha }),
        forward,
        0,
        1e-9,
      );
      expectClose(probabilityBetaGreater(x, x), 0.5, 0, 1e-9);
    }
  });

  it('handles 10M-user arms at extreme rates', () => {
    const nearZero = probabilityBetaGreater({ alpha: 2, beta: 1e7 }, { alpha: 1, beta: 1e7 + 1 });
    expectClose(nearZero, 0.75, 1e-6); // Beta(2,n)/Beta(1,n) with n → ∞: P = 3/4 for Gamma(2) vs Gamma(1)
    const nearOne = probabilityBetaGreater({ alpha: 1e7 + 1, beta: 1 }, { alpha: 1e7, beta: 2 });
    expectClose(nearOne, 0.75, 1e-6);
    // Rates near ½ have negligible skew, so the normal approximation of the difference must agree —
    // R: pnorm((mu1 - mu2)/sqrt(v1 + v2)) with the two Beta means and variances = 0.98732635530624369
    const huge = probabilityBetaGreater(
      { alpha: 5e6 + 1, beta: 5e6 + 1 },
      { alpha: 5e6 - 4999, beta: 5e6 + 5001 },
    );
    expectClose(huge, 0.98732635530624369, 0, 1e-7);
  });

  it('accepts only whole shapes ≥ 1', () => {
    expect(() => probabilityBetaGreater({ alpha: 1.5, beta: 1 }, { alpha: 1, beta: 1 })).toThrow(
      'probabilityBetaGreater: x.alpha: must be a whole number',
    );
    expect(() => probabilityBetaGreater({ alpha: 1, beta: 1 }, { alpha: 1, beta: 0 })).toThrow(AppError);
  });
});

describe('binomialChanceToWin', () => {
  it('uses Beta(1 + conversions, 1 + failures) posteriors: 120/1000 vs 100/1000 → ctw(121, 881, 101, 901)', () => {
    expect(binomialPosterior({ users: 1000, conversions: 120 })).toEqual({ alpha: 121, beta: 881 });
    expectClose(
      binomialChanceToWin({
        control: { users: 1000, conversions: 100 },
        treatment: { users: 1000, conversions: 120 },
      }),
      0.92318343897362543,
    );
  });

  it('is ½ for identical arms and rises with the treatment rate', () => {
    const control = { users: 5000, conversions: 400 };
    expectClose(binomialChanceToWin({ control, treatment: control }), 0.5, 0, 1e-12);
    let previous = 0;
    for (const conversions of [300, 350, 400, 450, 500]) {
      const chance = binomialChanceToWin({ control, treatment: { users: 5000, conversions } });
      expect(chance).toBeGreaterThan(previous);
      previous = chance;
    }
  });

  it('rejects conversions above users, naming the field', () => {
    expect(() =>
      binomialChanceToWin({
        control: { users: 10, conversions: 11 },
        treatment: { users: 10, conversions: 1 },
      }),
    ).toThrow('binomialChanceToWin: control.conversions: must not exceed users');
  });
});

describe('normalChanceToWin', () => {
  it('is Φ(d/SE) — R: pnorm(0.3/0.2) = 0.93319279873114191', () => {
    expectClose(normalChanceToWin({ difference: 0.3, standardError: 0.2 }), 0.93319279873114191);
  });

  it('is 1, 0 or ½ without noise', () => {
    expect(normalChanceToWin({ difference: 1, standardError: 0 })).toBe(1);
    expect(normalChanceToWin({ difference: -1, standardError: 0 })).toBe(0);
    expect(normalChanceToWin({ difference: 0, standardError: 0 })).toBe(0.5);
  });
});
