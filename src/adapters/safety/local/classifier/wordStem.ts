/**
 * Crude, language-blind suffix stripping for the classifier's stem features: the longest common
 * EN/ES/DE/FR inflection ending is removed when at least four letters remain ("threatening" →
 * "threaten", "amenazas" → "amenaz", "drohungen" → "drohung", "menaces" → "menac"). Not a
 * lemmatiser: it only lets inflected forms share one feature. Works on `plain` words (no diacritics).
 */
const SUFFIXES = [
  'ements',
  'amente',
  'mente',
  'ement',
  'ungen',
  'iones',
  'ations',
  'ation',
  'ing',
  'ness',
  'ions',
  'ion',
  'ers',
  'ern',
  'ies',
  'ed',
  'er',
  'en',
  'es',
  'os',
  'as',
  'ly',
  'ez',
  'nt',
  's',
  'e',
  'a',
  'o',
].sort((a, b) => b.length - a.length);

const MINIMUM_STEM = 4;

export function stripSuffix(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= MINIMUM_STEM && word.endsWith(suffix)) {
      return word.slice(0, word.length - suffix.length);
    }
  }
  return word;
}
