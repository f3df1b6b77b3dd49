import { createHash } from 'node:crypto';
import { HyperLogLog } from '../../../src/experiments/aggregates/hyperLogLog';
import {
  addArmAggregate,
  distinctCounts,
  emptyArmAggregate,
  MAX_SEGMENTS_PER_ARM,
  OTHER_SEGMENT,
} from '../../../src/experiments/aggregates/armAggregate';

const hashOf = (value: string): string => createHash('sha256').update(value).digest('hex');

function sketchOf(count: number, prefix = 'c'): HyperLogLog {
  const sketch = new HyperLogLog();
  for (let index = 0; index < count; index++) sketch.addHex(hashOf(`${prefix}${index}`));
  return sketch;
}

describe('HyperLogLog distinct counts', () => {
  it('is 0 when empty and exact for a handful of customers', () => {
    expect(new HyperLogLog().estimate()).toBe(0);
    expect(new HyperLogLog().isEmpty()).toBe(true);
    for (const count of [1, 2, 5, 17, 100]) expect(Math.round(sketchOf(count).estimate())).toBe(count);
  });

  it.each([1_000, 10_000, 50_000, 200_000])(
    'estimates %i distinct customers within 3 standard errors',
    (count) => {
      const estimate = sketchOf(count, `n${count}-`).estimate();
      // 1.04/sqrt(m) is the large-range standard error; the small range is far more precise.
      expect(Math.abs(estimate - count) / count).toBeLessThan(3 * (1.04 / Math.sqrt(16384)));
    },
  );

  it('counts a customer once however often it is added (repeat clicks, re-imports)', () => {
    const sketch = sketchOf(3000);
    const before = sketch.registers.slice();
    for (let index = 0; index < 3000; index++) expect(sketch.addHex(hashOf(`c${index}`))).toBe(false);
    expect(sketch.registers).toEqual(before);
  });

  it('merges to the union: order does not matter and merging twice changes nothing', () => {
    const a = sketchOf(5000, 'x');
    const b = sketchOf(5000, 'y');
    const overlap = sketchOf(2500, 'x');
    const ab = a.clone();
    expect(ab.merge(b)).toBe(true);
    const ba = b.clone();
    ba.merge(a);
    expect(ab.registers).toEqual(ba.registers);
    expect(ab.merge(b)).toBe(false);
    expect(ab.merge(overlap)).toBe(false);
    expect(Math.abs(ab.estimate() - 10000) / 10000).toBeLessThan(0.03);
  });

  it('survives encode/decode, compactly when sparse', () => {
    const sketch = sketchOf(800);
    const encoded = sketch.encode();
    expect(encoded.length).toBeLessThan(4000);
    expect(HyperLogLog.decode(encoded).registers).toEqual(sketch.registers);
    const dense = sketchOf(100_000, 'dense');
    expect(dense.encode().length).toBeLessThan(32_000); // fits one Azure Tables string property
  });

  it('rejects a hash that is too short and a stored sketch of the wrong size', () => {
    expect(() => new HyperLogLog().addHex('abc')).toThrow();
    expect(() => new HyperLogLog(new Uint8Array(10))).toThrow(/registers/);
  });
});

describe('arm aggregates', () => {
  it('add counters, keep the time range and merge sketches', () => {
    const target = emptyArmAggregate();
    const delta = emptyArmAggregate();
    delta.events.delivered = 3;
    delta.revenueSum = 10;
    delta.revenueSumSquares = 50;
    delta.firstEventAt = 2000;
    delta.lastEventAt = 5000;
    delta.sketches.click = sketchOf(40);
    expect([...addArmAggregate(target, delta)]).toEqual(['click']);
    const second = emptyArmAggregate();
    second.events.delivered = 2;
    second.firstEventAt = 1000;
    second.lastEventAt = 3000;
    second.sketches.click = sketchOf(40);
    expect(addArmAggregate(target, second).size).toBe(0);
    expect(target.events.delivered).toBe(5);
    expect([target.firstEventAt, target.lastEventAt]).toEqual([1000, 5000]);
    expect(distinctCounts(target).click).toBe(40);
    expect(distinctCounts(target).conversion).toBe(0);
  });

  it('fold segments beyond the limit into "other"', () => {
    const target = emptyArmAggregate();
    const delta = emptyArmAggregate();
    for (let index = 0; index < MAX_SEGMENTS_PER_ARM + 5; index++) {
      delta.segments[`s${index}`] = { delivered: 1, click: 0, conversion: 0, revenue: 0 };
    }
    addArmAggregate(target, delta);
    expect(Object.keys(target.segments)).toHaveLength(MAX_SEGMENTS_PER_ARM + 1);
    expect(target.segments[OTHER_SEGMENT]?.delivered).toBe(5);
  });
});
