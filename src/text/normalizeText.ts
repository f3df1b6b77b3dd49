import { deobfuscate } from './deobfuscate';
import { foldHomoglyphs } from './homoglyphs';
import { decodeEntities, stripTags } from './markup';

/**
 * The views of one text that the matchers work on. Each view is derived from the previous one, so a
 * finding in a later view can always be explained by the earlier ones.
 */
export interface NormalizedText {
  /** Entities decoded, NFKC, invisible characters removed; tags kept (role tags are an injection signal). */
  markup: string;
  /** `markup` without tags: what a reader sees. PII detection runs here. */
  clean: string;
  /** Lower-cased, look-alike letters folded, dashes and apostrophes unified, single-spaced. Blocklists run here. */
  folded: string;
  /** `folded` with spaced letters joined, leetspeak and masks resolved. Blocklists run here too. */
  compact: string;
  /** `compact` without diacritics or punctuation: words separated by single spaces, sentences by " . ". */
  plain: string;
}

/** Zero-width characters, soft hyphens, bidi controls (all \p{Cf}) plus fillers that render as nothing. */
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0\u2800]/gu;
const HORIZONTAL_SPACE = /[^\S\n]/g;
const DASHES = /[\p{Pd}\u2212]/gu;
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u02b9\u0060\u00b4\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;
const LIGATURES: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  þ: 'th',
};
const LIGATURE_PATTERN = /[ßæœøłđþ]/g;

/** Entities, NFKC and invisible characters: the common first step of every view. */
export function cleanMarkup(raw: string): string {
  return decodeEntities(raw).normalize('NFKC').replace(INVISIBLE, '').replace(HORIZONTAL_SPACE, ' ');
}

/** Case, look-alikes and punctuation variants folded; keeps the original spacing (needed by `deobfuscate`). */
function foldKeepingSpaces(clean: string): string {
  return foldHomoglyphs(clean.toLowerCase())
    .replace(/i\u0307/g, 'i')
    .replace(DASHES, '-')
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .normalize('NFC');
}

/** Text for lexicon matching: ASCII-ish words and sentence marks only. */
export function toPlain(compact: string): string {
  return compact
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(LIGATURE_PATTERN, (letter) => LIGATURES[letter] ?? letter)
    .replace(/[.!?;:¡¿…]+(?=\s|$)/g, ' . ')
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .replace(/(?<=\p{L})\.(?=\p{L})/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first three views only (no leetspeak resolution): for readers that never need `compact`. */
export function foldText(raw: string): Pick<NormalizedText, 'markup' | 'clean' | 'folded'> {
  const markup = cleanMarkup(raw);
  const clean = stripTags(markup);
  return { markup, clean, folded: foldKeepingSpaces(clean).replace(/\s+/g, ' ').trim() };
}

export function normalizeText(raw: string): NormalizedText {
  const markup = cleanMarkup(raw);
  const clean = stripTags(markup);
  const spaced = foldKeepingSpaces(clean);
  const folded = spaced.replace(/\s+/g, ' ').trim();
  const compact = deobfuscate(spaced);
  return { markup, clean, folded, compact, plain: toPlain(compact) };
}

/** Folds a term (blocklist entry) exactly like `folded`, so both sides compare equal. */
export function foldTerm(term: string): string {
  return foldKeepingSpaces(cleanMarkup(term)).replace(/\s+/g, ' ').trim();
}

/** Folds a term exactly like `compact`. */
export function compactTerm(term: string): string {
  return deobfuscate(foldKeepingSpaces(cleanMarkup(term)));
}
