import { foldText, toPlain } from './normalizeText';

/**
 * The planner's two views of a request, from the shared normaliser (one implementation with the safety
 * screener): `plain` for the intent model's features, and `matched`: `folded` (lower case, look-alikes
 * folded, entities and tags removed, single-spaced) without Latin diacritics, with the same length as
 * `folded` so that a span found in `matched` quotes the user's own words from `folded`.
 */
export interface MatchingViews {
  /** Entities decoded, tags removed, case kept: to quote a pasted text back exactly. */
  readonly clean: string;
  /** Lower case with accents kept: used to quote the user's words back (topics, texts to screen). */
  readonly folded: string;
  /** `folded` without diacritics, character for character; extractors match on it. */
  readonly matched: string;
  /** `folded` as words separated by single spaces, sentences by " . " (no leetspeak resolution): the model reads it. */
  readonly plain: string;
}

/** Removes combining marks code point by code point, keeping one code unit per code unit of the input. */
export function stripDiacritics(text: string): string {
  let result = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    const code = char.charCodeAt(0);
    if (code < 0xc0 || code > 0x24f) {
      result += char;
      continue;
    }
    const base = char.normalize('NFD').replace(/\p{M}+/gu, '');
    result += base.length === 1 ? base : char;
  }
  return result;
}

export function foldForMatching(raw: string): MatchingViews {
  const normalized = foldText(raw);
  // Not the screener's `plain`: that one resolves leetspeak, which would turn "90 days" into "go days".
  return {
    clean: normalized.clean,
    folded: normalized.folded,
    matched: stripDiacritics(normalized.folded),
    plain: toPlain(normalized.folded),
  };
}
