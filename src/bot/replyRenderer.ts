import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import { buildHelpCard } from '../../cards/helpCard';
import { buildSegmentCard } from '../../cards/segmentCard';
import { buildContentCard } from '../../cards/contentCard';
import { buildSafetyCard } from '../../cards/safetyCard';
import { buildVariantCard } from '../../cards/variantCard';
import { buildPowerCard } from '../../cards/powerCard';
import { buildResultsCard } from '../../cards/resultsCard';
import type { AdaptiveCard } from '../../cards/adaptiveCard';
import type { Campaign, VariantReview } from '../domain/campaign';
import type { TurnOutcome } from '../orchestration/turnOutcome';
import { buildClarifyCard } from '../../cards/clarifyCard';
import { buildCampaignListCard } from '../../cards/campaignListCard';
import { buildReviewQueueCard } from '../../cards/reviewQueueCard';
import { spendSentence } from '../domain/modelCost';

/** What the help card says each tool does (from the tool registry). */
export type Capabilities = ReadonlyArray<{ label: string; description: string }>;

export function cardActivity(card: AdaptiveCard, text?: string): Partial<Activity> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  if (text !== undefined) activity.text = text;
  return activity;
}

/** One message per variant card (the Playground does not render carousels). */
export function variantCardActivities(
  campaign: Campaign,
  reviews: VariantReview[],
  refreshUserIds: string[],
): Array<Partial<Activity>> {
  return reviews.map((review, index) =>
    cardActivity(
      buildVariantCard({ campaign, review, position: index + 1, total: reviews.length, refreshUserIds }),
    ),
  );
}

function draftSummary(campaign: Campaign, reviews: VariantReview[]): string {
  const verdicts = reviews.map((review) => review.variant.safety?.verdict ?? 'review');
  const passed = verdicts.filter((verdict) => verdict === 'pass').length;
  const held = reviews.length - passed;
  const notApplied = campaign.notApplied ?? [];
  return [
    [
      `Drafted ${reviews.length} ${campaign.channel} variant${reviews.length === 1 ? '' : 's'} for campaign **${campaign.id}**`,
      `— audience: ${campaign.segment.name} (${campaign.segment.size.toLocaleString('en-US')} customers).`,
      `${passed} passed the safety screen${held > 0 ? `, ${held} need review or were blocked` : ''}.`,
      'An approver other than you must approve each variant.',
      spendSentence(campaign.spend, campaign.segment.size),
    ].join(' '),
    ...(notApplied.length === 0
      ? []
      : ['', '**Not applied as asked:**', ...notApplied.map((note) => `- ${note}`)]),
  ].join('\n');
}

/** Renders an outcome as chat messages. Variant cards are rendered separately so their ids can be recorded. */
export function renderOutcome(
  outcome: Exclude<TurnOutcome, { kind: 'draft' | 'revision' }>,
  capabilities: Capabilities = [],
): Array<Partial<Activity>> {
  switch (outcome.kind) {
    case 'help':
      return [
        cardActivity(
          buildHelpCard({
            reason: outcome.reason,
            capabilities,
            ...(outcome.note === undefined ? {} : { note: outcome.note }),
          }),
        ),
      ];
    case 'clarify':
      return outcome.choices.length === 0
        ? [MessageFactory.text(outcome.question)]
        : [cardActivity(buildClarifyCard({ question: outcome.question, choices: outcome.choices }))];
    case 'step_failed':
      return [MessageFactory.text(outcome.message)];
    case 'review_queue':
      return [cardActivity(buildReviewQueueCard(outcome.view))];
    case 'campaign_list':
      return [cardActivity(buildCampaignListCard(outcome.view))];
    case 'refused':
      return [MessageFactory.text(outcome.message)];
    case 'segments':
      return [
        cardActivity(buildSegmentCard('Customer segments', outcome.segments)),
        ...(outcome.notApplied.length === 0
          ? []
          : [
              MessageFactory.text(
                ['Not applied as asked:', ...outcome.notApplied.map((note) => `- ${note}`)].join('\n'),
              ),
            ]),
      ];
    case 'content':
      return [cardActivity(buildContentCard(outcome.query, outcome.citations))];
    case 'screened':
      return [cardActivity(buildSafetyCard(outcome.text, outcome.result))];
    case 'experiment_power':
      return [
        cardActivity(
          buildPowerCard(outcome.power, outcome.launched === undefined ? {} : { launched: outcome.launched }),
        ),
      ];
    case 'experiment_results':
      return [
        ...(outcome.simulated
          ? [
              MessageFactory.text(
                outcome.simulated.compressed === true
                  ? `Simulated ${outcome.simulated.days} days' worth of engagement with a true lift of ${Math.round(outcome.simulated.lift * 100)}%, squeezed into the time since launch so no event is dated in the future.`
                  : `Simulated ${outcome.simulated.days} days of engagement with a true lift of ${Math.round(outcome.simulated.lift * 100)}%.`,
              ),
            ]
          : []),
        cardActivity(buildResultsCard(outcome.results)),
      ];
  }
}

export function renderDraftSummary(campaign: Campaign, reviews: VariantReview[]): Partial<Activity> {
  return MessageFactory.text(draftSummary(campaign, reviews));
}
