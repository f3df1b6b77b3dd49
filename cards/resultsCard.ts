import { card, type AdaptiveCard } from './adaptiveCard';
import type { ExperimentResults, RecommendationAction } from '../src/domain/experimentResults';
import { chanceCell, countsText, liftCell, noEventsText } from '../src/text/plainLanguage';
import { rateInterval } from '../src/stats/rateInterval';
import { formatCount, formatInstant, formatPercent } from '../src/text/numberFormat';
import { shortArmLabel } from '../src/text/shortArmLabel';
import { translatorFor, type ReplyLanguage, type Translate } from '../src/text/messages/messages';

type Element = Record<string, unknown>;

export interface ResultsCardOptions {
  /**
   * `teams`: a native `Chart.HorizontalBar` (Teams only) whose `fallback` is the text chart, so other hosts
   * render that instead; `text`: only the text chart (e.g. for the Agents Playground). Default `teams`.
   */
  chart?: 'teams' | 'text';
  /**
   * The reader's language for the card's own words (headings, labels, guardrails, progress); the report's
   * statements and recommendation reason come from the experiment report, in English.
   */
  language?: ReplyLanguage;
}

const ACTION_VIEW: Record<RecommendationAction, { title: 'ship' | 'keepRunning' | 'stop'; style: string }> = {
  ship: { title: 'ship', style: 'good' },
  keep_running: { title: 'keepRunning', style: 'warning' },
  stop: { title: 'stop', style: 'attention' },
};

const BAR_WIDTH = 20;

/** "4% (95% CI 3.7–4.3%)", or "no clicks yet" for an arm without clicks. */
function rateWithInterval(rate: number, clickers: number, recipients: number): string {
  if (clickers === 0) return noEventsText('click_rate');
  const interval = rateInterval(rate, recipients);
  if (!interval) return formatPercent(rate);
  return `${formatPercent(rate)} (${formatPercent(interval[0]).replace('%', '')}–${formatPercent(interval[1])})`;
}

/** Click-rate bars drawn with text, one ColumnSet per arm under a header row: renders in every host. */
function textChart(results: ExperimentResults, t: Translate): Element {
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
      { type: 'TextBlock', text: t('results.chartTitle'), weight: 'Bolder', size: 'Small', wrap: true },
      {
        type: 'ColumnSet',
        spacing: 'None',
        columns: [
          { type: 'Column', width: '90px', items: [header(t('results.arm'))] },
          { type: 'Column', width: 'stretch', items: [header(t('results.clickRateBar'))] },
          { type: 'Column', width: 'auto', items: [header(t('results.rateCi'))] },
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
function nativeLabel(arm: ExperimentResults['arms'][number], t: Translate): string {
  const interval = rateInterval(arm.clickRate ?? 0, arm.recipients);
  if (arm.clickers === 0 || !interval) return `${shortArmLabel(arm)} · ${t('results.noClicksYet')}`;
  return `${shortArmLabel(arm)} · 95% CI ${formatPercent(interval[0]).replace('%', '')}–${formatPercent(interval[1])}`;
}

function chartElement(
  results: ExperimentResults,
  style: 'teams' | 'text',
  t: Translate,
): Element | undefined {
  const arms = results.arms.filter((arm) => arm.clickRate !== null && arm.recipients > 0);
  if (arms.length === 0) return undefined;
  const fallback = textChart(results, t);
  if (style === 'text') return fallback;
  return {
    type: 'Chart.HorizontalBar',
    title: t('results.chartTitle'),
    xAxisTitle: t('results.arm'),
    yAxisTitle: t('results.clickRateAxis'),
    data: arms.map((arm) => ({ x: nativeLabel(arm, t), y: Math.round((arm.clickRate ?? 0) * 10000) / 100 })),
    fallback,
  };
}

function armFacts(results: ExperimentResults, t: Translate): Element {
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
              : t('results.rateOf', {
                  rate: formatPercent(arm.clickRate),
                  recipients: formatCount(arm.recipients),
                });
        let lift = t('results.baseline');
        if (arm.kind !== 'control') {
          // Below the minimum data: counts and what is still needed, never a lift or a chance to win.
          lift = comparison?.enoughData
            ? t('results.liftAndChance', { lift: liftCell(comparison), chance: chanceCell(comparison, 0) })
            : liftCell(comparison);
        }
        return { title: shortArmLabel(arm), value: `${rate} · ${lift}` };
      }),
  };
}

function guardrailLine(results: ExperimentResults, t: Translate, language: ReplyLanguage): string {
  const degraded = results.guardrails.filter((check) => check.degraded);
  if (results.guardrails.length === 0) return t('results.guardrailsNoData');
  if (degraded.length === 0) return t('results.guardrailsOk');
  const checks = degraded.map((check) =>
    t(check.metric === 'unsubscribe_rate' ? 'results.raisesUnsubscribes' : 'results.raisesComplaints', {
      arm: check.label,
    }),
  );
  return t('results.guardrailsDegraded', {
    checks: checks.join(language === 'ja' ? t('common.listSeparator') : '; '),
  });
}

/**
 * The results card a manager sees for "how is the spring win-back test doing?": recommendation, the SRM
 * alarm when the split is broken, one plain-language line per variant with lift and CI, a click-rate chart
 * (native in Teams, text elsewhere), per-arm facts, guardrails, progress and caveats.
 */
export function buildResultsCard(results: ExperimentResults, options: ResultsCardOptions = {}): AdaptiveCard {
  const language = options.language ?? 'en';
  const t = translatorFor(language);
  const { recommendation } = results;
  const view = ACTION_VIEW[recommendation.action];
  const freshness =
    results.freshness.lastEventAt === null
      ? t('results.noEngagement')
      : t('results.dataThrough', {
          when: formatInstant(results.freshness.lastEventAt),
          events: formatCount(results.totalEvents),
        });
  const chart = chartElement(results, options.chart ?? 'teams', t);
  const otherCaveats = results.caveats.filter(
    (caveat) => caveat.kind !== 'srm' && caveat.kind !== 'guardrail',
  );
  const share = formatPercent(results.progress.fraction, 0);
  const eta = results.progress.estimatedCompletion?.slice(0, 10);
  const progress = results.progress.complete
    ? t('results.sampleReached')
    : eta
      ? t('results.sampleProgressEta', { share, date: eta })
      : t('results.sampleProgress', { share });
  const body: Element[] = [
    {
      type: 'TextBlock',
      text: t('results.title', { campaign: results.campaignId }),
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
          text: t('results.srm'),
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
        text: `${t(`results.${view.title}`)}${recommendation.label ? `: ${recommendation.label}` : ''}`,
        weight: 'Bolder',
        wrap: true,
      },
      { type: 'TextBlock', text: recommendation.reason, wrap: true, size: 'Small' },
    ],
  });
  for (const statement of results.statements) body.push({ type: 'TextBlock', text: statement, wrap: true });
  if (chart) body.push(chart);
  body.push(armFacts(results, t));
  body.push({ type: 'TextBlock', text: guardrailLine(results, t, language), wrap: true, size: 'Small' });
  body.push({ type: 'TextBlock', text: t('results.progress', { progress }), wrap: true, size: 'Small' });
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
