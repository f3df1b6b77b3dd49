import type { AuditLog } from '../audit/auditLog';
import type { RoleDirectory } from '../governance/roleDirectory';
import { marketRule, type ApprovalPolicy, type MarketRule } from '../governance/approvalPolicy';
import type { Variant } from '../domain/variant';
import {
  AppError,
  conflict,
  forbidden,
  invalidInput,
  isAppError,
  notFound,
  unavailable,
} from '../shared/errors';
import {
  REJECTION_REASONS,
  type Campaign,
  type Person,
  type RejectionReason,
  type VariantReview,
} from '../domain/campaign';
import type { CampaignRepository, CampaignSnapshot } from './campaignRepository';

export interface ReviewOutcome {
  campaign: Campaign;
  review: VariantReview;
  /** False when the request changed nothing (e.g. the same approver clicked twice). */
  changed: boolean;
  message: string;
  /** Every review of the campaign after the decision, in card order (for the card's "n of m"). */
  reviews: VariantReview[];
}

type Decision = Omit<ReviewOutcome, 'campaign' | 'reviews'>;

const MAX_ATTEMPTS = 10;

/**
 * Approve / reject decisions on variants. Rules: only approvers decide, never on their own campaign,
 * blocked variants cannot be approved, a rejection needs a reason, repeated clicks are idempotent.
 * Every write is ETag-guarded: on a concurrent change the decision is re-applied to the fresh state,
 * so two approvers clicking at once are both counted exactly once.
 */
export class ApprovalService {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly roles: RoleDirectory,
    private readonly audit: AuditLog,
    private readonly policy: ApprovalPolicy,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async approve(campaignId: string, variantId: string, actor: Person): Promise<ReviewOutcome> {
    const snapshot = await this.authorize(campaignId, actor, 'approve');
    const rule = this.ruleFor(snapshot.campaign);
    const outcome = await this.applyWithRetry(snapshot, variantId, (review) => {
      if (review.variant.safety?.verdict === 'block') {
        throw conflict('This variant was blocked by the safety screen and cannot be approved.');
      }
      if (review.status === 'rejected') {
        return {
          review,
          changed: false,
          message: `Already rejected by ${review.rejection?.by.name ?? 'an approver'}.`,
        };
      }
      if (review.approvals.some((decision) => decision.by.id === actor.id)) {
        return { review, changed: false, message: 'You already approved this variant.' };
      }
      const approvals = [...review.approvals, { by: actor, at: this.clock().toISOString() }];
      const status = approvals.length >= rule.quorum ? 'approved' : 'pending';
      const remaining = rule.quorum - approvals.length;
      return {
        review: { ...review, approvals, status },
        changed: true,
        message:
          status === 'approved'
            ? `Approved by ${approvals.map((decision) => decision.by.name).join(', ')}.`
            : `Approval recorded; ${remaining} more approval${remaining === 1 ? '' : 's'} needed.`,
      };
    });
    if (outcome.changed) {
      await this.audit.append({
        action: 'approval',
        actor: actor.id,
        campaignId,
        details: { variantId, status: outcome.review.status, approvals: outcome.review.approvals.length },
      });
    }
    return outcome;
  }

  async reject(
    campaignId: string,
    variantId: string,
    actor: Person,
    reason: string | undefined,
    comment: string | undefined,
  ): Promise<ReviewOutcome> {
    const reasonCode = parseReason(reason);
    const note = (comment ?? '').trim().slice(0, 500);
    if (reasonCode === 'other' && note === '')
      throw invalidInput('Please describe the reason when you pick "Other".');
    const snapshot = await this.authorize(campaignId, actor, 'reject');
    const outcome = await this.applyWithRetry(snapshot, variantId, (review) => {
      if (review.status === 'rejected') {
        return {
          review,
          changed: false,
          message: `Already rejected by ${review.rejection?.by.name ?? 'an approver'}.`,
        };
      }
      return {
        review: {
          ...review,
          status: 'rejected',
          rejection: { by: actor, at: this.clock().toISOString(), reason: reasonCode, comment: note },
        },
        changed: true,
        message: `Rejected by ${actor.name}.`,
      };
    });
    if (outcome.changed) {
      await this.audit.append({
        action: 'rejection',
        actor: actor.id,
        campaignId,
        details: { variantId, reason: reasonCode, comment: note },
      });
    }
    return outcome;
  }

  /**
   * The author (or another marketer) edits a variant's copy. The edited copy is screened again, and any
   * approval given to the old copy is withdrawn: approvals are for the exact words that go out.
   */
  async editVariant(
    campaignId: string,
    variantId: string,
    actor: Person,
    edit: { subject?: string; body: string },
    rescreen: (variant: Variant) => Promise<Variant>,
  ): Promise<ReviewOutcome> {
    if (!this.roles.has(actor.id, 'marketer')) throw forbidden('Only marketers can edit variants.');
    const body = edit.body.trim();
    if (body === '') throw invalidInput('The edited message must not be empty.');
    const snapshot = await this.snapshotOf(campaignId);
    const current = snapshot.reviews.find((entry) => entry.review.variant.id === variantId);
    if (!current) throw notFound(`I can't find variant "${variantId}" in campaign "${campaignId}".`);
    const subject = edit.subject?.trim();
    const edited: Variant = {
      ...current.review.variant,
      body,
      ...(subject !== undefined && subject !== '' && current.review.variant.subject !== undefined
        ? { subject }
        : {}),
    };
    const screened = await rescreen(edited);
    const outcome = await this.applyWithRetry(snapshot, variantId, (review) => {
      const { rejection: _dropped, ...rest } = review;
      return {
        review: { ...rest, variant: screened, status: 'pending', approvals: [], version: review.version + 1 },
        changed: true,
        message: review.approvals.length > 0 ? 'Edited: earlier approvals were withdrawn.' : 'Edited.',
      };
    });
    await this.audit.append({
      action: 'variant_created',
      actor: actor.id,
      campaignId,
      details: { variantId, edit: true, version: outcome.review.version, verdict: screened.safety?.verdict },
    });
    return outcome;
  }

  /** Records the chat message that shows a variant's card, so later decisions can update it for everyone. */
  async attachCard(campaignId: string, variantId: string, activityId: string): Promise<void> {
    await this.applyWithRetry(await this.snapshotOf(campaignId), variantId, (review) => ({
      review: { ...review, activityId },
      changed: true,
      message: '',
    }));
  }

  private ruleFor(campaign: Campaign): MarketRule {
    const region = campaign.segment.criteria.region;
    return marketRule(this.policy, typeof region === 'string' ? region : undefined);
  }

  private async snapshotOf(campaignId: string): Promise<CampaignSnapshot> {
    const snapshot = await this.campaigns.readCampaign(campaignId);
    if (!snapshot) throw notFound(`I can't find campaign "${campaignId}".`);
    return snapshot;
  }

  /** The campaign as read for the decision, once the actor is allowed to make it. */
  private async authorize(campaignId: string, actor: Person, verb: string): Promise<CampaignSnapshot> {
    if (!this.roles.has(actor.id, 'approver')) {
      throw forbidden(`Only approvers can ${verb} variants. Ask an admin to add you to the approvers list.`);
    }
    const snapshot = await this.snapshotOf(campaignId);
    const campaign = snapshot.campaign;
    if (campaign.author.id === actor.id) {
      throw forbidden(
        `You drafted this campaign, so you can't ${verb} its variants. Another approver has to.`,
      );
    }
    const rule = this.ruleFor(campaign);
    if (rule.approvers && !rule.approvers.has(actor.id)) {
      throw forbidden(`You are not an approver for the ${String(campaign.segment.criteria.region)} market.`);
    }
    return snapshot;
  }

  /**
   * Applies the decision to the review as read and writes it in one batch guarded by the campaign's ETags;
   * when anything in the campaign changed meanwhile, reads it again and re-applies the decision to the fresh
   * state, so concurrent decisions are each counted exactly once.
   */
  private async applyWithRetry(
    first: CampaignSnapshot,
    variantId: string,
    decide: (review: VariantReview) => Decision,
  ): Promise<ReviewOutcome> {
    let snapshot = first;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      if (attempt > 1) snapshot = await this.snapshotOf(first.campaign.id);
      const { campaign } = snapshot;
      const current = snapshot.reviews.find((entry) => entry.review.variant.id === variantId);
      if (!current) throw notFound(`I can't find variant "${variantId}" in campaign "${campaign.id}".`);
      const decision = decide(current.review);
      const all = (reviews: Array<{ review: VariantReview }>) => reviews.map((entry) => entry.review);
      if (!decision.changed) return { campaign, ...decision, reviews: all(snapshot.reviews) };
      try {
        const reviews = await this.campaigns.saveReview(snapshot, decision.review);
        return { campaign, ...decision, reviews: all(reviews) };
      } catch (error) {
        if (!(isAppError(error) && error.code === 'CONFLICT')) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
      }
    }
    throw unavailable('Too many people are updating this variant at once; please try again.');
  }
}

function parseReason(reason: string | undefined): RejectionReason {
  const match = REJECTION_REASONS.find((code) => code === reason);
  if (!match) {
    throw new AppError('INVALID_INPUT', 'Please pick a reason for the rejection.', {
      details: { allowed: REJECTION_REASONS },
    });
  }
  return match;
}
