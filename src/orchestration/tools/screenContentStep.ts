import type { Campaign, VariantReview } from '../../domain/campaign';
import { translatorFor } from '../../text/messages/messages';
import { defineTool } from '../../tools/defineTool';
import { addSpend } from '../../domain/modelCost';
import { safetySpendOf } from '../../agents/safety/safetySpend';
import { screenAndRecord } from '../draftChain';
import type { DraftInProgress, TurnScope } from '../turnScope';
import { turnStep } from './turnStep';

/**
 * `screen_content`: a pasted text, or the variants drafted earlier in this turn. Drafted variants are
 * stored only after this screen, so nothing unscreened ever reaches an approver.
 */
export const screenContentStep = defineTool('screen_content', async (input, scope: TurnScope) => {
  const draft = scope.state.draft;
  if (input.text !== undefined) {
    const text = input.text;
    const result = await turnStep(scope, 'screen_content', { length: text.length }, () =>
      scope.services.agents.screenText(text),
    );
    scope.emit({ kind: 'screened', text, result });
    return;
  }
  if (draft === undefined) {
    scope.emit({
      kind: 'help',
      reason: 'unclear',
      note: translatorFor(scope.language)('clarify.pasteToScreen'),
    });
    return;
  }
  const recorder = {
    actor: scope.actor.id,
    campaignId: draft.campaignId,
    audit: scope.services.audit,
    onProgress: scope.onProgress,
  };
  const screened = await screenAndRecord(scope.services.agents, recorder, draft.variants, draft.documents);
  scope.state.campaignId = draft.campaignId;
  if (draft.revision !== undefined) await storeRevision(scope, draft, screened[0]);
  else await storeCampaign(scope, draft, screened);
});

async function storeCampaign(
  scope: TurnScope,
  draft: DraftInProgress,
  screened: DraftInProgress['variants'],
) {
  const campaign: Campaign = {
    id: draft.campaignId,
    author: scope.actor,
    goal: draft.brief.goal,
    topic: draft.brief.topic,
    channel: draft.brief.channel,
    createdAt: scope.services.clock().toISOString(),
    segment: draft.segment,
    conversationId: scope.conversationId,
    status: 'draft',
    brief: draft.brief,
    spend: addSpend(draft.spend, safetySpendOf(screened)),
    notApplied: draft.notApplied,
    ...(draft.derivedFrom === undefined ? {} : { derivedFrom: draft.derivedFrom }),
  };
  const reviews: VariantReview[] = screened.map((variant) => ({
    variant,
    status: 'pending',
    approvals: [],
    version: 1,
  }));
  await scope.services.campaigns.create(campaign, reviews);
  scope.emit({ kind: 'draft', campaign, reviews });
}

/** A revised variant replaces the old copy as a new version: approvals and rejections start over. */
async function storeRevision(
  scope: TurnScope,
  draft: DraftInProgress,
  variant: DraftInProgress['variants'][number] | undefined,
) {
  const revision = draft.revision;
  if (revision === undefined || variant === undefined) return;
  const review: VariantReview = {
    variant,
    status: 'pending',
    approvals: [],
    version: revision.review.version + 1,
    ...(revision.review.activityId === undefined ? {} : { activityId: revision.review.activityId }),
  };
  const campaign: Campaign = { ...revision.campaign, spend: addSpend(draft.spend, safetySpendOf([variant])) };
  // The variant and the campaign's spend in one batch (one partition), guarded by the review's ETag.
  await scope.services.campaigns.saveRevision(campaign, review, revision.etag);
  await scope.services.audit.append({
    action: 'variant_revised',
    actor: scope.actor.id,
    campaignId: draft.campaignId,
    details: { variantId: variant.id, version: review.version, verdict: variant.safety?.verdict },
  });
  scope.emit({
    kind: 'revision',
    campaign,
    review,
    position: revision.position,
    total: revision.total,
    notes: draft.notApplied,
  });
}
