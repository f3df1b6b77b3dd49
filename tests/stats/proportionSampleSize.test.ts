import { AppError } from '../../src/shared/errors';
import { twoProportionPower, twoProportionSampleSize } from '../../src/stats/proportionSampleSize';
import { expectClose } from './support/expectClose';

/**
 * Oracle: R 4.2.2 power.prop.test (two-sided, no continuity correction):
 *   strict  = power.prop.test(p1 = p1, p2 = p2, sig.level = alpha, power = power, strict = TRUE)$n
 *   default = power.prop.test(p1 = p1, p2 = p2, sig.level = alpha, power = power)$n   (strict = FALSE)
 * uniroot's tolerance is ~1e-4 in n, hence the absolute tolerance 2e-4 (ceilings are compared exactly).
 */
const GOLDEN: Array<[number, number, number, number, number, number]> = [
  // p1, p2, alpha, power, strict n, default n
  [0.1, 0.11, 0.05, 0.8, 14750.75443512813, 14750.790469046382],
  [0.1, 0.105, 0.05, 0.8, 57762.510067265408, 57762.651454421335],
  [0.05, 0.06, 0.025, 0.9, 12899.191859769709, 12899.192029669141],
  [0.3, 0.27, 0.05, 0.8, 3553.0466019378487, 3553.0552086130883],
  [0.02, 0.024, 0.016666666666666666, 0.8, 28155.320034631008, 28155.320608040169],
  [0.5, 0.55, 0.01, 0.95, 3550.4532662299775, 3550.4532663096297],
  [0.1, 0.9, 0.05, 0.8, 4.7468076171020979, 4.7468076170904654],
];

describe('twoProportionSampleSize (R power.prop.test)', () => {
  it.each(GOLDEN)(
    'p1 %p, p2 %p, alpha %p, power %p: n = %p (strict), %p (R default)',
    (p1, p2, alpha, power, strict, loose) => {
      const n = twoProportionSampleSize({ p1, p2, alpha, power });
      expectClose(n, strict, 0, 2e-4);
      expect(Math.ceil(n)).toBe(Math.ceil(strict));
      const nLoose = twoProportionSampleSize({ p1, p2, alpha, power, strict: false });
      expectClose(nLoose, loose, 0, 2e-4);
      expect(Math.ceil(nLoose)).toBe(Math.ceil(loose));
    },
  );

  it('inverts the power function', () => {
    for (const [p1, p2, alpha, power] of GOLDEN) {
      const usersPerArm = twoProportionSampleSize({ p1, p2, alpha, power });
      expectClose(twoProportionPower({ usersPerArm, p1, p2, alpha }), power, 1e-12);
    }
  });

  it('power.prop.test(n = 1000, p1 = 0.1, p2 = 0.13[, strict = TRUE])$power', () => {
    expectClose(
      twoProportionPower({ usersPerArm: 1000, p1: 0.1, p2: 0.13, alpha: 0.05 }),
      0.55685291597146713,
    );
    expectClose(
      twoProportionPower({ usersPerArm: 1000, p1: 0.1, p2: 0.13, alpha: 0.05, strict: false }),
      0.55682912556324682,
    );
    expectClose(
      twoProportionPower({ usersPerArm: 50, p1: 0.5, p2: 0.52, alpha: 0.05 }),
      0.054549948356713861,
    );
  });

  it('is symmetric in p1 and p2', () => {
    expectClose(
      twoProportionSampleSize({ p1: 0.2, p2: 0.25, alpha: 0.05, power: 0.8 }),
      twoProportionSampleSize({ p1: 0.25, p2: 0.2, alpha: 0.05, power: 0.8 }),
      1e-12,
    );
  });

  it.each([
    [{ p1: 0.1, p2: 0.1, alpha: 0.05, power: 0.8 }, 'p2: must differ from p1'],
    [{ p1: 0, p2: 0.1, alpha: 0.05, power: 0.8 }, 'p1: must be between 0 and 1 (exclusive)'],
    [{ p1: 0.1, p2: 1, alpha: 0.05, power: 0.8 }, 'p2: must be between 0 and 1 (exclusive)'],
    [{ p1: 0.1, p2: 0.2, alpha: 0.05, power: 1 }, 'power: must be between 0 and 1 (exclusive)'],
    [{ p1: 0.1, p2: 0.11, alpha: 0.05, power: 0.01 }, 'power: must exceed'],
  ])('rejects %j', (args, message) => {
    const call = () => twoProportionSampleSize(args);
    expect(call).toThrow(AppError);
    expect(call).toThrow(message);
  });
});
