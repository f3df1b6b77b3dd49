import {
  formatAmount,
  formatCount,
  formatInstant,
  formatPClause,
  formatPercent,
  formatPValue,
} from '../../text/numberFormat';
import type { ExperimentDefinition } from '../definition/experimentDefinition';
import {
  METRIC_LABELS,
  type ArmResult,
  type Comparison,
  type ExperimentResults,
  type RecommendationAction,
} from '../../domain/experimentResults';
import { chanceCell, formatSignedPoints, liftCell, noEventsText } from '../../text/plainLanguage';

/**
 * The report's content as plain tables and sentences, shared by the Markdown and HTML renderers so both
 * always say the same thing.
 */
export interface Table {
  headers: string[];
  rows: string[][];
  /** Column indexes that are numbers (right-aligned). */
  numeric: number[];
}

export const ACTION_TITLES: Record<RecommendationAction, string> = {
  ship: 'Ship',
  keep_running: 'Keep running',
  stop: 'Stop',
};

const rateText = (value: number | null): string => (value === null ? '—' : formatPercent(value));

/** A rate cell that says "no clicks yet" / "no conversions yet" instead of 0% while an arm has no events. */
function eventRateText(value: number | null, events: number, metric: Comparison['metric']): string {
  if (value === null) return '—';
  return events === 0 ? noEventsText(metric) : formatPercent(value);
}

function comparisonFor(
  list: readonly Comparison[],
  arm: string,
  metric: Comparison['metric'],
): Comparison | undefined {
  return list.find((comparison) => comparison.arm === arm && comparison.metric === metric);
}

export function primaryTable(results: ExperimentResults): Table {
  return {
    headers: [
      'Arm',
      'Recipients',
      'Clickers',
      'Click rate',
      'Lift vs control [95% CI]',
      'p (Holm)',
      'Chance to win',
    ],
    numeric: [1, 2, 3, 5, 6],
    rows: results.arms
      .filter((arm) => arm.kind !== 'holdout')
      .map((arm) => {
        const comparison = comparisonFor(results.primary, arm.key, 'click_rate');
        return [
          arm.label,
          formatCount(arm.recipients),
          formatCount(arm.clickers),
          eventRateText(arm.clickRate, arm.clickers, 'click_rate'),
          arm.kind === 'control' ? 'baseline' : liftCell(comparison),
          comparison?.enoughData ? formatPValue(comparison.adjustedPValue) : '—',
          chanceCell(comparison, 1),
        ];
      }),
  };
}

export function secondaryTable(results: ExperimentResults): Table {
  return {
    headers: [
      'Arm',
      'Human open rate',
      'Conversion rate',
      'Conversion lift [95% CI]',
      'Revenue / recipient',
      'Revenue lift [95% CI]',
    ],
    numeric: [1, 2, 4],
    rows: results.arms
      .filter((arm) => arm.kind !== 'holdout')
      .map((arm) => [
        arm.label,
        rateText(arm.humanOpenRate),
        eventRateText(arm.conversionRate, arm.converters, 'conversion_rate'),
        arm.kind === 'control'
          ? 'baseline'
          : liftCell(comparisonFor(results.secondary, arm.key, 'conversion_rate')),
        arm.revenuePerRecipient === null ? '—' : formatAmount(arm.revenuePerRecipient),
        arm.kind === 'control'
          ? 'baseline'
          : liftCell(comparisonFor(results.secondary, arm.key, 'revenue_per_recipient')),
      ]),
  };
}

export function holdoutTable(results: ExperimentResults): Table | undefined {
  const holdout = results.arms.find((arm) => arm.kind === 'holdout');
  if (!holdout) return undefined;
  return {
    headers: ['Arm', 'Customers', 'Conversion rate', 'Lift vs no message [95% CI]', 'p (Holm)'],
    numeric: [1, 2, 4],
    rows: [
      [
        `${holdout.label}${holdout.recipientsEstimated ? ' (size estimated)' : ''}`,
        formatCount(holdout.recipients),
        eventRateText(holdout.conversionRate, holdout.converters, 'conversion_rate'),
        'baseline',
        '—',
      ],
      ...results.holdout.map((comparison) => [
        comparison.label,
        formatCount(results.arms.find((arm) => arm.key === comparison.arm)?.recipients ?? 0),
        comparison.events === 0 ? noEventsText('conversion_rate') : formatPercent(comparison.value),
        liftCell(comparison),
        comparison.enoughData ? formatPValue(comparison.adjustedPValue) : '—',
      ]),
    ],
  };
}

export function guardrailTable(results: ExperimentResults): Table {
  return {
    headers: ['Variant', 'Guardrail', 'Rate', 'Control', 'Difference', 'One-sided p', 'Status'],
    numeric: [2, 3, 5],
    rows: results.guardrails.map((check) => [
      check.label,
      METRIC_LABELS[check.metric],
      formatPercent(check.value),
      formatPercent(check.controlValue),
      // Points, not a relative change: guardrail events are rare, and "−100%" of two complaints says nothing.
      formatSignedPoints(check.value - check.controlValue),
      formatPValue(check.pValue),
      check.degraded ? 'DEGRADED' : 'ok',
    ]),
  };
}

export function srmTable(results: ExperimentResults): Table | undefined {
  if (!results.srm) return undefined;
  return {
    headers: ['Arm', 'Recipients', 'Observed share', 'Planned share'],
    numeric: [1, 2, 3],
    rows: results.srm.arms.map((arm) => [
      arm.label,
      formatCount(arm.recipients),
      formatPercent(arm.observedShare),
      formatPercent(arm.expectedShare),
    ]),
  };
}

/** Segment breakdown (event counts) of the message arms. */
export function segmentTable(results: ExperimentResults): Table | undefined {
  const rows: string[][] = [];
  for (const arm of results.arms) {
    for (const [segment, counts] of Object.entries(arm.segments).sort(([a], [b]) => a.localeCompare(b))) {
      rows.push([
        arm.label,
        segment,
        formatCount(counts.delivered),
        formatCount(counts.click),
        counts.delivered > 0 ? formatPercent(counts.click / counts.delivered) : '—',
        formatCount(counts.conversion),
        formatAmount(counts.revenue),
      ]);
    }
  }
  if (rows.length === 0) return undefined;
  return {
    headers: ['Arm', 'Segment', 'Delivered', 'Click events', 'Clicks / delivered', 'Conversions', 'Revenue'],
    numeric: [2, 3, 4, 5, 6],
    rows,
  };
}

export function srmSentence(results: ExperimentResults): string {
  if (!results.srm) return 'Sample ratio check: not enough data yet.';
  const clause = `χ² = ${results.srm.chiSquare.toFixed(2)}, ${formatPClause(results.srm.pValue)}`;
  return results.srm.mismatch
    ? `SAMPLE RATIO MISMATCH (${clause}): the arms' sizes do not match the planned split. Assignment or tracking is broken; do not trust these results.`
    : `Sample ratio check passed (${clause}): the arms' sizes match the planned split.`;
}

export function freshnessSentence(results: ExperimentResults): string {
  const { firstEventAt, lastEventAt } = results.freshness;
  if (lastEventAt === null || firstEventAt === null) return 'No engagement recorded yet.';
  return `Data from ${formatInstant(firstEventAt)} to ${formatInstant(lastEventAt)} (${formatCount(results.totalEvents)} events).`;
}

export function progressSentence(results: ExperimentResults): string {
  const { progress } = results;
  const daily =
    progress.dailyPerArm === null
      ? ''
      : ` at about ${formatCount(progress.dailyPerArm)} recipients per arm per day`;
  const eta =
    progress.estimatedCompletion === null
      ? ''
      : `; planned sample expected around ${progress.estimatedCompletion.slice(0, 10)}`;
  return progress.complete
    ? `Planned sample reached: ${formatCount(progress.currentPerArm)} recipients in the smallest arm (plan: ${formatCount(progress.plannedPerArm)}).`
    : `${formatCount(progress.currentPerArm)} of ${formatCount(progress.plannedPerArm)} planned recipients per arm (${formatPercent(progress.fraction, 0)})${daily}${eta}.`;
}

/** The report's byline. `launchedByName` is the launcher's display name (ids stay in the audit record). */
export function headerLine(
  results: ExperimentResults,
  definition: ExperimentDefinition,
  launchedByName: string = definition.launchedBy,
): string {
  return `Experiment ${definition.experimentKey} · launched ${formatInstant(Date.parse(definition.launchedAt))} by ${launchedByName} · report generated ${formatInstant(Date.parse(results.generatedAt))}`;
}

/** Method notes: how every number in the report was computed. */
export const METHOD_NOTES: readonly string[] = [
  'Assignment: GrowthBook-compatible deterministic hashing (hash version 2) of the customer id with the experiment seed; the definition alone reproduces every assignment.',
  'Click rate = distinct clickers / delivered recipients. Distinct customers are counted with HyperLogLog sketches (about 1% error at large counts, far less below ~10,000), so repeated opens or clicks and re-imported events never count twice; delivered counts are exact event counts.',
  'Opens flagged as machine opens (Apple Mail Privacy Protection and similar prefetchers) are excluded from open rates.',
  'Each variant is compared with the control by an unpooled two-proportion z test; relative lifts have delta-method confidence intervals; p-values are Holm-adjusted over the variants; chance to win is the exact Beta-posterior probability.',
  'Minimum data: a comparison shows a lift, interval, p-value or chance to win only when both arms have enough recipients and the two arms together enough events of the metric (config `results`); below it the report shows counts and how many more recipients are needed. When the relative interval is unusable (too few events in an arm, or a lower bound at −100%), the absolute difference in percentage points is shown instead.',
  'Revenue per recipient uses Welch’s t test on per-recipient revenue (non-converters count as 0).',
  'The experiment is evaluated at the sample planned at launch (fixed horizon): interim numbers are shown but do not trigger a ship decision.',
  'Guardrails (unsubscribe and complaint rates) use a one-sided exact conditional binomial test (given both arms’ events, is the variant’s share higher than its share of recipients?), exact for rare events, at α = 0.05 without multiplicity correction, at any time: a significant increase blocks shipping that variant.',
  'Sample ratio mismatch: Pearson χ² test of the arm sizes against the planned weights; p < 0.001 marks the results untrustworthy.',
];

export function armByKey(results: ExperimentResults, key: string): ArmResult | undefined {
  return results.arms.find((arm) => arm.key === key);
}
