import type { Campaign, VariantReview } from '../../campaigns/campaign';
import { defineTool } from '../../tools/defineTool';
import type { CampaignListEntry } from '../turnOutcome';
import type { TurnScope } from '../turnScope';

/** The most campaigns one listing shows (newest first). */
const LIST_LIMIT = 20;

async function withReviews(scope: TurnScope, campaign: Campaign): Promise<VariantReview[]> {
  return (await scope.services.campaigns.listReviews(campaign.id)).map((entry) => entry.review);
}

/** `review_queue`: the variants waiting for this approver (never their own campaigns), grouped by campaign. */
export const reviewQueueStep = defineTool('review_queue', async (_input, scope: TurnScope) => {
  if (!scope.services.roles.has(scope.actor.id, 'approver')) {
    scope.emit({
      kind: 'refused',
      message: 'Only approvers have a review queue. Ask an admin to add you to the approvers list.',
    });
    return;
  }
  const campaigns = (await scope.services.campaigns.listCampaigns()).filter(
    (campaign) => campaign.author.id !== scope.actor.id && campaign.status === 'draft',
  );
  const entries: Array<{ campaign: Campaign; pending: VariantReview[] }> = [];
  for (const campaign of campaigns) {
    const pending = (await withReviews(scope, campaign)).filter(
      (review) => review.status === 'pending' && review.variant.safety?.verdict !== 'block',
    );
    if (pending.length > 0) entries.push({ campaign, pending });
  }
  entries.sort((a, b) => a.campaign.createdAt.localeCompare(b.campaign.createdAt));
  scope.emit({ kind: 'review_queue', entries });
});

/** `list_campaigns`: campaigns with their state, newest first. */
export const listCampaignsStep = defineTool('list_campaigns', async (input, scope: TurnScope) => {
  const filter = input.filter ?? 'all';
  const me = scope.actor.id;
  const all = await scope.services.campaigns.listCampaigns();
  const entries: CampaignListEntry[] = [];
  for (const campaign of [...all].sort((a, b) => b.createdAt.localeCompare(a.createdAt))) {
    if (filter === 'mine' && campaign.author.id !== me) continue;
    if (filter === 'running' && campaign.status !== 'launched') continue;
    const reviews = await withReviews(scope, campaign);
    const pending = reviews.filter((review) => review.status === 'pending').length;
    const approved = reviews.filter((review) => review.status === 'approved').length;
    if (filter === 'waiting') {
      const mine = campaign.author.id === me;
      const waitsForMe = mine
        ? campaign.status === 'draft' && approved > 0 && pending === 0
        : campaign.status === 'draft' && pending > 0 && scope.services.roles.has(me, 'approver');
      if (!waitsForMe) continue;
    }
    entries.push({ campaign, variants: reviews.length, pending, approved });
    if (entries.length >= LIST_LIMIT) break;
  }
  scope.emit({ kind: 'campaign_list', filter, entries });
});

/** `help`: what the assistant can do (greetings, unclear or out-of-scope requests). */
export const helpStep = defineTool('help', async (input, scope: TurnScope) => {
  scope.emit({ kind: 'help', reason: input.reason ?? 'explicit' });
  return Promise.resolve();
});
