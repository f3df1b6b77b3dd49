import type { Claim } from '../../../domain/variant';

/** A claim with the canonical keys it can be matched by ("20%", "20 %" and "20 percent" share `pct:20`). */
export interface ExtractedClaim {
  claim: Claim;
  /** Any of these found in a source grounds the claim. */
  keys: string[];
  /**
   * Claims of one family can contradict each other: a source with `pct:20` contradicts copy with `pct:30`.
   * Concept claims (free shipping, waterproof) have no family: they are either cited or not.
   */
  family?: string;
  /** Position in the copy, to report claims in reading order. */
  index: number;
}
