import { card, type AdaptiveCard } from './adaptiveCard';
import type { PowerSummary } from '../src/domain/powerSummary';
import { formatCount, formatPercent } from '../src/text/numberFormat';

export interface PowerCardOptions {
  /** Set when the card confirms a launch rather than answering "how much power do we have?". */
  launched?: { experimentKey: string; launchedAt: string };
}

function requestedText(summary: PowerSummary): string | undefined {
  const requested = summary.requested;
  if (!requested) return undefined;
  const lift = formatPercent(requested.lift, 0);
  if (requested.usersPerArm === null) return `A ${lift} lift is not a detectable change of the click rate.`;
  return requested.detectable
    ? `✅ A ${lift} lift is detectable: it needs ${formatCount(requested.usersPerArm)} customers per arm and you have ${formatCount(summary.usersPerArm)}.`
    : `⚠️ A ${lift} lift needs ${formatCount(requested.usersPerArm)} customers per arm; you have ${formatCount(summary.usersPerArm)}.`;
}

/**
 * The pre-launch power / minimum-detectable-effect card: the headline sentence ("With 12,400 customers per
 * arm you can detect a 9% relative lift in click rate at 80% power"), the arms and their split, the
 * assumptions, and a warning when the audience is too small.
 */
export function buildPowerCard(summary: PowerSummary, options: PowerCardOptions = {}): AdaptiveCard {
  const title = options.launched
    ? `🚀 Experiment launched · ${summary.campaignId}`
    : `Power check · ${summary.campaignId}`;
  const requested = requestedText(summary);
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
        { title: 'Audience', value: `${formatCount(summary.audienceSize)} customers` },
        ...summary.arms.map((arm) => ({
          title: arm.label,
          value: `${formatPercent(arm.weight)} · ~${formatCount(arm.expectedUsers)} customers`,
        })),
        { title: 'Baseline click rate', value: formatPercent(summary.baselineRate) },
        {
          title: 'Detectable lift',
          value:
            summary.minimumDetectableLift === null
              ? 'none realistic'
              : formatPercent(summary.minimumDetectableLift, 1),
        },
        {
          title: `For a ${formatPercent(summary.targetLift, 0)} lift`,
          value: `${formatCount(summary.usersPerArmForTarget)} customers per arm`,
        },
        {
          title: 'Test',
          value: `two-sided, α ${summary.alpha} split over ${summary.comparisons} comparison${summary.comparisons === 1 ? '' : 's'}, power ${formatPercent(summary.power, 0)}`,
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
            text: `Experiment ${options.launched.experimentKey}, launched ${options.launched.launchedAt.slice(0, 16).replace('T', ' ')} UTC. Ask "how is ${summary.campaignId} doing?" for results.`,
            wrap: true,
            size: 'Small',
            isSubtle: true,
          },
        ]
      : []),
  ]);
}
