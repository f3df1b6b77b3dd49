import { relativeLift } from '../../src/stats/relativeLift';
import { expectClose, expectIntervalClose } from './support/expectClose';

/**
 * Oracle: R 4.2.2, the delta-method lift written out with qnorm/pnorm or qt/pt:
 *   rel <- function(mA, vA, mB, vB, alpha = 0.05, df = Inf) { est <- mB/mA - 1
 *     se <- sqrt(vB/mA^2 + mB^2*vA/mA^4)
 *     q <- if (is.finite(df)) qt(1 - alpha/2, df) else qnorm(1 - alpha/2)
 *     p <- if (is.finite(df)) 2*pt(-abs(est/se), df) else 2*pnorm(-abs(est/se))
 *     c(est, est - q*se, est + q*se, p) }
 */
describe('relativeLift (delta method)', () => {
  it('rel(0.1, 0.1*0.9/1000, 0.12, 0.12*0.88/1000) — binomial, z', () => {
    const lift = relativeLift({
      control: { mean: 0.1, variance: (0.1 * 0.9) / 1000 },
      treatment: { mean: 0.12, variance: (0.12 * 0.88) / 1000 },
      alpha: 0.05,
    });
    expectClose(lift?.estimate, 0.19999999999999996);
    expectIntervalClose(lift?.ci, [-0.10058461614448233, 0.50058461614448224]);
    expectClose(lift?.pValue, 0.19219903638649324);
  });

  it('rel(0.05, 0.05*0.95/5000, 0.0588235294117647, …/5100, 0.1) — binomial, z, alpha 0.1', () => {
    const pB = 300 / 5100;
    const lift = relativeLift({
      control: { mean: 0.05, variance: (0.05 * 0.95) / 5000 },
      treatment: { mean: pB, variance: (pB * (1 - pB)) / 5100 },
      alpha: 0.1,
    });
    expectClose(lift?.estimate, 0.176470588235293935);
    expectIntervalClose(lift?.ci, [0.015293926194225621, 0.337647250276362221], 1e-8);
    expectClose(lift?.pValue, 0.071713521468306451, 1e-8);
  });

  it('rel(10, 4/40, 11, 12.25/55, 0.05, 80.5) — means, t with 80.5 df', () => {
    const lift = relativeLift({
      control: { mean: 10, variance: 4 / 40 },
      treatment: { mean: 11, variance: 12.25 / 55 },
      alpha: 0.05,
      degreesOfFreedom: 80.5,
    });
    expectClose(lift?.estimate, 0.100000000000000089);
    expectIntervalClose(lift?.ci, [-0.016662829272013263, 0.216662829272013441]);
    expectClose(lift?.pValue, 0.091926918785918632);
  });

  it('is null (not NaN or Infinity) when the control mean is 0', () => {
    expect(
      relativeLift({
        control: { mean: 0, variance: 0 },
        treatment: { mean: 0.1, variance: 1e-4 },
        alpha: 0.05,
      }),
    ).toBeNull();
  });

  it('handles a negative control mean with the same formula', () => {
    const lift = relativeLift({
      control: { mean: -2, variance: 0.01 },
      treatment: { mean: -1.5, variance: 0.01 },
      alpha: 0.05,
    });
    expectClose(lift?.estimate, -0.25);
    expectClose(lift?.standardError, Math.sqrt(0.01 / 4 + (2.25 * 0.01) / 16));
  });

  it('rejects a negative variance', () => {
    expect(() =>
      relativeLift({ control: { mean: 1, variance: -1 }, treatment: { mean: 1, variance: 1 }, alpha: 0.05 }),
    ).toThrow('relativeLift: control.variance: must not be negative');
  });
});
