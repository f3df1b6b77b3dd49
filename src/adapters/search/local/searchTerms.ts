import { foldText } from '../../../content/multilingualQueryTerms';

const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'in',
  'is',
  'it',
  'of',
  'on',
  'or',
  'our',
  'the',
  'this',
  'to',
  'with',
  'you',
  'your',
  'me',
  'my',
  'i',
  'find',
  'show',
  'content',
  'about',
]);

/** A deliberately light English stemmer: plural and possessive forms only, so "offers" finds "offer". */
function stem(term: string): string {
  if (term.length <= 3) return term;
  if (term.endsWith("'s")) return term.slice(0, -2);
  if (term.endsWith('ies') && term.length > 4) return `${term.slice(0, -3)}y`;
  if (term.endsWith('sses')) return term.slice(0, -2);
  if (term.endsWith('s') && !term.endsWith('ss') && !term.endsWith('us')) return term.slice(0, -1);
  return term;
}

/** Normalises one token for indexing and querying: folded case and accents, no stop words, light stemming. */
export function processSearchTerm(term: string): string | null {
  const folded = foldText(term).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (folded === '' || STOP_WORDS.has(folded)) return null;
  return stem(folded);
}
