import { card, type AdaptiveCard } from './adaptiveCard';
import type { PowerSummary } from '../src/domain/powerSummary';
import { formatCount, formatPercent } from '../src/text/numberFormat';
import { translatorFor, type ReplyLanguage, type Translate } from '../src/text/messages/messages';

export interface PowerCardOptions {
  /** Set when the card confirms a launch rather than answering "how much power do we have?". */
  launched?: { experimentKey: string; launchedAt: string };
  /** The reader's language for the card's own words; the headline and warnings come from the power summary. */
  language?: ReplyLanguage;
}

function requestedText(summary: PowerSummary, t: Translate): string | undefined {
  const requested = summary.requested;
  if (!requested) return undefined;
  const lift = formatPercent(requested.lift, 0);
  if (requested.usersPerArm === null) return t('power.notDetectable', { lift });
  const counts = { lift, needed: formatCount(requested.usersPerArm), have: formatCount(summary.usersPerArm) };
  return requested.detectable ? t('power.detectable', counts) : t('power.notEnough', counts);
}

/**
 * The pre-launch power / minimum-detectable-effect card: the headline sentence ("With 12,400 customers per
 * arm you can detect a 9% relative lift in click rate at 80% power"), the arms and their split, the
 * assumptions, and a warning when the audience is too small.
 */
export function buildPowerCard(summary: PowerSummary, options: PowerCardOptions = {}): AdaptiveCard {
  const t = translatorFor(options.language);
  const title = t(options.launched ? 'power.launchedTitle' : 'power.checkTitle', {
    campaign: summary.campaignId,
  });
  const requested = requestedText(summary, t);
  return card([
    { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
    {
      type: 'Container',
      style: summary.adequate ? 'good' : 'warning',
      items: [{ type: 'TextBlock', text: summary.headline, wrap: true, weight: 'Bolder' }],
    },
    ...(requested ? [{ type: 'TextBlock', text: requested, wrap: true }] : []),
    {
      type: 'FactSet',
      facts: [
        {
          title: t('power.audience'),
          value: t('power.customers', { size: formatCount(summary.audienceSize) }),
        },
        ...summary.arms.map((arm) => ({
          title: arm.label,
          value: t('power.armShare', {
            share: formatPercent(arm.weight),
            size: formatCount(arm.expectedUsers),
          }),
        })),
        { title: t('power.baseline'), value: formatPercent(summary.baselineRate) },
        {
          title: t('power.detectableLift'),
          value:
            summary.minimumDetectableLift === null
              ? t('power.noneRealistic')
              : formatPercent(summary.minimumDetectableLift, 1),
        },
        {
          title: t('power.forLift', { lift: formatPercent(summary.targetLift, 0) }),
          value: t('power.perArm', { size: formatCount(summary.usersPerArmForTarget) }),
        },
        {
          title: t('power.test'),
          value: t('power.testValue', {
            alpha: summary.alpha,
            count: summary.comparisons,
            power: formatPercent(summary.power, 0),
          }),
        },
      ],
    },
    ...(summary.warnings.length > 0
      ? [
          {
            type: 'Container',
            style: 'attention',
            items: summary.warnings.map((warning) => ({
              type: 'TextBlock',
              text: `⚠️ ${warning}`,
              wrap: true,
              size: 'Small',
            })),
          },
        ]
      : []),
    ...(options.launched
      ? [
          {
            type: 'TextBlock',
            text: t('power.launchedNote', {
              key: options.launched.experimentKey,
              when: options.launched.launchedAt.slice(0, 16).replace('T', ' '),
              campaign: summary.campaignId,
            }),
            wrap: true,
            size: 'Small',
            isSubtle: true,
          },
        ]
      : []),
  ]);
}
