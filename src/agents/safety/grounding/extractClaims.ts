import type { Claim } from '../../../domain/variant';
import { normalizeText } from '../../../text/normalizeText';
import { extractDurations, extractPercentages, extractPrices } from './amounts';
import { extractDates } from './dates';
import type { ExtractedClaim } from './groundedClaim';
import { CLAIM_CONCEPTS } from './offerConcepts';

/** Personalisation placeholders ({{firstName}}, {{ discount }}) are filled at send time: never claims. */
const PLACEHOLDER = /\{\{[^{}]*\}\}/g;

/** "made in italy" / "hecho en italia": the country is part of the claim. */
function conceptKey(id: string, match: string): string {
  return id === 'made_in'
    ? `made_in:${match.replace(/^(?:made in|hecho en|hergestellt in|fabrique en) /, '')}`
    : id;
}

/** Every checkable claim in a text, with the canonical keys used to find it in sources. */
export function extractClaimsWithKeys(text: string): ExtractedClaim[] {
  const normalized = normalizeText(text.replace(PLACEHOLDER, ' '));
  // Numbers, currencies and dates are read from the text as written (case kept, for the report).
  const numeric = normalized.clean.replace(/[\p{Pd}\u2212]/gu, '-').replace(/\s+/g, ' ');
  const claims: ExtractedClaim[] = [
    ...extractPercentages(numeric),
    ...extractPrices(numeric),
    ...extractDates(numeric),
    ...extractDurations(numeric),
  ];
  // Concepts are matched on `plain`; their position in the copy is found again by their first word.
  const searchable = numeric
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  for (const concept of CLAIM_CONCEPTS) {
    for (const found of normalized.plain.matchAll(concept.pattern)) {
      const firstWord = found[0].split(' ')[0] ?? found[0];
      const located = searchable.indexOf(firstWord);
      const estimated = Math.round((found.index / Math.max(1, normalized.plain.length)) * numeric.length);
      claims.push({
        claim: { text: found[0], kind: concept.kind },
        keys: [conceptKey(concept.id, found[0])],
        index: located >= 0 ? located : estimated,
      });
    }
  }
  return claims.sort((a, b) => a.index - b.index);
}

/** The claims of a text (percentages, prices, dates, offers, product statements), in reading order. */
export function extractClaims(text: string): Claim[] {
  const seen = new Set<string>();
  return extractClaimsWithKeys(text)
    .map(({ claim }) => claim)
    .filter((claim) => {
      const key = `${claim.kind}:${claim.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
