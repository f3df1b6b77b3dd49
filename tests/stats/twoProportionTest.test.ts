import { AppError } from '../../src/shared/errors';
import { proportion, proportionVariance, twoProportionZTest } from '../../src/stats/twoProportionTest';
import { expectClose, expectIntervalClose } from './support/expectClose';

/**
 * Oracle (R 4.2.2, options(digits = 17)): the unpooled Wald z test written out with R's pnorm/qnorm,
 *   z2 <- function(nA, cA, nB, cB, alpha = 0.05) { pA <- cA/nA; pB <- cB/nB; d <- pB - pA
 *     se <- sqrt(pA*(1-pA)/nA + pB*(1-pB)/nB); q <- qnorm(1 - alpha/2)
 *     c(d, d - q*se, d + q*se, 2*pnorm(-abs(d/se))) }
 * (R's prop.test pools the variance and applies a continuity correction, so it is not the oracle here.)
 */
const GOLDEN: Array<{
  call: string;
  control: { users: number; conversions: number };
  treatment: { users: number; conversions: number };
  alpha: number;
  expected: [number, number, number, number];
}> = [
  {
    call: 'z2(1000, 100, 1000, 120)',
    control: { users: 1000, conversions: 100 },
    treatment: { users: 1000, conversions: 120 },
    alpha: 0.05,
    expected: [0.01999999999999999, -0.0074114819980199385, 0.047411481998019922, 0.1527080101938779466],
  },
  {
    call: 'z2(5000, 250, 5100, 300, 0.1)',
    control: { users: 5000, conversions: 250 },
    treatment: { users: 5100, conversions: 300 },
    alpha: 0.1,
    expected: [0.0088235294117647023, 0.0014024220840794912, 0.0162446367394499143, 0.0505012233837840233],
  },
  {
    call: 'z2(20, 3, 25, 9)',
    control: { users: 20, conversions: 3 },
    treatment: { users: 25, conversions: 9 },
    alpha: 0.05,
    expected: [0.209999999999999992, -0.034728797801652445, 0.454728797801652429, 0.092601648891647584],
  },
  {
    call: 'z2(1e7, 1e6, 1e7, 1001000)',
    control: { users: 1e7, conversions: 1e6 },
    treatment: { users: 1e7, conversions: 1001000 },
    alpha: 0.05,
    expected: [9.9999999999988987e-5, -1.6301518321497479e-4, 3.6301518321495276e-4, 4.5615660514114176e-1],
  },
  {
    call: 'z2(100, 0, 100, 5)',
    control: { users: 100, conversions: 0 },
    treatment: { users: 100, conversions: 5 },
    alpha: 0.05,
    expected: [0.0500000000000000028, 0.0072835752920529587, 0.0927164247079470538, 0.0217814627911194839],
  },
  {
    call: 'z2(300, 300, 280, 270)',
    control: { users: 300, conversions: 300 },
    treatment: { users: 280, conversions: 270 },
    alpha: 0.05,
    expected: [-0.0357142857142856984, -0.0574509514098973245, -0.0139776200186740758, 0.0012805385594711156],
  },
];

describe('twoProportionZTest (unpooled Wald z)', () => {
  it.each(GOLDEN)('$call matches R', ({ control, treatment, alpha, expected }) => {
    const test = twoProportionZTest({ control, treatment, alpha });
    expectClose(test.estimate, expected[0]);
    expectIntervalClose(test.ci, [expected[1], expected[2]]);
    expectClose(test.pValue, expected[3]);
  });

  it('is antisymmetric when the arms swap', () => {
    const a = { users: 4000, conversions: 410 };
    const b = { users: 3900, conversions: 455 };
    const forward = twoProportionZTest({ control: a, treatment: b, alpha: 0.05 });
    const backward = twoProportionZTest({ control: b, treatment: a, alpha: 0.05 });
    expectClose(backward.estimate, -forward.estimate);
    expectIntervalClose(backward.ci, [-forward.ci[1], -forward.ci[0]]);
    expectClose(backward.pValue, forward.pValue);
  });

  it('has no noise when both rates are 0 or both are 1', () => {
    const none = twoProportionZTest({
      control: { users: 50, conversions: 0 },
      treatment: { users: 70, conversions: 0 },
      alpha: 0.05,
    });
    expect(none).toEqual({ estimate: 0, standardError: 0, ci: [0, 0], pValue: 1 });
    const opposite = twoProportionZTest({
      control: { users: 50, conversions: 0 },
      treatment: { users: 70, conversions: 70 },
      alpha: 0.05,
    });
    expect(opposite).toEqual({ estimate: 1, standardError: 0, ci: [1, 1], pValue: 0 });
  });

  it('exposes the rate and its unpooled variance', () => {
    expect(proportion({ users: 8, conversions: 2 })).toBe(0.25);
    expectClose(proportionVariance({ users: 8, conversions: 2 }), (0.25 * 0.75) / 8);
  });

  it.each([
    [{ users: 0, conversions: 0 }, 'control.users: must be at least 1'],
    [{ users: 10, conversions: 11 }, 'control.conversions: must not exceed users'],
    [{ users: 10.5, conversions: 1 }, 'control.users: must be a whole number'],
    [{ users: 10, conversions: -1 }, 'control.conversions: must not be negative'],
    [{ users: Infinity, conversions: 1 }, 'control.users: must be a finite number'],
  ])('rejects control %j with INVALID_INPUT naming the field', (control, message) => {
    const call = () => twoProportionZTest({ control, treatment: { users: 10, conversions: 1 }, alpha: 0.05 });
    expect(call).toThrow(AppError);
    expect(call).toThrow(message);
  });

  it('rejects alpha outside (0, 1)', () => {
    for (const alpha of [0, 1, -0.1, 1.5, NaN]) {
      expect(() =>
        twoProportionZTest({
          control: { users: 10, conversions: 1 },
          treatment: { users: 10, conversions: 2 },
          alpha,
        }),
      ).toThrow(/alpha: must be/);
    }
  });
});
