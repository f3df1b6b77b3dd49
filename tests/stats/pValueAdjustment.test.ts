import { adjustPValues, benjaminiHochbergAdjust, holmAdjust } from '../../src/stats/pValueAdjustment';
import { seededRandom } from './support/random';
import { expectClose } from './support/expectClose';

/** Oracle: R 4.2.2 `p.adjust(p, "holm")` and `p.adjust(p, "BH")`. */
describe('p-value adjustment', () => {
  it('p <- c(0.01, 0.04, 0.03, 0.005, 0.5, 0.04): matches p.adjust holm and BH', () => {
    const p = [0.01, 0.04, 0.03, 0.005, 0.5, 0.04];
    holmAdjust(p).forEach((value, index) =>
      expectClose(value, [0.05, 0.12, 0.12, 0.03, 0.5, 0.12][index] ?? NaN),
    );
    benjaminiHochbergAdjust(p).forEach((value, index) =>
      expectClose(value, [0.03, 0.048, 0.048, 0.03, 0.5, 0.048][index] ?? NaN),
    );
  });

  it('p <- c(0.2, 0.0001, 0.049, 0.049, 0.9) (ties): matches p.adjust holm and BH', () => {
    const p = [0.2, 0.0001, 0.049, 0.049, 0.9];
    holmAdjust(p).forEach((value, index) =>
      expectClose(value, [0.4, 0.0005, 0.196, 0.196, 0.9][index] ?? NaN),
    );
    benjaminiHochbergAdjust(p).forEach((value, index) =>
      expectClose(value, [0.25, 0.0005, 0.08166666666666667906, 0.08166666666666667906, 0.9][index] ?? NaN),
    );
  });

  it('keeps a single p-value and an empty list unchanged', () => {
    expect(holmAdjust([0.03])).toEqual([0.03]);
    expect(benjaminiHochbergAdjust([0.03])).toEqual([0.03]);
    expect(holmAdjust([])).toEqual([]);
  });

  it('never lowers a p-value, caps at 1, and orders none ≤ BH ≤ Holm', () => {
    const random = seededRandom(5);
    for (let run = 0; run < 300; run++) {
      const p = Array.from({ length: 1 + Math.floor(random() * 12) }, () => random() ** 3);
      const none = adjustPValues(p, 'none');
      const bh = adjustPValues(p, 'bh');
      const holm = adjustPValues(p, 'holm');
      p.forEach((value, index) => {
        expect(none[index]).toBe(value);
        expect(bh[index]).toBeGreaterThanOrEqual(value);
        expect(holm[index]).toBeGreaterThanOrEqual((bh[index] ?? 0) - 1e-15);
        expect(holm[index]).toBeLessThanOrEqual(1);
      });
    }
  });

  it('rejects p-values outside [0, 1]', () => {
    expect(() => holmAdjust([0.1, 1.2])).toThrow('holmAdjust: [1]: must be between 0 and 1');
  });
});
