import type { Channel } from './customer';
import type { Segment } from './segment';
import type { Variant } from './variant';
import type { ModelSpend } from './modelCost';

/** What the marketer asked for, as tool arguments: enough to draft the campaign again with changes. */
export interface CampaignBrief {
  /** segment_customers arguments. */
  audience: Record<string, unknown>;
  /** retrieve_content query. */
  query: string;
  goal: string;
  topic: string;
  channel: Channel;
  variants: number;
  tone?: string;
  language?: string;
}

export interface Person {
  id: string;
  name: string;
}

export interface Campaign {
  id: string;
  author: Person;
  goal: string;
  topic: string;
  channel: Channel;
  createdAt: string;
  segment: Segment;
  /** The conversation where the campaign was drafted, so its cards can be updated. */
  conversationId: string;
  status: 'draft' | 'launched';
  /** The brief it was drafted from (absent on campaigns stored before briefs were kept). */
  brief?: CampaignBrief;
  /** The campaign this one was drafted from as a follow-up ("now for SMS"). */
  derivedFrom?: string;
  /** Model calls, tokens and US dollars spent on this campaign (planning and generation). */
  spend?: ModelSpend;
  /** What the marketer asked for that was not applied, with the reason, as shown on the draft summary. */
  notApplied?: string[];
  /** Set once the experiment's outcome is decided (a report recommending ship or stop). */
  decision?: CampaignDecision;
}

export interface CampaignDecision {
  action: 'ship' | 'stop';
  /** The variant to ship. */
  arm?: string;
  at: string;
  /** Id of who generated the deciding report (names come from the people directory). */
  by: string;
}

export const REJECTION_REASONS = [
  'tone',
  'unclear_offer',
  'off_brand',
  'inaccurate_claim',
  'legal_risk',
  'wrong_audience',
  'other',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const REJECTION_REASON_LABELS: Record<RejectionReason, string> = {
  tone: 'Tone',
  unclear_offer: 'Unclear offer',
  off_brand: 'Off brand',
  inaccurate_claim: 'Inaccurate claim',
  legal_risk: 'Legal risk',
  wrong_audience: 'Wrong audience',
  other: 'Other',
};

export interface Decision {
  by: Person;
  at: string;
}

export interface Rejection extends Decision {
  reason: RejectionReason;
  comment: string;
}

export type ApprovalStatus = 'pending' | 'approved' | 'rejected';

/** A variant with its review state. `version` increases on every edit; an edit clears approvals. */
export interface VariantReview {
  variant: Variant;
  status: ApprovalStatus;
  approvals: Decision[];
  rejection?: Rejection;
  version: number;
  /** Id of the chat message that shows this variant's card. */
  activityId?: string;
}
