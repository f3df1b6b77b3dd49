import { decode } from 'html-entities';
import { correctTypo } from './typoCorrection';
import { allMatches } from './regexScan';

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * An utterance prepared for matching. `folded` is lower case, accent-free and NFKC-normalised
 * (full-width digits become ASCII), with common typos repaired; every lexicon works on it.
 * `original` is the cleaned input, used to quote the user's own words back (queries, texts to screen).
 */
export interface NormalizedUtterance {
  readonly original: string;
  readonly folded: string;
  readonly tokens: readonly Token[];
  /** The original text behind folded[start, end). */
  originalSlice(start: number, end: number): string;
}

/** Limits the work done on pathological input; nobody types a plan request longer than this. */
export const MAX_MATCHED_CHARS = 20_000;

const MENTION = /<at\b[^>]*>[\s\S]*?<\/at\s*>/gi;
const SCRIPT_OR_STYLE = /<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
/** HTML tags by name, so that copy such as "<<SALE>>" survives. */
const TAG =
  /<\/?(?:a|abbr|b|blockquote|body|br|button|code|del|div|em|embed|font|form|h[1-6]|head|hr|html|i|iframe|img|input|label|li|link|meta|object|ol|option|p|pre|s|select|small|span|strike|strong|sub|sup|svg|table|tbody|td|textarea|th|thead|title|tr|u|ul)\b[^<>]*>/gi;
const HEADING_OR_QUOTE = /^[ \t]*(?:#{1,6}|>+)[ \t]+/gm;
const PICTOGRAPHS = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0E|\uFE0F|\u200D|\u20E3/gu;
/** Control characters other than the newline, soft hyphens, zero-width characters and byte order marks. */
const INVISIBLES = /(?!\n)\p{Cc}|[\u00AD\u200B-\u200F\u2028\u2029\u2060\uFEFF]/gu;

/** Removes chat markup (Teams mentions, HTML tags, quote and heading markers, emoji) but keeps the words. */
export function cleanUtterance(raw: string): string {
  return decode(raw)
    .replace(MENTION, ' ')
    .replace(SCRIPT_OR_STYLE, ' ')
    .replace(TAG, ' ')
    .replace(HEADING_OR_QUOTE, '')
    .replace(PICTOGRAPHS, ' ')
    .replace(INVISIBLES, ' ')
    .replace(/\r\n?/g, '\n');
}

const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  '’': "'",
  '‘': "'",
  '‛': "'",
  '´': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  '–': '-',
  '—': '-',
  '‐': '-',
  '‑': '-',
  '−': '-',
  '。': '.',
  '、': ',',
};

const COMBINING_LATIN_MARKS = /[\u0300-\u036f]/g;

/**
 * Folds one code point: NFKC, lower case, Latin accents removed (Japanese voicing marks kept).
 * Markdown emphasis and code marks (`*`, `~`, backtick) become spaces: they are never part of a word.
 */
function foldCodePoint(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if (char === '\t' || char === '\r' || char === '*' || char === '~' || char === '`') return ' ';
    return char;
  }
  const special = SPECIAL_FOLDS[char];
  if (special !== undefined) return special;
  const folded = char
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_LATIN_MARKS, '')
    .normalize('NFC');
  if (/^\s+$/u.test(folded)) return ' ';
  return SPECIAL_FOLDS[folded] ?? folded;
}

const TOKEN = /[\p{L}\p{N}]+(?:['_-][\p{L}\p{N}]+)*/gu;
const LATIN_WORD = /^[a-z]+$/;

export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const match of allMatches(TOKEN, folded)) {
    const start = match.index;
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

export function normalizeUtterance(raw: string): NormalizedUtterance {
  const original = cleanUtterance(raw);
  const limited = original.length > MAX_MATCHED_CHARS ? original.slice(0, MAX_MATCHED_CHARS) : original;

  // Fold code point by code point, remembering where each folded character came from.
  let folded = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of limited) {
    const piece = foldCodePoint(char);
    for (let k = 0; k < piece.length; k += 1) offsets.push(index);
    folded += piece;
    index += char.length;
  }
  offsets.push(index);

  // Repair typos of keywords; a repaired word maps back onto the span of the misspelled one.
  let repaired = '';
  const repairedOffsets: number[] = [];
  let cursor = 0;
  for (const token of tokenize(folded)) {
    const fix = LATIN_WORD.test(token.text) ? correctTypo(token.text) : undefined;
    if (fix === undefined) continue;
    repaired += folded.slice(cursor, token.start);
    for (let k = cursor; k < token.start; k += 1) repairedOffsets.push(offsets[k] ?? index);
    const from = offsets[token.start] ?? index;
    const to = offsets[token.end] ?? index;
    repaired += fix;
    for (let k = 0; k < fix.length; k += 1) repairedOffsets.push(k === 0 ? from : Math.min(from + k, to - 1));
    cursor = token.end;
  }
  if (cursor > 0) {
    repaired += folded.slice(cursor);
    for (let k = cursor; k <= folded.length; k += 1) repairedOffsets.push(offsets[k] ?? index);
    folded = repaired;
  }
  const finalOffsets = cursor > 0 ? repairedOffsets : offsets;

  return {
    original,
    folded,
    tokens: tokenize(folded),
    originalSlice(start: number, end: number): string {
      const from = finalOffsets[Math.max(0, Math.min(start, folded.length))] ?? 0;
      const to = end >= folded.length ? index : (finalOffsets[Math.max(0, end)] ?? index);
      return original.slice(from, Math.max(from, to));
    },
  };
}
