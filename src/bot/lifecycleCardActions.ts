import type { InvokeResponse, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { CARD_VERBS, type AdaptiveCard } from '../../cards/adaptiveCard';
import { buildCampaignListCard } from '../../cards/campaignListCard';
import { buildPowerCard } from '../../cards/powerCard';
import { buildResultsCard } from '../../cards/resultsCard';
import { buildReviewQueueCard } from '../../cards/reviewQueueCard';
import type { ExperimentServices } from '../experiments/definition/experimentServices';
import { launchExperiment } from '../experiments/definition/launchExperiment';
import { requireLaunchedCampaign } from '../experiments/reporting/exactCampaign';
import { summarizeDefinition } from '../experiments/reporting/summarizeResults';
import { listCampaigns, reviewQueue, type CampaignViewDependencies } from '../campaigns/campaignViews';
import { forbidden } from '../shared/errors';
import { personOf } from './person';
import { cardActivity, variantCardActivities } from './replyRenderer';
import { replyLanguageOf } from '../text/messages/messages';

/** What the campaign list and review queue buttons need (issue 12). */
export interface LifecycleActionDependencies {
  views: CampaignViewDependencies;
  experiments: ExperimentServices;
  refreshUserIds: () => string[];
}

export const LIFECYCLE_VERBS = [
  CARD_VERBS.openVariants,
  CARD_VERBS.launch,
  CARD_VERBS.results,
  CARD_VERBS.listPage,
  CARD_VERBS.queuePage,
] as const;

const campaignId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-_]*$/);

/** The `value` of an `adaptiveCard/action` invoke for the lifecycle verbs. */
export const lifecycleActionPayload = z.object({
  action: z.discriminatedUnion('verb', [
    z.object({
      type: z.literal('Action.Execute'),
      verb: z.literal(CARD_VERBS.openVariants),
      data: z.object({ campaignId }).passthrough(),
    }),
    z.object({
      type: z.literal('Action.Execute'),
      verb: z.literal(CARD_VERBS.launch),
      data: z.object({ campaignId }).passthrough(),
    }),
    z.object({
      type: z.literal('Action.Execute'),
      verb: z.literal(CARD_VERBS.results),
      data: z.object({ campaignId }).passthrough(),
    }),
    z.object({
      type: z.literal('Action.Execute'),
      verb: z.literal(CARD_VERBS.listPage),
      data: z
        .object({
          filter: z.enum(['mine', 'running', 'waiting', 'all']),
          page: z.number().int().min(1).max(10_000),
        })
        .passthrough(),
    }),
    z.object({
      type: z.literal('Action.Execute'),
      verb: z.literal(CARD_VERBS.queuePage),
      data: z.object({ page: z.number().int().min(1).max(10_000) }).passthrough(),
    }),
  ]),
});

export function isLifecycleVerb(value: unknown): boolean {
  const verb = (value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
  return typeof verb === 'string' && (LIFECYCLE_VERBS as readonly string[]).includes(verb);
}

/** The clicked card is replaced by this one (paging). */
function cardResponse(card: AdaptiveCard): InvokeResponse {
  return {
    status: 200,
    body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card },
  };
}

/** The clicked card stays as it is and the client shows this message (the new cards are posted below). */
function messageResponse(message: string): InvokeResponse {
  return {
    status: 200,
    body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message },
  };
}

/**
 * The campaign list's and review queue's buttons: page the card in place; post one campaign's variant cards
 * (only that campaign's, never a burst across campaigns); launch an approved campaign (marketers); post the
 * results card of a launched one. Errors are thrown as AppErrors for the caller's error response.
 */
export async function handleLifecycleAction(
  context: TurnContext,
  value: unknown,
  deps: LifecycleActionDependencies,
): Promise<InvokeResponse | undefined> {
  const parsed = lifecycleActionPayload.safeParse(value);
  if (!parsed.success) return undefined;
  const { action } = parsed.data;
  const user = personOf(context.activity);
  switch (action.verb) {
    case CARD_VERBS.listPage: {
      const language = replyLanguageOf(action.data.language);
      const { filter, page } = action.data;
      return cardResponse(
        buildCampaignListCard(await listCampaigns(deps.views, { user, filter, page, language }), language),
      );
    }
    case CARD_VERBS.queuePage: {
      const language = replyLanguageOf(action.data.language);
      return cardResponse(
        buildReviewQueueCard(
          await reviewQueue(deps.views, { approver: user, page: action.data.page, language }),
          language,
        ),
      );
    }
    case CARD_VERBS.openVariants: {
      const campaign = await deps.views.campaigns.getCampaign(action.data.campaignId);
      const reviews = (await deps.views.campaigns.listReviews(campaign.id)).map((row) => row.review);
      await context.sendActivities(variantCardActivities(campaign, reviews, deps.refreshUserIds()));
      return messageResponse(
        `Here ${reviews.length === 1 ? 'is the variant' : `are the ${reviews.length} variants`} of ${campaign.id}.`,
      );
    }
    case CARD_VERBS.launch: {
      if (!deps.views.roles.has(user.id, 'marketer'))
        throw forbidden('Only marketers can launch experiments.');
      const outcome = await launchExperiment(
        { campaignId: action.data.campaignId, holdout: false, actor: user },
        deps.experiments,
      );
      const { experimentKey, launchedAt } = outcome.definition;
      await context.sendActivity(
        cardActivity(buildPowerCard(outcome.power, { launched: { experimentKey, launchedAt } })),
      );
      return messageResponse(`Launched ${experimentKey}.`);
    }
    case CARD_VERBS.results: {
      const definition = await requireLaunchedCampaign(deps.experiments, action.data.campaignId);
      const { results } = await summarizeDefinition(definition, deps.experiments);
      await context.sendActivity(cardActivity(buildResultsCard(results, { chart: 'teams' })));
      return messageResponse(`Results of ${definition.campaignId} posted below.`);
    }
  }
}
