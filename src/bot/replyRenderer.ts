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
import { formatUsd, type ModelSpend } from '../domain/modelCost';
import { formatNumber, translatorFor, type ReplyLanguage, type Translate } from '../text/messages/messages';

/** What the help card says each tool does (from the tool registry). */
export type Capabilities = ReadonlyArray<{ name?: string; label: string; description: string }>;

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

/** What drafting cost, per campaign and per customer (the same figures as `spendSentence`, in the reply's words). */
function costSentence(
  spend: ModelSpend | undefined,
  audienceSize: number,
  t: Translate,
  language: ReplyLanguage,
) {
  if (spend === undefined || spend.calls === 0) return t('draft.costNone');
  return t('draft.cost', {
    cost: formatUsd(spend.costUsd),
    count: spend.calls,
    tokens: formatNumber(spend.promptTokens + spend.completionTokens, language),
    perCustomer:
      audienceSize > 0 ? t('draft.costPerCustomer', { cost: formatUsd(spend.costUsd / audienceSize) }) : '',
  });
}

function channelName(channel: string, t: Translate): string {
  return channel === 'email' || channel === 'sms' || channel === 'push' ? t(`channels.${channel}`) : channel;
}

function draftSummary(campaign: Campaign, reviews: VariantReview[], language: ReplyLanguage): string {
  const t = translatorFor(language);
  const verdicts = reviews.map((review) => review.variant.safety?.verdict ?? 'review');
  const passed = verdicts.filter((verdict) => verdict === 'pass').length;
  const held = reviews.length - passed;
  const notApplied = campaign.notApplied ?? [];
  const size = campaign.segment.size;
  return [
    [
      t('draft.drafted', {
        count: reviews.length,
        channel: channelName(campaign.channel, t),
        campaign: campaign.id,
      }),
      t('draft.audience', {
        segment: campaign.segment.name,
        size: formatNumber(size, language),
        count: size,
      }),
      t('draft.passed', { count: passed, held: held > 0 ? t('draft.held', { count: held }) : '' }),
      t('draft.approver'),
      costSentence(campaign.spend, size, t, language),
    ].join(language === 'ja' ? '' : ' '),
    ...(notApplied.length === 0
      ? []
      : ['', `**${t('draft.notAppliedHeading')}**`, ...notApplied.map((note) => `- ${note}`)]),
  ].join('\n');
}

/** The note above a revised variant's card. */
export function renderRevisionNote(
  outcome: Extract<TurnOutcome, { kind: 'revision' }>,
  language: ReplyLanguage = 'en',
): string {
  const t = translatorFor(language);
  return [
    t('bot.revised', {
      position: outcome.position,
      campaign: outcome.campaign.id,
      version: outcome.review.version,
    }),
    ...outcome.notes.map((note) => `- ${note}`),
  ].join('\n');
}

/** Renders an outcome as chat messages. Variant cards are rendered separately so their ids can be recorded. */
export function renderOutcome(
  outcome: Exclude<TurnOutcome, { kind: 'draft' | 'revision' }>,
  capabilities: Capabilities = [],
  language: ReplyLanguage = 'en',
): Array<Partial<Activity>> {
  const t = translatorFor(language);
  switch (outcome.kind) {
    case 'help':
      return [
        cardActivity(
          buildHelpCard({
            reason: outcome.reason,
            capabilities,
            language,
            ...(outcome.note === undefined ? {} : { note: outcome.note }),
          }),
        ),
      ];
    case 'clarify':
      return outcome.choices.length === 0
        ? [MessageFactory.text(outcome.question)]
        : [
            cardActivity(
              buildClarifyCard({
                question: outcome.question,
                choices: outcome.choices,
                ...(language === 'en' ? {} : { language }),
              }),
            ),
          ];
    case 'step_failed':
      return [MessageFactory.text(outcome.message)];
    case 'review_queue':
      return [cardActivity(buildReviewQueueCard(outcome.view, language))];
    case 'campaign_list':
      return [cardActivity(buildCampaignListCard(outcome.view, language))];
    case 'refused':
      return [MessageFactory.text(outcome.message)];
    case 'segments':
      return [
        cardActivity(buildSegmentCard(t('segments.title'), outcome.segments, language)),
        ...(outcome.notApplied.length === 0
          ? []
          : [
              MessageFactory.text(
                [t('draft.notAppliedHeading'), ...outcome.notApplied.map((note) => `- ${note}`)].join('\n'),
              ),
            ]),
      ];
    case 'content':
      return [cardActivity(buildContentCard(outcome.query, outcome.citations, language))];
    case 'screened':
      return [cardActivity(buildSafetyCard(outcome.text, outcome.result, language))];
    case 'experiment_power':
      return [
        cardActivity(
          buildPowerCard(outcome.power, {
            language,
            ...(outcome.launched === undefined ? {} : { launched: outcome.launched }),
          }),
        ),
      ];
    case 'experiment_results':
      return [
        ...(outcome.simulated
          ? [
              MessageFactory.text(
                t(
                  outcome.simulated.compressed === true ? 'results.simulatedCompressed' : 'results.simulated',
                  {
                    days: outcome.simulated.days,
                    lift: Math.round(outcome.simulated.lift * 100),
                  },
                ),
              ),
            ]
          : []),
        cardActivity(buildResultsCard(outcome.results, { language })),
      ];
  }
}

export function renderDraftSummary(
  campaign: Campaign,
  reviews: VariantReview[],
  language: ReplyLanguage = 'en',
): Partial<Activity> {
  return MessageFactory.text(draftSummary(campaign, reviews, language));
}
