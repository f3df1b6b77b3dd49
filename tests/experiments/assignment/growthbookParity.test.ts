import { dirname, join } from 'node:path';
import { GrowthBook } from '@growthbook/growthbook';
import { assignVariation } from '../../../src/experiments/assignment/assignVariation';
import { bucketHash } from '../../../src/experiments/assignment/bucketHash';
import { bucketRanges, chooseVariation } from '../../../src/experiments/assignment/bucketRanges';
import { fnv1a32 } from '../../../src/experiments/assignment/fnv1a32';
import { randomString, seededRandom } from '../../stats/support/random';

/**
 * Oracle: the GrowthBook JS SDK (devDependency @growthbook/growthbook) — its exported util helpers
 * (hash, getBucketRanges, chooseVariation) and full `GrowthBook#run()` evaluations with hashVersion 2.
 * Production code never imports the SDK; these tests prove bit-for-bit agreement.
 */
interface SdkUtil {
  hash(seed: string, value: string, version: number): number | null;
  getBucketRanges(count: number, coverage: number | undefined, weights?: number[]): Array<[number, number]>;
  chooseVariation(n: number, ranges: Array<[number, number]>): number;
}

// The package's "exports" map hides dist/cjs/util.js, so it is loaded by file path next to the entry point.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sdk = require(join(dirname(require.resolve('@growthbook/growthbook')), 'util.js')) as SdkUtil;

const ALPHABET = [
  'a',
  'b',
  'Z',
  '0',
  '9',
  '-',
  '_',
  ' ',
  '.',
  '@',
  '"',
  '\\',
  'é',
  'ß',
  'ñ',
  'Ж',
  '中',
  '文',
  'ع',
  'ह',
  '😀',
  '👩‍💻',
  '🇫🇷',
  '\u0301',
  '\u200b',
  '\ud800',
  '\udfff',
  '\u0000',
  '\n',
  '\uffff',
  '𝔘',
];

function randomId(random: () => number): string {
  return randomString(random, ALPHABET, Math.floor(random() * 40));
}

function randomWeights(random: () => number, count: number): number[] {
  const mode = random();
  if (mode < 0.5) {
    const raw = Array.from({ length: count }, () => random() + 0.01);
    const total = raw.reduce((sum, weight) => sum + weight, 0);
    return raw.map((weight) => weight / total); // valid: sums to ~1
  }
  if (mode < 0.65) return Array.from({ length: count }, () => random()); // sum usually off → equal weights
  if (mode < 0.75) return Array.from({ length: count + (random() < 0.5 ? 1 : -1) }, () => 1 / count); // wrong length
  if (mode < 0.85)
    return Array.from({ length: count }, (_, index) => (index === 0 ? 1.004 : 0.996 / (count - 1)) - 0.001); // near the 0.99–1.01 edge
  return Array.from({ length: count }, (_, index) => (index === 0 ? 1.5 : -0.5 / (count - 1))); // negative, sums to 1
}

function randomCoverage(random: () => number): number | undefined {
  const mode = random();
  if (mode < 0.2) return undefined;
  if (mode < 0.3) return 0;
  if (mode < 0.4) return 1;
  if (mode < 0.45) return -0.3;
  if (mode < 0.5) return 1.7;
  return random();
}

describe('GrowthBook parity (hash version 2)', () => {
  let errorSpy: jest.SpyInstance;
  beforeAll(() => {
    // The SDK logs bad weights/coverage with console.error outside production.
    errorSpy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterAll(() => errorSpy.mockRestore());

  it('FNV-1a 32 matches the reference vectors', () => {
    // Reference FNV-1a 32-bit values: "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('hashes 20,000 random (seed, id) pairs exactly like the SDK, unicode and lone surrogates included', () => {
    const random = seededRandom(2024);
    for (let run = 0; run < 20000; run++) {
      const seed = run % 10 === 0 ? '' : randomId(random);
      const id = randomId(random);
      expect(bucketHash(seed, id)).toBe(sdk.hash(seed, id, 2));
    }
  });

  it('builds the same bucket ranges for 5,000 random weights/coverage (fallbacks and clamping included)', () => {
    const random = seededRandom(77);
    for (let run = 0; run < 5000; run++) {
      const count = 1 + Math.floor(random() * 6);
      const weights = random() < 0.1 ? undefined : randomWeights(random, count);
      const coverage = randomCoverage(random);
      const ours = bucketRanges(count, coverage, weights);
      expect(ours.ranges).toEqual(sdk.getBucketRanges(count, coverage, weights?.slice()));
      const n = random();
      expect(chooseVariation(n, ours.ranges)).toBe(sdk.chooseVariation(n, ours.ranges));
    }
  });

  it('chooses the variation with half-open ranges at the exact boundaries', () => {
    const ranges = bucketRanges(3, 1, [0.25, 0.25, 0.5]).ranges;
    for (const n of [0, 0.2499, 0.25, 0.4999, 0.5, 0.9999, 1]) {
      expect(chooseVariation(n, ranges)).toBe(sdk.chooseVariation(n, ranges));
    }
    expect(chooseVariation(0.25, ranges)).toBe(1);
    expect(chooseVariation(1, ranges)).toBe(-1);
  });

  it('assigns 3,000 random users exactly like GrowthBook#run()', () => {
    const random = seededRandom(99);
    const seen = new Set<number>();
    for (let run = 0; run < 3000; run++) {
      const count = 1 + Math.floor(random() * 5);
      const weights = randomWeights(random, count);
      const coverage = randomCoverage(random);
      const experiment = `exp-${Math.floor(random() * 50)}${random() < 0.2 ? '-ü😀' : ''}`;
      const seed = random() < 0.3 ? (random() < 0.3 ? '' : randomId(random)) : undefined;
      const idKind = random();
      const id: string | number =
        idKind < 0.1
          ? Math.floor(random() * 1e6)
          : idKind < 0.12
            ? ''
            : idKind < 0.13
              ? 0
              : randomId(random) || 'x';
      // Without `variations` the weights define the count; a wrong-length weights array needs it given.
      const variationsGiven = random() < 0.2 || weights.length !== count;

      const growthbook = new GrowthBook({ attributes: { id } });
      const result = growthbook.run({
        key: experiment,
        variations: Array.from({ length: count }, (_, index) => index) as [number, number, ...number[]],
        weights: weights.slice(),
        ...(coverage === undefined ? {} : { coverage }),
        ...(seed === undefined ? {} : { seed }),
        hashVersion: 2,
      });
      const expected = result.inExperiment ? result.variationId : -1;

      const ours = assignVariation({
        experiment,
        id,
        weights,
        ...(variationsGiven ? { variations: count } : {}),
        ...(coverage === undefined ? {} : { coverage }),
        ...(seed === undefined ? {} : { seed }),
      });
      expect(ours.variation).toBe(expected);
      seen.add(expected);
      growthbook.destroy();
    }
    // The random designs reach every outcome: outside the experiment and each of the 5 variation slots.
    expect([...seen].sort()).toEqual([-1, 0, 1, 2, 3, 4]);
  });

  it('infers the variation count from weights, or from `variations` when weights are missing', () => {
    const withCount = assignVariation({ experiment: 'e', id: 'user-1', variations: 4 });
    const growthbook = new GrowthBook({ attributes: { id: 'user-1' } });
    const result = growthbook.run({ key: 'e', variations: [0, 1, 2, 3], hashVersion: 2 });
    expect(withCount.variation).toBe(result.variationId);
    growthbook.destroy();
  });

  it('puts nobody in an experiment with fewer than two variations, with a warning', () => {
    const single = assignVariation({ experiment: 'e', id: 'u', weights: [1] });
    expect(single.variation).toBe(-1);
    expect(single.warnings[0]).toMatch(/at least 2/);
  });
});
