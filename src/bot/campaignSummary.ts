import type { Campaign, VariantReview } from '../domain/campaign';

const oneLine = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
};

/**
 * The current campaign as the planner model sees it: the brief and one line per variant, so follow-ups
 * ("make the second one shorter", "now for SMS") can be planned. Segment aggregates only: no customer data.
 */
export function campaignSummaryForPlanner(campaign: Campaign, reviews: readonly VariantReview[]): string {
  const brief = campaign.brief;
  return [
    `id: ${campaign.id}; status: ${campaign.status}; channel: ${campaign.channel}; goal: ${campaign.goal}; topic: ${oneLine(campaign.topic, 60)}`,
    `audience: ${campaign.segment.name} (${campaign.segment.size} customers)${brief === undefined ? '' : `; audience arguments: ${JSON.stringify(brief.audience)}`}`,
    ...reviews.map(
      (review, index) =>
        `variant ${index + 1} (${review.variant.id}, ${review.status}, safety ${review.variant.safety?.verdict ?? 'unknown'}): ${
          review.variant.subject === undefined ? '' : `${oneLine(review.variant.subject, 60)} — `
        }${oneLine(review.variant.body, 100)}`,
    ),
  ].join('\n');
}
