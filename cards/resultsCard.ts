import { card, type AdaptiveCard } from './adaptiveCard';
import type { ExperimentResults, RecommendationAction } from '../src/domain/experimentResults';
import { chanceCell, countsText, liftCell, noEventsText } from '../src/text/plainLanguage';
import { rateInterval } from '../src/stats/rateInterval';
import { formatCount, formatInstant, formatPercent } from '../src/text/numberFormat';
import { shortArmLabel } from '../src/text/shortArmLabel';

type Element = Record<string, unknown>;

export interface ResultsCardOptions {
  /**
   * `teams`: a native `Chart.HorizontalBar` (Teams only) whose `fallback` is the text chart, so other hosts
   * render that instead; `text`: only the text chart (e.g. for the Agents Playground). Default `teams`.
   */
  chart?: 'teams' | 'text';
}

const ACTION_VIEW: Record<RecommendationAction, { title: string; style: string }> = {
  ship: { title: '✅ Ship', style: 'good' },
  keep_running: { title: '⏳ Keep running', style: 'warning' },
  stop: { title: '⛔ Stop', style: 'attention' },
};

const BAR_WIDTH = 20;

/** "4% (95% CI 3.7–4.3%)", or "no clicks yet" for an arm without clicks. */
function rateWithInterval(rate: number, clickers: number, recipients: number): string {
  if (clickers === 0) return noEventsText('click_rate');
  const interval = rateInterval(rate, recipients);
  if (!interval) return formatPercent(rate);
  return `${formatPercent(rate)} (${formatPercent(interval[0]).replace('%', '')}–${formatPercent(interval[1])})`;
}

const CHART_TITLE = 'Click rate by arm (% of delivered recipients, 95% CI)';

/** Click-rate bars drawn with text, one ColumnSet per arm under a header row: renders in every host. */
function textChart(results: ExperimentResults): Element {
  const arms = results.arms.filter((arm) => arm.clickRate !== null && arm.recipients > 0);
  const max = Math.max(0, ...arms.map((arm) => arm.clickRate ?? 0));
  const header = (text: string): Element => ({
    type: 'TextBlock',
    text,
    size: 'Small',
    isSubtle: true,
    wrap: true,
  });
  return {
    type: 'Container',
    items: [
      { type: 'TextBlock', text: CHART_TITLE, weight: 'Bolder', size: 'Small', wrap: true },
      {
        type: 'ColumnSet',
        spacing: 'None',
        columns: [
          { type: 'Column', width: '90px', items: [header('Arm')] },
          { type: 'Column', width: 'stretch', items: [header('Click rate (bar: share of the highest)')] },
          { type: 'Column', width: 'auto', items: [header('Rate (95% CI)')] },
        ],
      },
      ...arms.map((arm) => ({
        type: 'ColumnSet',
        spacing: 'None',
        columns: [
          {
            type: 'Column',
            width: '90px',
            items: [{ type: 'TextBlock', text: shortArmLabel(arm), size: 'Small', wrap: true }],
          },
          {
            type: 'Column',
            width: 'stretch',
            items: [
              {
                type: 'TextBlock',
                text:
                  max > 0 && (arm.clickRate ?? 0) > 0
                    ? '█'.repeat(Math.max(1, Math.round(((arm.clickRate ?? 0) / max) * BAR_WIDTH)))
                    : '▏',
                color: arm.kind === 'control' ? 'Default' : 'Accent',
                size: 'Small',
                fontType: 'Monospace',
              },
            ],
          },
          {
            type: 'Column',
            width: 'auto',
            items: [
              {
                type: 'TextBlock',
                text: rateWithInterval(arm.clickRate ?? 0, arm.clickers, arm.recipients),
                size: 'Small',
              },
            ],
          },
        ],
      })),
    ],
  };
}

/** "Control · 3.7–4.3%": the native chart cannot draw error bars, so each bar's label carries its interval. */
function nativeLabel(arm: ExperimentResults['arms'][number]): string {
  const interval = rateInterval(arm.clickRate ?? 0, arm.recipients);
  if (arm.clickers === 0 || !interval) return `${shortArmLabel(arm)} · no clicks yet`;
  return `${shortArmLabel(arm)} · 95% CI ${formatPercent(interval[0]).replace('%', '')}–${formatPercent(interval[1])}`;
}

function chartElement(results: ExperimentResults, style: 'teams' | 'text'): Element | undefined {
  const arms = results.arms.filter((arm) => arm.clickRate !== null && arm.recipients > 0);
  if (arms.length === 0) return undefined;
  const fallback = textChart(results);
  if (style === 'text') return fallback;
  return {
    type: 'Chart.HorizontalBar',
    title: CHART_TITLE,
    xAxisTitle: 'Arm',
    yAxisTitle: 'Click rate (%)',
    data: arms.map((arm) => ({ x: nativeLabel(arm), y: Math.round((arm.clickRate ?? 0) * 10000) / 100 })),
    fallback,
  };
}

function armFacts(results: ExperimentResults): Element {
  return {
    type: 'FactSet',
    facts: results.arms
      .filter((arm) => arm.kind !== 'holdout')
      .map((arm) => {
        const comparison = results.primary.find((candidate) => candidate.arm === arm.key);
        const rate =
          arm.clickRate === null
            ? '—'
            : arm.clickers === 0
              ? countsText('click_rate', 0, arm.recipients)
              : `${formatPercent(arm.clickRate)} of ${formatCount(arm.recipients)}`;
        let lift = 'baseline';
        if (arm.kind !== 'control') {
          // Below the minimum data: counts and what is still needed, never a lift or a chance to win.
          lift = comparison?.enoughData
            ? `${liftCell(comparison)}, chance to win ${chanceCell(comparison, 0)}`
            : liftCell(comparison);
        }
        return { title: shortArmLabel(arm), value: `${rate} · ${lift}` };
      }),
  };
}

function guardrailLine(results: ExperimentResults): string {
  const degraded = results.guardrails.filter((check) => check.degraded);
  if (results.guardrails.length === 0) return 'Guardrails: not enough data yet.';
  if (degraded.length === 0) return '✅ Guardrails: no significant rise in unsubscribes or complaints.';
  return `⛔ Guardrails: ${degraded
    .map(
      (check) =>
        `${check.label} raises the ${check.metric === 'unsubscribe_rate' ? 'unsubscribe' : 'complaint'} rate`,
    )
    .join('; ')}.`;
}

/**
 * The results card a manager sees for "how is the spring win-back test doing?": recommendation, the SRM
 * alarm when the split is broken, one plain-language line per variant with lift and CI, a click-rate chart
 * (native in Teams, text elsewhere), per-arm facts, guardrails, progress and caveats.
 */
export function buildResultsCard(results: ExperimentResults, options: ResultsCardOptions = {}): AdaptiveCard {
  const { recommendation } = results;
  const view = ACTION_VIEW[recommendation.action];
  const freshness =
    results.freshness.lastEventAt === null
      ? 'No engagement recorded yet'
      : `Data through ${formatInstant(results.freshness.lastEventAt)} · ${formatCount(results.totalEvents)} events`;
  const chart = chartElement(results, options.chart ?? 'teams');
  const otherCaveats = results.caveats.filter(
    (caveat) => caveat.kind !== 'srm' && caveat.kind !== 'guardrail',
  );
  const progress = results.progress.complete
    ? 'Planned sample reached.'
    : `${formatPercent(results.progress.fraction, 0)} of the planned sample${results.progress.estimatedCompletion ? `, expected complete around ${results.progress.estimatedCompletion.slice(0, 10)}` : ''}.`;
  const body: Element[] = [
    {
      type: 'TextBlock',
      text: `Experiment results · ${results.campaignId}`,
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    { type: 'TextBlock', text: freshness, isSubtle: true, size: 'Small', spacing: 'None', wrap: true },
  ];
  if (!results.trustworthy && results.srm) {
    body.push({
      type: 'Container',
      style: 'attention',
      items: [
        {
          type: 'TextBlock',
          text: '⛔ Sample ratio mismatch: results untrustworthy',
          weight: 'Bolder',
          wrap: true,
        },
        {
          type: 'TextBlock',
          text: results.caveats.find((caveat) => caveat.kind === 'srm')?.message ?? '',
          wrap: true,
          size: 'Small',
        },
      ],
    });
  }
  body.push({
    type: 'Container',
    style: view.style,
    items: [
      {
        type: 'TextBlock',
        text: `${view.title}${recommendation.label ? `: ${recommendation.label}` : ''}`,
        weight: 'Bolder',
        wrap: true,
      },
      { type: 'TextBlock', text: recommendation.reason, wrap: true, size: 'Small' },
    ],
  });
  for (const statement of results.statements) body.push({ type: 'TextBlock', text: statement, wrap: true });
  if (chart) body.push(chart);
  body.push(armFacts(results));
  body.push({ type: 'TextBlock', text: guardrailLine(results), wrap: true, size: 'Small' });
  body.push({ type: 'TextBlock', text: `Progress: ${progress}`, wrap: true, size: 'Small' });
  if (otherCaveats.length > 0) {
    body.push({
      type: 'Container',
      items: otherCaveats.map((caveat) => ({
        type: 'TextBlock',
        text: `${caveat.severity === 'info' ? 'ℹ️' : '⚠️'} ${caveat.message}`,
        wrap: true,
        size: 'Small',
        isSubtle: caveat.severity === 'info',
      })),
    });
  }
  return card(body);
}
