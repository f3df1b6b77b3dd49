import type { Campaign, VariantReview } from '../../domain/campaign';
import { CAMPAIGN_STATE_LABELS, campaignStateOf } from '../../campaigns/campaignState';
import { closestMatches } from '../../shared/closestMatches';
import { conflict, invalidInput } from '../../shared/errors';
import type { ExperimentDefinition } from '../definition/experimentDefinition';
import type { ExperimentServices } from '../definition/experimentServices';
import { variantLabel } from '../definition/launchPlan';

/** Who may still approve a campaign's variants, by name (for "awaits Megan Bowen or Alex Wilber"). */
export type ReviewersOf = (campaign: Campaign) => Promise<string[]>;

/** "Variant 1 awaits approval from Megan Bowen (0 of 1 approvals)", "Variant 2 is approved", … */
function variantStates(reviews: readonly VariantReview[], reviewers: readonly string[]): string[] {
  const awaiting = reviewers.length === 0 ? 'an approver' : reviewers.join(' or ');
  return [...reviews]
    .sort((a, b) => a.variant.id.localeCompare(b.variant.id, 'en', { numeric: true }))
    .map((review) => {
      const label = variantLabel(review.variant.id);
      if (review.variant.safety?.verdict === 'block') return `${label} was blocked by the safety screen`;
      if (review.status === 'approved') return `${label} is approved`;
      if (review.status === 'rejected')
        return `${label} was rejected by ${review.rejection?.by.name ?? 'an approver'} (revise it and resubmit)`;
      const given = review.approvals.length;
      return `${label} awaits approval from ${awaiting}${given > 0 ? ` (${given} approval${given === 1 ? '' : 's'} so far)` : ''}`;
    });
}

/**
 * The launched experiment of exactly this campaign id (the CLI never guesses): NOT launched yet → CONFLICT
 * that says the campaign's state and which variants await whom; unknown id → INVALID_INPUT listing the
 * closest ids (exit code 2).
 */
export async function requireLaunchedCampaign(
  services: ExperimentServices,
  campaignId: string,
  reviewersOf: ReviewersOf = async () => [],
): Promise<ExperimentDefinition> {
  const definition = await services.definitions.find(campaignId);
  if (definition) return definition;
  const campaign = await services.campaigns.findCampaign(campaignId);
  if (campaign) {
    const reviews = (await services.campaigns.listReviews(campaign.id)).map((row) => row.review);
    const state = CAMPAIGN_STATE_LABELS[campaignStateOf(campaign, reviews)].toLowerCase();
    const details = variantStates(reviews, await reviewersOf(campaign));
    throw conflict(
      `Campaign "${campaign.id}" is not launched yet (${state})${details.length > 0 ? `: ${details.join('; ')}` : ''}. It is launched once every variant that passed the safety screen is approved; there are no results before that.`,
    );
  }
  throw unknownCampaign(campaignId, [
    ...(await services.campaigns.campaignIds()),
    ...(await services.definitions.list()).map((candidate) => candidate.campaignId),
  ]);
}

/** The campaign must exist (launched or not); unknown ids get the closest ids. */
export async function requireCampaign(services: ExperimentServices, campaignId: string): Promise<Campaign> {
  const campaign = await services.campaigns.findCampaign(campaignId);
  if (campaign) return campaign;
  throw unknownCampaign(campaignId, [
    ...(await services.campaigns.campaignIds()),
    ...(await services.definitions.list()).map((candidate) => candidate.campaignId),
  ]);
}

function unknownCampaign(campaignId: string, ids: readonly string[]) {
  const closest = closestMatches(campaignId, ids);
  return invalidInput(
    closest.length > 0
      ? `There is no campaign "${campaignId}". Closest ids: ${closest.join(', ')}.`
      : `There is no campaign "${campaignId}".${ids.length === 0 ? ' No campaign has been created yet.' : ''}`,
    { closest },
  );
}
