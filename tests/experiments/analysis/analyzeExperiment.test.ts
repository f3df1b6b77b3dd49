import { analyzeExperiment } from '../../../src/experiments/analysis/analyzeExperiment';
import { parseAnalyzeInput } from '../../../src/experiments/analysis/analyzeInput';
import type { TreatmentArmResult } from '../../../src/experiments/analysis/analyzeOutput';
import { expectClose, expectIntervalClose } from '../../stats/support/expectClose';

/**
 * End-to-end goldens for the analyze use case. Oracle: R 4.2.2 with options(digits = 17) and
 *   z2    <- function(nA,cA,nB,cB,alpha=0.05){pA<-cA/nA;pB<-cB/nB;d<-pB-pA;se<-sqrt(pA*(1-pA)/nA+pB*(1-pB)/nB)
 *            q<-qnorm(1-alpha/2);c(d,d-q*se,d+q*se,2*pnorm(-abs(d/se)),se)}
 *   relz  <- function(nA,cA,nB,cB,alpha=0.05){pA<-cA/nA;pB<-cB/nB;vA<-pA*(1-pA)/nA;vB<-pB*(1-pB)/nB
 *            est<-pB/pA-1;se<-sqrt(vB/pA^2+pB^2*vA/pA^4);q<-qnorm(1-alpha/2);c(est,est-q*se,est+q*se,2*pnorm(-abs(est/se)))}
 *   ctw   <- function(aB,bB,aA,bA){i<-0:(aB-1);sum(exp(lbeta(aA+i,bA+bB)-log(bB+i)-lbeta(1+i,bB)-lbeta(aA,bA)))}
 *   ctwn  <- function(nA,cA,nB,cB) ctw(1+cB, 1+nB-cB, 1+cA, 1+nA-cA)
 *   w     <- function(nA,mA,sA,nB,mB,sB,alpha=0.05){vA<-sA^2/nA;vB<-sB^2/nB;se<-sqrt(vA+vB)
 *            df<-(vA+vB)^2/(vA^2/(nA-1)+vB^2/(nB-1));d<-mB-mA;q<-qt(1-alpha/2,df);c(d,d-q*se,d+q*se,2*pt(-abs(d/se),df),df,se)}
 *   relt  <- function(nA,mA,sA,nB,mB,sB,df,alpha=0.05){vA<-sA^2/nA;vB<-sB^2/nB;est<-mB/mA-1
 *            se<-sqrt(vB/mA^2+mB^2*vA/mA^4);q<-qt(1-alpha/2,df);c(est,est-q*se,est+q*se,2*pt(-abs(est/se),df))}
 *   seqci <- function(d,se,N,tuning=5000,alpha=0.05){rho2<-(-2*log(alpha)+log(1-2*log(alpha)))/tuning
 *            hw<-sqrt(se^2*N)*sqrt(2*(N*rho2+1)/(N^2*rho2)*log(sqrt(N*rho2+1)/alpha))
 *            p<-min(1,sqrt(N*rho2+1)*exp(-rho2*N*d^2/(2*se^2*(N*rho2+1))));c(d-hw,d+hw,p)}
 */
function analyze(document: unknown) {
  return analyzeExperiment(parseAnalyzeInput(document));
}

function treatment(result: ReturnType<typeof analyze>, name: string): TreatmentArmResult {
  const arm = result.arms.find((candidate) => candidate.name === name);
  if (!arm || !('absolute' in arm)) throw new Error(`no treatment arm ${name}`);
  return arm;
}

describe('analyzeExperiment — binomial, 3 arms, control listed last', () => {
  const document = {
    metric: 'binomial',
    control: 'A',
    arms: [
      { name: 'B', users: 1000, conversions: 120 },
      { name: 'C', users: 1010, conversions: 95 },
      { name: 'A', users: 1000, conversions: 100 },
    ],
  };

  it('SRM: chisq.test(c(1000, 1010, 1000))', () => {
    const { srm } = analyze(document);
    expectClose(srm.chiSquare, 0.066445182724252497);
    expectClose(srm.pValue, 0.967323217830640236);
    expect(srm.mismatch).toBe(false);
  });

  it('absolute: z2(1000,100,1000,120) and z2(1000,100,1010,95)', () => {
    const result = analyze(document);
    const b = treatment(result, 'B');
    expectClose(b.absolute.estimate, 0.01999999999999999);
    expectIntervalClose(b.absolute.ci, [-0.0074114819980199385, 0.047411481998019922]);
    expectClose(b.absolute.pValue, 0.1527080101938779466);
    const c = treatment(result, 'C');
    expectClose(c.absolute.estimate, -0.0059405940594059459);
    expectIntervalClose(c.absolute.ci, [-0.0318216604807143727, 0.0199404723619024844]);
    expectClose(c.absolute.pValue, 0.6527976313348649029);
  });

  it('relative: relz(1000,100,1000,120) and relz(1000,100,1010,95)', () => {
    const result = analyze(document);
    const b = treatment(result, 'B').relative;
    expectClose(b.estimate, 0.19999999999999996);
    expectIntervalClose(b.ci, [-0.10058461614448233, 0.50058461614448224]);
    expectClose(b.pValue, 0.19219903638649324);
    const c = treatment(result, 'C').relative;
    expectClose(c.estimate, -0.059405940594059459);
    expectIntervalClose(c.ci, [-0.310398514622113764, 0.191586633433994846]);
    expectClose(c.pValue, 0.642724962373217412);
  });

  it('Holm by default: p.adjust(c(0.15270801019387795, 0.6527976313348649), "holm")', () => {
    const result = analyze(document);
    expectClose(treatment(result, 'B').adjustedPValue, 0.30541602038775589);
    expectClose(treatment(result, 'C').adjustedPValue, 0.6527976313348649);
    expect(treatment(result, 'B').significant).toBe(false);
  });

  it('BH and none', () => {
    const bh = analyze({ ...document, correction: 'bh' });
    expectClose(treatment(bh, 'B').adjustedPValue, 0.30541602038775589);
    expectClose(treatment(bh, 'C').adjustedPValue, 0.6527976313348649);
    const none = analyze({ ...document, correction: 'none' });
    expectClose(treatment(none, 'B').adjustedPValue, 0.1527080101938779466);
    expect(treatment(none, 'B').significant).toBe(false);
    expect(treatment(analyze({ ...document, correction: 'none', alpha: 0.2 }), 'B').significant).toBe(true);
  });

  it('chanceToWin: ctwn(1000,100,1000,120) and ctwn(1000,100,1010,95)', () => {
    const result = analyze(document);
    expectClose(treatment(result, 'B').chanceToWin, 0.92318343897362543);
    expectClose(treatment(result, 'C').chanceToWin, 0.3266711909180679);
  });

  it('keeps input order and gives the control only name, users and rate', () => {
    const result = analyze(document);
    expect(result.arms.map((arm) => arm.name)).toEqual(['B', 'C', 'A']);
    expect(result.arms[2]).toEqual({ name: 'A', users: 1000, rate: 0.1 });
  });
});

describe('analyzeExperiment — mean metric, BH, expected weights 0.4/0.3/0.3', () => {
  const result = analyze({
    metric: 'mean',
    control: 'A',
    correction: 'bh',
    expectedWeights: [0.4, 0.3, 0.3],
    arms: [
      { name: 'A', users: 500, mean: 10, stddev: 3 },
      { name: 'B', users: 520, mean: 10.4, stddev: 3.2 },
      { name: 'C', users: 480, mean: 9.9, stddev: 2.9 },
    ],
  });

  it('SRM: chisq.test(c(500, 520, 480), p = c(.4, .3, .3)) flags the mismatch', () => {
    expectClose(result.srm.chiSquare, 29.555555555555557);
    expectClose(result.srm.pValue, 3.8202576698369492e-7, 1e-8);
    expect(result.srm.mismatch).toBe(true);
  });

  it('absolute: Welch w(500,10,3,520,10.4,3.2) and w(500,10,3,480,9.9,2.9)', () => {
    const b = treatment(result, 'B').absolute;
    expectClose(b.estimate, 0.40000000000000036);
    expectIntervalClose(b.ci, [0.019029417925570169, 0.7809705820744306]);
    expectClose(b.pValue, 0.039622286747777395);
    const c = treatment(result, 'C').absolute;
    expectClose(c.estimate, -0.099999999999999645);
    expectIntervalClose(c.ci, [-0.46985159051171338, 0.26985159051171409]);
    expectClose(c.pValue, 0.595823923861340754);
  });

  it('relative: relt(..., df = Welch df of each comparison)', () => {
    const b = treatment(result, 'B').relative;
    expectClose(b.estimate, 0.0400000000000000355);
    expectIntervalClose(b.ci, [0.0011677494266217683, 0.0788322505733783097]);
    expectClose(b.pValue, 0.0435093542797204205);
    const c = treatment(result, 'C').relative;
    expectIntervalClose(c.ci, [-0.046798203237430287, 0.026798203237430269]);
    expectClose(c.pValue, 0.593957533602598176);
  });

  it('BH-adjusted p-values and significance: p.adjust(c(0.0396…, 0.5958…), "BH")', () => {
    expectClose(treatment(result, 'B').adjustedPValue, 0.07924457349555479);
    expectClose(treatment(result, 'C').adjustedPValue, 0.59582392386134075);
    expect(treatment(result, 'B').significant).toBe(false);
  });

  it('chanceToWin = Φ(d/SE): pnorm(0.4/0.19414506867883019), pnorm(-0.1/0.188469714631644025)', () => {
    expectClose(treatment(result, 'B').chanceToWin, 0.98031578226739169);
    expectClose(treatment(result, 'C').chanceToWin, 0.29785173168357904);
  });

  it('reports the control mean', () => {
    expect(result.arms[0]).toEqual({ name: 'A', users: 500, mean: 10 });
  });
});

describe('analyzeExperiment — sequential', () => {
  it('binomial, alpha 0.1, tuning 5000: seqci(z2(20000,2000,20000,2150,0.1)[1], se, 40000, 5000, 0.1)', () => {
    const result = analyze({
      metric: 'binomial',
      control: 'A',
      alpha: 0.1,
      sequential: { tuning: 5000 },
      arms: [
        { name: 'A', users: 20000, conversions: 2000 },
        { name: 'B', users: 20000, conversions: 2150 },
      ],
    });
    const b = treatment(result, 'B');
    expectClose(b.absolute.estimate, 0.0074999999999999928);
    expectIntervalClose(b.absolute.ci, [-0.0015030123737430137, 0.0165030123737429993]);
    expectClose(b.absolute.pValue, 0.3699241156605829195);
    expect(b.significant).toBe(false); // the fixed-horizon z test would say p = 0.0139
    // relative stays fixed-horizon: relz(20000, 2000, 20000, 2150, 0.1)
    expectIntervalClose(b.relative.ci, [0.022991663473709421, 0.127008336526290483]);
    expectClose(b.relative.pValue, 0.017691862586539327);
    expectClose(b.chanceToWin, 0.99304277375936645);
    expect(result.srm).toEqual({ chiSquare: 0, pValue: 1, mismatch: false });
  });

  it('mean metric, tuning 1000: seqci(w(2000,5,2,2100,5.2,2.2)[1], se, 4100, 1000)', () => {
    const result = analyze({
      metric: 'mean',
      control: 'A',
      sequential: { tuning: 1000 },
      arms: [
        { name: 'A', users: 2000, mean: 5, stddev: 2 },
        { name: 'B', users: 2100, mean: 5.2, stddev: 2.2 },
      ],
    });
    const b = treatment(result, 'B');
    expectIntervalClose(b.absolute.ci, [-0.0053545499831225141, 0.4053545499831228693]);
    expectClose(b.absolute.pValue, 0.0638546635945745483);
    expectIntervalClose(b.relative.ci, [0.013790340244638159, 0.066209659755361916]);
  });

  it('defaults the tuning to 5000 for `sequential: {}` and `sequential: true`', () => {
    const base = {
      metric: 'binomial',
      control: 'A',
      arms: [
        { name: 'A', users: 3000, conversions: 300 },
        { name: 'B', users: 3000, conversions: 360 },
      ],
    };
    const explicit = analyze({ ...base, sequential: { tuning: 5000 } });
    expect(analyze({ ...base, sequential: {} })).toEqual(explicit);
    expect(analyze({ ...base, sequential: true })).toEqual(explicit);
    expect(analyze({ ...base, sequential: false })).toEqual(analyze(base));
  });
});

describe('analyzeExperiment — control rate 0', () => {
  it('absolute z2(500,0,500,3) stands, relative is all null, chanceToWin = ctwn(500,0,500,3)', () => {
    const result = analyze({
      metric: 'binomial',
      control: 'A',
      arms: [
        { name: 'A', users: 500, conversions: 0 },
        { name: 'B', users: 500, conversions: 3 },
      ],
    });
    const b = treatment(result, 'B');
    expectClose(b.absolute.estimate, 0.006);
    expectIntervalClose(b.absolute.ci, [-0.000769115216425224, 0.0127691152164252242]);
    expectClose(b.absolute.pValue, 0.0823394430606228522);
    expect(b.relative).toEqual({ estimate: null, ci: null, pValue: null });
    expectClose(b.chanceToWin, 0.93787443787443858);
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
  });

  it('a mean metric with control mean 0 also has a null relative lift', () => {
    const result = analyze({
      metric: 'mean',
      control: 'A',
      arms: [
        { name: 'A', users: 100, mean: 0, stddev: 1 },
        { name: 'B', users: 100, mean: 0.3, stddev: 1 },
      ],
    });
    expect(treatment(result, 'B').relative).toEqual({ estimate: null, ci: null, pValue: null });
  });
});

describe('analyzeExperiment — many arms', () => {
  it('handles 100 arms of 10M users with finite, ordered results', () => {
    const arms = Array.from({ length: 100 }, (_, index) => ({
      name: `arm-${index}`,
      users: 10_000_000 + index * 100,
      conversions: 1_000_000 + index * 150,
    }));
    const result = analyze({ metric: 'binomial', control: 'arm-0', arms });
    expect(result.arms).toHaveLength(100);
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity|null/);
    const last = treatment(result, 'arm-99');
    expect(last.chanceToWin).toBeGreaterThan(0.5);
    expect(last.adjustedPValue).toBeGreaterThanOrEqual(last.absolute.pValue);
  });
});
