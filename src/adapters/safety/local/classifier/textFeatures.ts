import { featureHash } from '../../../../text/featureHash';
/**
 * Hashed bag-of-features for the harm classifier ("hashing trick"): words, word pairs and the
 * character n-grams of each word, so unseen inflections ("matarte", "umgebracht") share features
 * with the forms seen in training. Works on the screener's `plain` view (lower case, no diacritics,
 * words separated by single spaces, sentences by " . ").
 */
export interface SparseVector {
  indices: Uint32Array;
  /** L2-normalised, so long and short texts score on the same scale. */
  values: Float32Array;
}

/** Which features a model was trained on; stored in the model so run time extracts the same. */
export interface FeatureOptions {
  /** Shortest and longest character n-gram of each word (padded with spaces). */
  minGram: number;
  maxGram: number;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  minGram: 3,
  maxGram: 5,
};

/**
 * Feature count below which vectors are not scaled up further: a two-word text must not weigh each
 * of its n-grams as much as a whole sentence's worth of evidence.
 */
const NORMALIZATION_FLOOR = 48;

const WORD_SEED = 1;
const PAIR_SEED = 2;
const GRAM_SEED = 3;

export function extractFeatures(
  plain: string,
  dimensionBits: number,
  options: FeatureOptions = DEFAULT_FEATURE_OPTIONS,
): SparseVector {
  const mask = (1 << dimensionBits) - 1;
  const seen = new Set<number>();
  let previous: string | undefined;
  for (const word of plain.split(' ')) {
    if (word === '' || word === '.') {
      previous = undefined;
      continue;
    }
    seen.add(featureHash(word, WORD_SEED) & mask);
    if (previous !== undefined) seen.add(featureHash(`${previous} ${word}`, PAIR_SEED) & mask);
    previous = word;
    const padded = ` ${word} `;
    for (let size = options.minGram; size <= options.maxGram; size += 1) {
      for (let start = 0; start + size <= padded.length; start += 1) {
        seen.add(featureHash(padded, GRAM_SEED + size, start, start + size) & mask);
      }
    }
  }
  const indices = Uint32Array.from(seen).sort();
  const weight = indices.length === 0 ? 0 : 1 / Math.sqrt(Math.max(indices.length, NORMALIZATION_FLOOR));
  return { indices, values: new Float32Array(indices.length).fill(weight) };
}
