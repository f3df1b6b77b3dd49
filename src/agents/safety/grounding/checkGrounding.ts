import { extractClaimsWithKeys } from './extractClaims';
import type { ExtractedClaim } from './groundedClaim';

export interface GroundingSource {
  id: string;
  title: string;
  body: string;
}

export interface GroundingFailure {
  /** The claim as written in the copy. */
  claim: string;
  reason: string;
}

export interface GroundingResult {
  grounded: boolean;
  failures: GroundingFailure[];
}

/** What the cited sources say, as canonical keys, plus examples per family for contradiction messages. */
interface SourceFacts {
  keys: Set<string>;
  byFamily: Map<string, string[]>;
}

function factsOf(sources: readonly GroundingSource[]): SourceFacts {
  const keys = new Set<string>();
  const byFamily = new Map<string, string[]>();
  for (const source of sources) {
    for (const extracted of extractClaimsWithKeys(`${source.title}\n${source.body}`)) {
      extracted.keys.forEach((key) => keys.add(key));
      if (extracted.family === undefined) continue;
      const examples = byFamily.get(extracted.family) ?? [];
      if (!examples.includes(extracted.claim.text)) examples.push(extracted.claim.text);
      byFamily.set(extracted.family, examples);
    }
  }
  return { keys, byFamily };
}

function failureReason(claim: ExtractedClaim, facts: SourceFacts, sourceCount: number): string {
  if (sourceCount === 0) return 'no approved content is cited for this claim';
  const stated = claim.family === undefined ? undefined : facts.byFamily.get(claim.family);
  if (stated !== undefined && stated.length > 0) {
    return `contradicts the cited content, which says ${stated.slice(0, 3).join(', ')}`;
  }
  return 'not found in the cited content';
}

/**
 * Checks that every factual claim of the copy (percentages, prices, dates, durations, offers, product
 * statements) appears in the cited approved content. Pure: no I/O, same answer for the same input.
 */
export function checkGrounding(copy: string, sources: ReadonlyArray<GroundingSource>): GroundingResult {
  const claims = extractClaimsWithKeys(copy);
  if (claims.length === 0) return { grounded: true, failures: [] };
  const facts = factsOf(sources);
  const failures: GroundingFailure[] = [];
  const reported = new Set<string>();
  for (const claim of claims) {
    if (claim.keys.some((key) => facts.keys.has(key))) continue;
    if (reported.has(claim.claim.text)) continue;
    reported.add(claim.claim.text);
    failures.push({ claim: claim.claim.text, reason: failureReason(claim, facts, sources.length) });
  }
  return { grounded: failures.length === 0, failures };
}
