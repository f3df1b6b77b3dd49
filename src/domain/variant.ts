import type { Citation } from './content';
import type { Channel } from './customer';

export const SAFETY_CATEGORIES = ['hate', 'violence', 'selfHarm', 'sexual'] as const;
export type SafetyCategory = (typeof SAFETY_CATEGORIES)[number];
export type CategorySeverities = Record<SafetyCategory, number>;

export const SAFETY_REASONS = [
  'hate',
  'violence',
  'selfHarm',
  'sexual',
  'pii',
  'prompt_injection',
  'blocklist',
  'ungrounded',
] as const;
export type SafetyReason = (typeof SAFETY_REASONS)[number];

export type Verdict = 'pass' | 'review' | 'block';

/** A specific finding behind a reason, shown on the card (e.g. the ungrounded claim). */
export interface SafetyFinding {
  reason: SafetyReason;
  detail: string;
}

export interface SafetyResult {
  verdict: Verdict;
  categories: CategorySeverities;
  reasons: SafetyReason[];
  findings: SafetyFinding[];
  /** Which screener produced it, e.g. `local-screener@2` or `azure-content-safety`. */
  screener: string;
}

/** A factual claim found in copy: offer, price, percentage, date or product statement. */
export interface Claim {
  text: string;
  kind: 'percentage' | 'price' | 'date' | 'offer' | 'product';
}

export interface Variant {
  id: string;
  campaignId: string;
  segmentId: string;
  channel: Channel;
  /** Absent for SMS and push. */
  subject?: string;
  /** May contain personalisation placeholders such as `{{firstName}}`, filled locally at send time. */
  body: string;
  citations: Citation[];
  /** Template or model deployment that produced the copy. */
  generator: string;
  safety?: SafetyResult;
}
