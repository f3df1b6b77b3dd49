import type { Campaign, RejectionReason, VariantReview } from '../domain/campaign';

/** Where a campaign is on its way: draft → review → approve → launch → engagement → results. */
export const CAMPAIGN_STATES = ['drafted', 'in_review', 'approved', 'running', 'decided'] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];

export const CAMPAIGN_STATE_LABELS: Record<CampaignState, string> = {
  drafted: 'Drafted',
  in_review: 'In review',
  approved: 'Approved',
  running: 'Running',
  decided: 'Decided',
};

/** What the campaign lists and queues show, stored in the index rows so a list never reads a campaign. */
export interface CampaignSummary {
  campaignId: string;
  state: CampaignState;
  authorId: string;
  authorName: string;
  /** The segment's region, or undefined for every market. */
  market?: string;
  channel: string;
  topic: string;
  createdAt: string;
  variants: number;
  pending: number;
  approved: number;
  rejected: number;
  blocked: number;
  /** Approvers who already approved every pending variant: nothing left for them in the review queue. */
  doneReviewers: string[];
  decision?: 'ship' | 'stop';
  /** Rejected variants by reason (every review, as the feedback tally counts them); absent when none. */
  rejections?: Partial<Record<RejectionReason, number>>;
}

const isBlocked = (review: VariantReview): boolean => review.variant.safety?.verdict === 'block';

/**
 * The state, derived from stored data only: a decision → decided; launched → running; a variant that passed
 * the safety screen still pending → in review; every such variant approved → approved (ready to launch);
 * otherwise (rejected variants to revise, or nothing that passed the screen) → drafted.
 */
export function campaignStateOf(campaign: Campaign, reviews: readonly VariantReview[]): CampaignState {
  if (campaign.decision) return 'decided';
  if (campaign.status === 'launched') return 'running';
  const candidates = reviews.filter((review) => !isBlocked(review));
  if (candidates.some((review) => review.status === 'pending')) return 'in_review';
  if (candidates.length > 0 && candidates.every((review) => review.status === 'approved')) return 'approved';
  return 'drafted';
}

export function summarizeCampaign(campaign: Campaign, reviews: readonly VariantReview[]): CampaignSummary {
  const region = campaign.segment.criteria.region;
  const live = reviews.filter((review) => !isBlocked(review));
  const summary: CampaignSummary = {
    campaignId: campaign.id,
    state: campaignStateOf(campaign, reviews),
    authorId: campaign.author.id,
    authorName: campaign.author.name,
    channel: campaign.channel,
    topic: campaign.topic,
    createdAt: campaign.createdAt,
    variants: reviews.length,
    pending: live.filter((review) => review.status === 'pending').length,
    approved: live.filter((review) => review.status === 'approved').length,
    rejected: live.filter((review) => review.status === 'rejected').length,
    blocked: reviews.length - live.length,
    doneReviewers: doneReviewers(live.filter((review) => review.status === 'pending')),
  };
  const rejections: Partial<Record<RejectionReason, number>> = {};
  for (const review of reviews) {
    if (review.status !== 'rejected' || !review.rejection) continue;
    rejections[review.rejection.reason] = (rejections[review.rejection.reason] ?? 0) + 1;
  }
  if (Object.keys(rejections).length > 0) summary.rejections = rejections;
  if (typeof region === 'string') summary.market = region;
  if (campaign.decision) summary.decision = campaign.decision.action;
  return summary;
}

/** Ids that approved every one of these pending variants (the quorum may need others too). */
function doneReviewers(pending: readonly VariantReview[]): string[] {
  const [first, ...rest] = pending;
  if (!first) return [];
  return first.approvals
    .map((decision) => decision.by.id)
    .filter((id) => rest.every((review) => review.approvals.some((decision) => decision.by.id === id)));
}
