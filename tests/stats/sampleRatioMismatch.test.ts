import { AppError } from '../../src/shared/errors';
import { sampleRatioMismatch } from '../../src/stats/sampleRatioMismatch';
import { expectClose } from './support/expectClose';

/** Oracle: R 4.2.2 `chisq.test(x, p = w/sum(w))`, printing c(r$statistic, r$p.value). */
const GOLDEN: Array<{
  call: string;
  users: number[];
  weights?: number[];
  chiSquare: number;
  pValue: number;
}> = [
  {
    call: 'chisq.test(c(1000, 1000, 1010))',
    users: [1000, 1000, 1010],
    chiSquare: 0.066445182724252497,
    pValue: 0.967323217830640236,
  },
  {
    call: 'chisq.test(c(5000, 5300), p = c(0.5, 0.5))',
    users: [5000, 5300],
    weights: [0.5, 0.5],
    chiSquare: 8.737864077669902585,
    pValue: 0.003116693839866869,
  },
  {
    call: 'chisq.test(c(2000, 1000, 950), p = c(2, 1, 1)/4)',
    users: [2000, 1000, 950],
    weights: [2, 1, 1],
    chiSquare: 1.89873417721519,
    pValue: 0.38698587373024684,
  },
  {
    call: 'chisq.test(c(100, 130, 90, 110, 95), p = rep(0.2, 5))',
    users: [100, 130, 90, 110, 95],
    weights: [0.2, 0.2, 0.2, 0.2, 0.2],
    chiSquare: 9.52380952380952372,
    pValue: 0.04926030700200059,
  },
  {
    call: 'chisq.test(c(50000, 49000), p = c(0.5, 0.5))',
    users: [50000, 49000],
    chiSquare: 10.1010101010101003283,
    pValue: 0.0014818807747203895,
  },
];

describe('sampleRatioMismatch (Pearson chi-square)', () => {
  it.each(GOLDEN)('$call', ({ users, weights, chiSquare, pValue }) => {
    const srm = sampleRatioMismatch({ users, ...(weights ? { weights } : {}) });
    expectClose(srm.chiSquare, chiSquare);
    expectClose(srm.pValue, pValue, 1e-9);
    expect(srm.degreesOfFreedom).toBe(users.length - 1);
    expect(srm.mismatch).toBe(pValue < 0.001);
  });

  it('normalizes weights of any scale', () => {
    const a = sampleRatioMismatch({ users: [300, 700], weights: [3, 7] });
    const b = sampleRatioMismatch({ users: [300, 700], weights: [0.3, 0.7] });
    expect(a.chiSquare).toBeCloseTo(0, 12);
    expectClose(a.pValue, b.pValue);
  });

  it('flags a mismatch below the 0.001 threshold only', () => {
    expect(sampleRatioMismatch({ users: [10000, 10500] }).mismatch).toBe(true);
    expect(sampleRatioMismatch({ users: [10000, 10100] }).mismatch).toBe(false);
    expect(sampleRatioMismatch({ users: [10000, 10100], threshold: 0.5 }).mismatch).toBe(true);
  });

  it.each([
    [{ users: [10] }, 'users: must list at least two arms'],
    [{ users: [10, 20], weights: [1] }, 'weights: must have one weight per arm (2), got 1'],
    [{ users: [10, 20], weights: [1, -1] }, 'weights[1]: must be greater than 0'],
    [{ users: [10, 20], weights: [1, 0] }, 'weights[1]: must be greater than 0'],
    [{ users: [0, 0] }, 'users: must not all be 0'],
    [{ users: [10, -2] }, 'users[1]: must not be negative'],
  ])('rejects %j', (args, message) => {
    const call = () => sampleRatioMismatch(args);
    expect(call).toThrow(AppError);
    expect(call).toThrow(message);
  });
});
