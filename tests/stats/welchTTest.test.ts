import { AppError } from '../../src/shared/errors';
import { meanVariance, welchDegreesOfFreedom, welchTTest } from '../../src/stats/welchTTest';
import { expectClose, expectIntervalClose } from './support/expectClose';

/**
 * Oracle: R 4.2.2 `t.test(b, a)` (Welch, var.equal = FALSE) on simulated data; the arm summaries passed
 * to welchTTest are R's mean(), sd() and length() of the same vectors, printed with 17 digits.
 */
const GOLDEN = [
  {
    call: 'set.seed(42); a <- rnorm(40, 10, 2); b <- rnorm(55, 11, 3.5); t.test(b, a)',
    control: { users: 40, mean: 9.9209282225010877454, stddev: 2.4447757581258984239 },
    treatment: { users: 55, mean: 11.4805484399941963858, stddev: 3.1415325756043781524 },
    alpha: 0.05,
    df: 92.5342774991455030431,
    ci: [0.4207540772421479724, 2.6984863577440689753] as [number, number],
    pValue: 0.0078054118019473652,
  },
  {
    call: 'set.seed(7); a <- rexp(12, 1/3); b <- rexp(9, 1/5); t.test(b, a, conf.level = 0.9)',
    control: { users: 12, mean: 3.58222170097616699, stddev: 3.68545959817465985 },
    treatment: { users: 9, mean: 5.98023438615358405, stddev: 3.51151470626155104 },
    alpha: 0.1,
    df: 17.82870944609539166,
    ci: [-0.34628889387405165, 5.14231426422888571] as [number, number],
    pValue: 0.14703896483742646,
  },
  {
    call: 'a <- c(1, 3); b <- c(2, 7, 9); t.test(b, a)',
    control: { users: 2, mean: 2, stddev: 1.41421356237309515 },
    treatment: { users: 3, mean: 6, stddev: 3.60555127546398912 },
    alpha: 0.05,
    df: 2.73796791443850251,
    ci: [-3.76393485480797585, 11.76393485480797629] as [number, number],
    pValue: 0.19037694618319448,
  },
  {
    // Summary statistics only (no data vector): the Welch formulas written out with R's qt/pt,
    // w <- function(nA,mA,sA,nB,mB,sB,alpha=0.05){vA<-sA^2/nA;vB<-sB^2/nB;se<-sqrt(vA+vB)
    //   df<-(vA+vB)^2/(vA^2/(nA-1)+vB^2/(nB-1));d<-mB-mA;q<-qt(1-alpha/2,df)
    //   c(df,d-q*se,d+q*se,2*pt(-abs(d/se),df))}
    call: 'w(1e7, 1.2, 0.4, 1e7, 1.2004, 0.41) — 10M users per arm, df ≈ 2e7',
    control: { users: 1e7, mean: 1.2, stddev: 0.4 },
    treatment: { users: 1e7, mean: 1.2004, stddev: 0.41 },
    alpha: 0.05,
    df: 1.9987815878766064e7,
    ci: [4.4981297434159532e-5, 7.5501870256575242e-4] as [number, number],
    pValue: 2.7223802409256228e-2,
  },
];

describe('welchTTest', () => {
  it.each(GOLDEN)('$call', ({ control, treatment, alpha, df, ci, pValue }) => {
    const test = welchTTest({ control, treatment, alpha });
    expectClose(test.degreesOfFreedom, df);
    expectClose(test.estimate, treatment.mean - control.mean);
    expectIntervalClose(test.ci, ci, 1e-9);
    expectClose(test.pValue, pValue, 1e-8);
  });

  it('uses the sample variances of the means', () => {
    expectClose(meanVariance({ users: 25, mean: 3, stddev: 2 }), 4 / 25);
  });

  it('reduces the df to n − 1 of the noisy arm when the other arm has no spread', () => {
    const df = welchDegreesOfFreedom({ users: 30, mean: 1, stddev: 0 }, { users: 12, mean: 2, stddev: 1 });
    expectClose(df, 11);
  });

  it('reports a degenerate but finite result when neither arm has spread', () => {
    const test = welchTTest({
      control: { users: 10, mean: 5, stddev: 0 },
      treatment: { users: 12, mean: 5.5, stddev: 0 },
      alpha: 0.05,
    });
    expect(test).toEqual({
      estimate: 0.5,
      standardError: 0,
      ci: [0.5, 0.5],
      pValue: 0,
      degreesOfFreedom: 20,
    });
  });

  it.each([
    [{ users: 1, mean: 1, stddev: 1 }, 'control.users: must be at least 2'],
    [{ users: 10, mean: 1, stddev: -0.1 }, 'control.stddev: must not be negative'],
    [{ users: 10, mean: Infinity, stddev: 1 }, 'control.mean: must be a finite number'],
    [{ users: 10, stddev: 1 }, 'control.mean: is required'],
  ])('rejects control %j naming the field', (control, message) => {
    const call = () =>
      welchTTest({
        control: control as { users: number; mean: number; stddev: number },
        treatment: { users: 10, mean: 1, stddev: 1 },
        alpha: 0.05,
      });
    expect(call).toThrow(AppError);
    expect(call).toThrow(message);
  });
});
