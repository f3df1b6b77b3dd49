import { featureHash } from '../../../text/featureHash';
/**
 * Hashed features of a request for the intent model ("hashing trick"): words, word pairs, and
 * character n-grams (by default 3-4 letters inside Latin words, 1-3 characters in Japanese runs, which
 * have no spaces), so unseen inflections, typos and scripts share features with what was trained on.
 * Digits are one token ("#"): "draft 3" and "draft 7" are the same request.
 * Reads the `plain` view of src/text/foldForMatching.ts.
 */
export interface IntentFeatures {
  readonly indices: Uint32Array;
  /** The same weight for every feature: 1/√n (L2-normalised). */
  readonly weight: number;
}

/** Which character n-grams a model reads; stored in the model file so training and planning agree. */
export interface IntentFeatureShape {
  /** Smallest and largest n-gram inside a Latin word (padded with spaces). */
  readonly latinGrams: readonly [number, number];
  /** Smallest and largest n-gram inside a Japanese run. */
  readonly cjkGrams: readonly [number, number];
}

export const DEFAULT_FEATURE_SHAPE: IntentFeatureShape = { latinGrams: [3, 4], cjkGrams: [1, 3] };

const WORD_SEED = 11;
const PAIR_SEED = 12;
const GRAM_SEED = 13;
const CJK_SEED = 17;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;
/** Limits the work on pasted copy: requests are classified from their first words. */
const MAX_WORDS = 120;

export function intentFeatures(
  plain: string,
  dimensionBits: number,
  shape: IntentFeatureShape = DEFAULT_FEATURE_SHAPE,
): IntentFeatures {
  const mask = (1 << dimensionBits) - 1;
  const seen = new Set<number>();
  let previous: string | undefined;
  const words = plain.split(' ');
  for (let position = 0; position < words.length && position < MAX_WORDS; position += 1) {
    const raw = words[position] ?? '';
    if (raw === '' || raw === '.') {
      previous = undefined;
      continue;
    }
    const word = /^\d+$/.test(raw) ? '#' : raw;
    seen.add(featureHash(word, WORD_SEED) & mask);
    if (previous !== undefined) seen.add(featureHash(`${previous} ${word}`, PAIR_SEED) & mask);
    previous = word;
    if (CJK.test(word)) {
      for (let size = shape.cjkGrams[0]; size <= shape.cjkGrams[1]; size += 1) {
        for (let start = 0; start + size <= word.length; start += 1) {
          seen.add(featureHash(word, CJK_SEED + size, start, start + size) & mask);
        }
      }
      continue;
    }
    const padded = ` ${word} `;
    for (let size = shape.latinGrams[0]; size <= shape.latinGrams[1]; size += 1) {
      for (let start = 0; start + size <= padded.length; start += 1) {
        seen.add(featureHash(padded, GRAM_SEED + size, start, start + size) & mask);
      }
    }
  }
  const indices = Uint32Array.from(seen).sort();
  return { indices, weight: indices.length === 0 ? 0 : 1 / Math.sqrt(indices.length) };
}
