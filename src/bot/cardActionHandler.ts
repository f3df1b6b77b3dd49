import type { TurnContext } from 'botbuilder';
import { ActivityTypes, CardFactory, type InvokeResponse } from 'botbuilder';
import { buildVariantCard } from '../../cards/variantCard';
import { CARD_VERBS, type AdaptiveCard } from '../../cards/adaptiveCard';
import type { ApprovalService } from '../campaigns/approvalService';
import type { CampaignRepository } from '../campaigns/campaignRepository';
import type { Campaign, VariantReview } from '../domain/campaign';
import { invalidInput, isAppError, type ErrorCode } from '../shared/errors';
import type { Variant } from '../domain/variant';
import type { Logger } from '../shared/logger';
import { botMetrics } from '../telemetry/metrics';
import { cardActionPayload } from './cardActionPayload';
import {
  handleLifecycleAction,
  isLifecycleVerb,
  type LifecycleActionDependencies,
} from './lifecycleCardActions';
import type { PeopleDirectory } from '../governance/peopleDirectory';
import { personOf } from './person';

export interface CardActionDependencies {
  approvals: ApprovalService;
  /** Screens edited copy again (harms, policy, groundedness against its cited sources). */
  rescreen: (variant: Variant) => Promise<Variant>;
  campaigns: CampaignRepository;
  refreshUserIds: () => string[];
  /** Replaces a posted message in another conversation (the one where the campaign was drafted). */
  updateInConversation: (conversationId: string, activityId: string, card: AdaptiveCard) => Promise<void>;
  logger: Logger;
  /** Records the display names of the people who click (reports and lists show names, not ids). */
  people?: Pick<PeopleDirectory, 'remember'>;
  /** The campaign list's and review queue's buttons (absent: those buttons answer "not available"). */
  lifecycle?: LifecycleActionDependencies;
}

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  UNAVAILABLE: 503,
  CONFIG: 500,
  INTERNAL: 500,
};

/** Universal Actions error response: Teams shows `message` to the user who clicked. */
function errorResponse(status: number, message: string): InvokeResponse {
  return {
    status: 200,
    body: {
      statusCode: status,
      type: 'application/vnd.microsoft.error',
      value: { code: String(status), message },
    },
  };
}

function cardResponse(card: AdaptiveCard): InvokeResponse {
  return {
    status: 200,
    body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card },
  };
}

async function renderCard(
  campaigns: CampaignRepository,
  campaign: Campaign,
  review: VariantReview,
  refreshUserIds: string[],
  /** The campaign's reviews when the caller just read them (a decision's outcome): no second read. */
  known?: VariantReview[],
): Promise<AdaptiveCard> {
  const all = known ?? (await campaigns.listReviews(campaign.id)).map((entry) => entry.review);
  const index = all.findIndex((entry) => entry.variant.id === review.variant.id);
  return buildVariantCard({
    campaign,
    review,
    position: index + 1,
    total: all.length,
    refreshUserIds,
  });
}

/**
 * Handles `adaptiveCard/action` invokes (Approve / Reject / Refresh). Never throws: malformed or tampered
 * payloads get a 4xx invoke response; decisions return the refreshed card and update the posted message
 * so everyone in the conversation sees who decided and when.
 */
export async function handleCardAction(
  context: TurnContext,
  deps: CardActionDependencies,
): Promise<InvokeResponse> {
  if (deps.people) {
    await deps.people
      .remember(personOf(context.activity))
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'could not record a display name'));
  }
  if (isLifecycleVerb(context.activity.value)) return lifecycleAction(context, deps);
  const parsed = cardActionPayload.safeParse(context.activity.value);
  if (!parsed.success) {
    deps.logger.warn({ issues: parsed.error.issues.length }, 'rejected malformed card action');
    return { status: 400, body: { error: 'This card action is not valid.' } };
  }
  const { verb, data } = parsed.data.action;
  const actor = personOf(context.activity);
  const decide = () => {
    if (verb === CARD_VERBS.approve) return deps.approvals.approve(data.campaignId, data.variantId, actor);
    if (verb === CARD_VERBS.reject) {
      return deps.approvals.reject(data.campaignId, data.variantId, actor, data.reason, data.comment);
    }
    if (data.body === undefined) throw invalidInput('The edited message must not be empty.');
    return deps.approvals.editVariant(
      data.campaignId,
      data.variantId,
      actor,
      { body: data.body, ...(data.subject === undefined ? {} : { subject: data.subject }) },
      deps.rescreen,
    );
  };
  try {
    if (verb === CARD_VERBS.refresh) {
      const campaign = await deps.campaigns.getCampaign(data.campaignId);
      const found = await deps.campaigns.findReview(data.campaignId, data.variantId);
      if (!found) return errorResponse(404, 'This variant no longer exists.');
      return cardResponse(await renderCard(deps.campaigns, campaign, found.review, deps.refreshUserIds()));
    }
    const outcome = await decide();
    if (outcome.changed) {
      botMetrics.decision(
        verb === CARD_VERBS.approve ? 'approve' : verb === CARD_VERBS.reject ? 'reject' : 'edit',
      );
    }
    const updated = await renderCard(
      deps.campaigns,
      outcome.campaign,
      outcome.review,
      deps.refreshUserIds(),
      outcome.reviews,
    );
    // Replace the clicked card here, and the original card where the campaign was drafted (the approver may
    // have clicked a copy in their review queue, in another chat — or another client with the same chat id).
    const clicked = context.activity.replyToId;
    await updateForEveryone(context, clicked, updated, deps.logger);
    const original = outcome.review.activityId;
    const originalIsClicked =
      original === clicked && context.activity.conversation?.id === outcome.campaign.conversationId;
    if (original && !originalIsClicked && context.activity.deliveryMode !== 'expectReplies') {
      await deps
        .updateInConversation(outcome.campaign.conversationId, original, updated)
        .catch((error: unknown) =>
          deps.logger.warn({ err: error }, 'could not update the drafting conversation'),
        );
    }
    return cardResponse(updated);
  } catch (error) {
    if (isAppError(error)) return errorResponse(STATUS_BY_CODE[error.code], error.userMessage);
    deps.logger.error({ err: error }, 'card action failed');
    return errorResponse(500, 'Something went wrong while recording your decision. Please try again.');
  }
}

async function lifecycleAction(context: TurnContext, deps: CardActionDependencies): Promise<InvokeResponse> {
  if (!deps.lifecycle) return errorResponse(501, 'This button is not available in this deployment yet.');
  try {
    const response = await handleLifecycleAction(context, context.activity.value, deps.lifecycle);
    if (response) return response;
    deps.logger.warn('rejected malformed lifecycle card action');
    return { status: 400, body: { error: 'This card action is not valid.' } };
  } catch (error) {
    if (isAppError(error)) return errorResponse(STATUS_BY_CODE[error.code], error.userMessage);
    deps.logger.error({ err: error }, 'lifecycle card action failed');
    return errorResponse(500, 'Something went wrong. Please try again.');
  }
}

/** Replaces the posted card for all members (best effort: the invoke response already updated the clicker). */
async function updateForEveryone(
  context: TurnContext,
  activityId: string | undefined,
  card: AdaptiveCard,
  logger: Logger,
): Promise<void> {
  if (!activityId || context.activity.deliveryMode === 'expectReplies') return;
  try {
    await context.updateActivity({
      id: activityId,
      type: ActivityTypes.Message,
      attachments: [CardFactory.adaptiveCard(card)],
    });
  } catch (error) {
    logger.warn({ err: error }, 'could not update the card for everyone');
  }
}
