import type { CampaignBrief } from '../../domain/campaign';
import type { Channel } from '../../domain/customer';
import { addSpend, NO_SPEND } from '../../domain/modelCost';
import { AppError } from '../../shared/errors';
import { translatorFor, type ReplyLanguage } from '../../text/messages/messages';
import { defineTool } from '../../tools/defineTool';
import { generateAndRecord } from '../draftChain';
import { briefOf } from '../planShaping';
import { coversTopic } from '../topicCoverage';
import type { TurnScope } from '../turnScope';

const DEFAULT_VARIANTS = 3;

/** An error told in the turn's language. */
const refusal = (code: 'CONFLICT' | 'NOT_FOUND', message: string, language: ReplyLanguage): AppError =>
  new AppError(code, message, { language });

/**
 * `generate_variants`: drafts the variants of a new campaign from the audience and content found by the
 * earlier steps, or revises one variant of an existing campaign (`basedOn` + `reviseVariant`). Nothing is
 * stored until the screening step has judged the copy.
 */
export const generateVariantsStep = defineTool('generate_variants', async (input, scope: TurnScope) => {
  if (input.basedOn !== undefined && input.reviseVariant !== undefined) {
    await reviseOne(scope, input.basedOn, input.reviseVariant, input.instruction ?? 'improve it');
    return;
  }
  const { state, services } = scope;
  const t = translatorFor(scope.language);
  const audience = state.audience;
  const segment = audience?.segments[0];
  if (audience === undefined || segment === undefined || segment.size === 0) {
    throw refusal('CONFLICT', t('errors.noAudience'), scope.language);
  }
  const retrieved = state.retrieved;
  const query = retrieved?.query ?? input.topic ?? input.goal ?? 'brand voice';
  if (retrieved === undefined || retrieved.documents.length === 0) {
    throw refusal('CONFLICT', t('errors.noContent', { query }), scope.language);
  }
  const goal = input.goal ?? 'promotion';
  const topic = input.topic ?? query;
  const channel: Channel = input.channel ?? (retrieved.channel as Channel | undefined) ?? 'email';
  const brief: CampaignBrief = {
    audience: audience.args,
    query,
    goal,
    topic,
    channel,
    variants: input.variants ?? DEFAULT_VARIANTS,
    ...(input.tone === undefined ? {} : { tone: input.tone }),
    ...(input.language === undefined ? {} : { language: input.language }),
  };
  const campaignId = state.chainCampaignId ?? services.campaignIdFor(goal, channel);
  state.chainCampaignId = campaignId;
  const notApplied = [...audience.notApplied];
  const main = retrieved.documents[0];
  if (main !== undefined && !coversTopic(topic, retrieved.documents)) {
    notApplied.push(t('notApplied.topic', { topic, used: main.title }));
  }
  const args = { ...input, goal, topic, channel, variants: brief.variants };
  delete args.basedOn;
  const generation = await generateAndRecord(
    services.agents,
    { actor: scope.actor.id, campaignId, audit: services.audit, onProgress: scope.onProgress },
    args,
    {
      campaignId,
      segment,
      documents: retrieved.documents,
      budgetUsd: services.budgetPerCampaignUsd - state.planSpend.costUsd,
      replyLanguage: scope.language,
    },
  );
  state.draft = {
    campaignId,
    brief,
    segment,
    documents: retrieved.documents,
    variants: generation.variants,
    spend: addSpend(state.planSpend, {
      calls: generation.calls,
      promptTokens: generation.usage.promptTokens,
      completionTokens: generation.usage.completionTokens,
      costUsd: generation.costUsd,
    }),
    notApplied: [...notApplied, ...generation.warnings],
    ...(input.basedOn === undefined ? {} : { derivedFrom: input.basedOn }),
  };
});

/** "Make the second one shorter": one variant rewritten, to be screened again and approved again. */
async function reviseOne(
  scope: TurnScope,
  campaignId: string,
  position: number,
  instruction: string,
): Promise<void> {
  const { services, state, language } = scope;
  const t = translatorFor(language);
  const campaign = await services.campaigns.findCampaign(campaignId);
  if (campaign === undefined)
    throw refusal('NOT_FOUND', t('errors.campaignMissing', { campaign: campaignId }), language);
  if (campaign.status === 'launched') {
    throw refusal('CONFLICT', t('errors.campaignRunning', { campaign: campaignId }), language);
  }
  const reviews = await services.campaigns.listReviews(campaignId);
  const entry = reviews[position - 1];
  if (entry === undefined) {
    throw refusal(
      'CONFLICT',
      t('errors.noSuchVariant', { campaign: campaignId, count: reviews.length, position }),
      language,
    );
  }
  const documents = await services.agents.sources(
    entry.review.variant.citations.map((citation) => citation.id),
  );
  if (documents.length === 0) {
    throw refusal('CONFLICT', t('errors.sourcesGone', { position }), language);
  }
  const variant = entry.review.variant;
  const spentBefore = campaign.spend ?? NO_SPEND;
  const generation = await generateAndRecord(
    services.agents,
    { actor: scope.actor.id, campaignId, audit: services.audit, onProgress: scope.onProgress },
    { variants: 1, channel: campaign.channel, goal: campaign.goal, topic: campaign.topic, instruction },
    {
      campaignId,
      segment: campaign.segment,
      documents,
      revise: {
        ...(variant.subject === undefined ? {} : { subject: variant.subject }),
        body: variant.body,
        instruction,
      },
      budgetUsd: services.budgetPerCampaignUsd - spentBefore.costUsd - state.planSpend.costUsd,
      variantId: () => variant.id,
      replyLanguage: language,
    },
  );
  const revised = generation.variants[0];
  if (revised === undefined) throw new AppError('CONFLICT', 'The generator returned no revision.');
  state.draft = {
    campaignId,
    brief: briefOf(campaign),
    segment: campaign.segment,
    documents,
    variants: [{ ...revised, id: variant.id }],
    spend: addSpend(addSpend(spentBefore, state.planSpend), {
      calls: generation.calls,
      promptTokens: generation.usage.promptTokens,
      completionTokens: generation.usage.completionTokens,
      costUsd: generation.costUsd,
    }),
    notApplied: generation.warnings,
    revision: { campaign, review: entry.review, etag: entry.etag, position, total: reviews.length },
  };
}
