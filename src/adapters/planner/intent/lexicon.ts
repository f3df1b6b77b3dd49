import { allMatches } from './regexScan';

/** One occurrence of a lexicon entry in folded text. */
export interface LexiconMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Latin letters and digits of folded text: a word boundary is "not one of these" (so `vip` matches in `vip顧客`). */
const WORD_CHAR = 'a-z0-9';
const NOT_AFTER_WORD = `(?<![${WORD_CHAR}])`;
const NOT_BEFORE_WORD = `(?![${WORD_CHAR}])`;

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Entry syntax (entries are written folded: lower case, no accents):
 * - `word` or `two words`: whole words; spaces match spaces or hyphens (`push notification` = `push-notification`);
 * - `prefix*`: a word starting with `prefix`;
 * - `re:<source>`: a raw regular expression, for the few entries the syntax above cannot say;
 * - entries in Japanese are matched as plain substrings (Japanese has no spaces between words).
 */
export function entryToSource(entry: string): string {
  if (entry.startsWith('re:')) return entry.slice(3);
  const isPrefix = entry.endsWith('*');
  const body = isPrefix ? entry.slice(0, -1) : entry;
  const core = body
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegex(word))
    .join('[\\s\\-]+');
  const startsWithWord = /^[a-z0-9]/.test(body);
  const endsWithWord = /[a-z0-9]$/.test(body);
  const head = startsWithWord ? NOT_AFTER_WORD : '';
  const tail = isPrefix ? `[${WORD_CHAR}]*` : endsWithWord ? NOT_BEFORE_WORD : '';
  return `${head}${core}${tail}`;
}

/**
 * A compiled list of words and phrases. Longer entries are tried first so that
 * `push notification` wins over `push` at the same position.
 */
export class Lexicon {
  private readonly pattern: RegExp;
  private readonly probe: RegExp;

  constructor(entries: readonly string[]) {
    const sources = [...new Set(entries)]
      .sort((a, b) => b.length - a.length)
      .map((entry) => `(?:${entryToSource(entry)})`);
    const source = sources.length === 0 ? '(?!)' : sources.join('|');
    this.pattern = new RegExp(source, 'gu');
    this.probe = new RegExp(source, 'u');
  }

  /** All non-overlapping matches, left to right. */
  find(text: string): LexiconMatch[] {
    return allMatches(this.pattern, text).map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
    }));
  }

  has(text: string): boolean {
    return this.probe.test(text);
  }

  /** The first match, if any. */
  first(text: string): LexiconMatch | undefined {
    const match = this.probe.exec(text);
    return match === null
      ? undefined
      : { start: match.index, end: match.index + match[0].length, text: match[0] };
  }
}
