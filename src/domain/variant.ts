import type { Citation } from './content';
import type { Channel } from './customer';
import type { ModelSpend } from './modelCost';

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

/** What one screen said on its own, kept for the card and the audit record. */
export interface ScreenVerdict {
  /** `local-screener@2`, `azure-content-safety`, `safety-judge` or `policy` (blocklist, PII, grounding). */
  screener: string;
  verdict: Verdict;
  /** Severities this screen gave (absent for the policy screen, which scores no category). */
  categories?: CategorySeverities;
  /** The model that judged, e.g. `openai:gpt-4o-mini` (model screens only). */
  model?: string;
  /** The prompt that judged, e.g. `safety-judge@1` (model screens only). */
  prompt?: string;
  /** The screen could not answer (error, timeout, invalid answer): it asked for review instead. */
  failed?: boolean;
  /** The answer came from the judgement cache: no model call was made for this text. */
  cached?: boolean;
}

export interface SafetyResult {
  verdict: Verdict;
  categories: CategorySeverities;
  reasons: SafetyReason[];
  findings: SafetyFinding[];
  /** Which screeners produced it, e.g. `local-screener@2` or `local-screener@2+safety-judge`. */
  screener: string;
  /** Each screen that ran and what it said alone; the verdict is the strictest of them. */
  screens?: ScreenVerdict[];
  /**
   * Model spend of this screening, to be added to the campaign's spend. A call that judged several
   * texts at once is counted on the first text of its batch, so the sum over a draft is exact.
   */
  spend?: ModelSpend;
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
