import { compactTerm, foldTerm, type NormalizedText } from '../../../text/normalizeText';

export interface TermMatch {
  /** The term as written in the policy. */
  term: string;
  /** Which policy list it comes from. */
  list: 'blocklist' | 'competitors' | 'bannedClaims';
}

interface CompiledTerm extends TermMatch {
  patterns: RegExp[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A term as a pattern: case already folded, spaces and hyphens between its words match any run of
 * spaces, hyphens, dots or underscores ("risk-free" = "risk free" = "risk–free" = "riskfree"), and it
 * only matches whole words, with Unicode letters and digits as word characters ("Ünternehmen" never
 * matches inside "Ünternehmensberatung"). Boundaries are only required where the term itself starts or
 * ends with a letter or digit, so "#1" or "100%" still match.
 */
export function termPattern(folded: string): RegExp | undefined {
  const words = folded.split(/[\s-]+/).filter((word) => word !== '');
  if (words.length === 0) return undefined;
  const body = words.map(escapeRegExp).join('[\\s\\-_.·]*');
  const first = folded[0] ?? '';
  const last = folded[folded.length - 1] ?? '';
  const start = WORD_CHAR.test(first) ? '(?<![\\p{L}\\p{N}])' : '';
  const end = WORD_CHAR.test(last) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${start}${body}${end}`, 'u');
}

/** Matches a policy's blocklist, competitor and banned-claim terms against normalized text. */
export class TermMatcher {
  private readonly terms: CompiledTerm[];
  /** All terms in one pattern: most texts contain none, and one test settles that. */
  private readonly anyTerm: RegExp | undefined;

  constructor(lists: Readonly<Record<TermMatch['list'], readonly string[]>>) {
    this.terms = (Object.keys(lists) as Array<TermMatch['list']>).flatMap((list) =>
      lists[list].flatMap((term) => {
        const forms = new Set([foldTerm(term), compactTerm(term)]);
        const patterns = [...forms].flatMap((form) => {
          const pattern = termPattern(form);
          return pattern === undefined ? [] : [pattern];
        });
        return patterns.length === 0 ? [] : [{ term, list, patterns }];
      }),
    );
    const sources = this.terms.flatMap(({ patterns }) => patterns.map((pattern) => pattern.source));
    this.anyTerm = sources.length === 0 ? undefined : new RegExp(sources.join('|'), 'u');
  }

  /** Every listed term found in the text (evasions included: homoglyphs, zero-width, markup, spacing). */
  find(text: NormalizedText): TermMatch[] {
    if (this.anyTerm === undefined) return [];
    if (!this.anyTerm.test(text.folded) && !this.anyTerm.test(text.compact)) return [];
    return this.terms
      .filter(({ patterns }) =>
        patterns.some((pattern) => pattern.test(text.folded) || pattern.test(text.compact)),
      )
      .map(({ term, list }) => ({ term, list }));
  }
}
