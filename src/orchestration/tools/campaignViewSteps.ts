import { listCampaigns, reviewQueue } from '../../campaigns/campaignViews';
import { defineTool } from '../../tools/defineTool';
import type { TurnScope } from '../turnScope';

/** `review_queue`: what waits for this approver (never their own campaigns), one compact group per campaign. */
export const reviewQueueStep = defineTool('review_queue', async (_input, scope: TurnScope) => {
  const view = await reviewQueue(scope.services.views, { approver: scope.actor, language: scope.language });
  scope.emit({ kind: 'review_queue', view });
});

/** `list_campaigns`: campaigns with their state, author, age and next actions; read from the indexes. */
export const listCampaignsStep = defineTool('list_campaigns', async (input, scope: TurnScope) => {
  const view = await listCampaigns(scope.services.views, {
    user: scope.actor,
    language: scope.language,
    ...(input.filter === undefined ? {} : { filter: input.filter }),
  });
  scope.emit({ kind: 'campaign_list', view });
});

/** `help`: what the assistant can do (greetings, unclear or out-of-scope requests). */
export const helpStep = defineTool('help', async (input, scope: TurnScope) => {
  scope.emit({ kind: 'help', reason: input.reason ?? 'explicit' });
  return Promise.resolve();
});
