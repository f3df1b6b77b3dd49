import { binomialExpectedLoss } from '../../src/stats/betaExpectedLoss';
import { seededRandom } from './support/random';
import { expectClose } from './support/expectClose';

/**
 * Oracle: R 4.2.2 numerical integration of E[max(p_A − p_B, 0)] for p_A ~ Beta(aA, bA), p_B ~ Beta(aB, bB):
 *   loss <- function(aA, bA, aB, bB) integrate(function(x) dbeta(x, aA, bA) *
 *     (x*pbeta(x, aB, bB) - aB/(aB+bB)*pbeta(x, aB+1, bB)), 0, 1, rel.tol = 1e-13, subdivisions = 1000L)$value
 * With posteriors Beta(1 + conversions, 1 + failures): lossOfTreatment = loss(A, B), lossOfControl = loss(B, A).
 */
describe('binomialExpectedLoss (exact)', () => {
  it('100/1000 control vs 120/1000 treatment: loss(101, 901, 121, 881) and loss(121, 881, 101, 901)', () => {
    const loss = binomialExpectedLoss({
      control: { users: 1000, conversions: 100 },
      treatment: { users: 1000, conversions: 120 },
    });
    expectClose(loss.lossOfTreatment, 0.00048461392635644501, 1e-7);
    expectClose(loss.lossOfControl, 0.020444693766675806, 1e-9);
  });

  it('10/100 vs 12/100: loss(11, 91, 13, 89)', () => {
    const loss = binomialExpectedLoss({
      control: { users: 100, conversions: 10 },
      treatment: { users: 100, conversions: 12 },
    });
    expectClose(loss.lossOfTreatment, 0.0096872007998337166, 1e-9);
  });

  it('single-user arms: loss(1, 2, 1, 2), loss(2, 1, 1, 2) and loss(1, 2, 2, 1)', () => {
    const failed = { users: 1, conversions: 0 }; // Beta(1, 2)
    const converted = { users: 1, conversions: 1 }; // Beta(2, 1)
    expectClose(
      binomialExpectedLoss({ control: failed, treatment: failed }).lossOfTreatment,
      0.13333333333333333,
    );
    const mixed = binomialExpectedLoss({ control: converted, treatment: failed });
    expectClose(mixed.lossOfTreatment, 0.3666666666666667);
    expectClose(mixed.lossOfControl, 0.033333333333333333);
  });

  it('500/10000 vs 520/10000: loss(501, 9501, 521, 9481)', () => {
    const loss = binomialExpectedLoss({
      control: { users: 10000, conversions: 500 },
      treatment: { users: 10000, conversions: 520 },
    });
    expectClose(loss.lossOfTreatment, 0.00048974252005660221, 1e-7);
  });

  it('satisfies E[max(A−B,0)] − E[max(B−A,0)] = E[A] − E[B]', () => {
    const random = seededRandom(9);
    for (let run = 0; run < 100; run++) {
      const users = 1 + Math.floor(random() * 20000);
      const control = { users, conversions: Math.floor(random() * (users + 1)) };
      const treatmentUsers = 1 + Math.floor(random() * 20000);
      const treatment = { users: treatmentUsers, conversions: Math.floor(random() * (treatmentUsers + 1)) };
      const loss = binomialExpectedLoss({ control, treatment });
      const meanA = (1 + control.conversions) / (2 + control.users);
      const meanB = (1 + treatment.conversions) / (2 + treatment.users);
      expectClose(loss.lossOfTreatment - loss.lossOfControl, meanA - meanB, 0, 1e-9);
      expect(loss.lossOfTreatment).toBeGreaterThanOrEqual(0);
    }
  });
});
