import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ExperimentResults } from '../../domain/experimentResults';
import { rateInterval } from '../../stats/rateInterval';
import { shortArmLabel } from '../../text/shortArmLabel';

const COLORS = {
  control: '#8a8f98',
  variant: '#2f6fdb',
  holdout: '#c9ccd1',
  good: '#1e8e3e',
  bad: '#c5221f',
};

/** Interval and point share one colour per verdict, without a legend (the axis labels say which arm). */
const verdictColor = {
  field: 'verdict',
  type: 'nominal' as const,
  scale: { domain: ['better', 'worse', 'unclear'], range: [COLORS.good, COLORS.bad, COLORS.control] },
  legend: null,
};
const FONT = 'Segoe UI, Helvetica, Arial, sans-serif';

const base = {
  $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
  background: 'white',
  config: { font: FONT, view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 11 } },
} as const;

/** Renders a Vega-Lite spec to standalone SVG on the server (no DOM, no canvas, no network). */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Click rate per message arm with its 95% Wald interval. */
export function clickRateChart(results: ExperimentResults): TopLevelSpec | undefined {
  const values = results.arms
    .filter((arm) => arm.kind !== 'holdout' && arm.clickRate !== null && arm.recipients > 0)
    .map((arm) => {
      const rate = arm.clickRate ?? 0;
      const [low, high] = rateInterval(rate, arm.recipients) ?? [rate, rate];
      return { arm: shortArmLabel(arm), kind: arm.kind, rate, low, high };
    });
  if (values.length === 0) return undefined;
  return {
    ...base,
    title: 'Click rate by arm (95% CI)',
    width: 460,
    height: 220,
    data: { values },
    layer: [
      {
        mark: { type: 'bar', cornerRadiusEnd: 2 },
        encoding: {
          x: { field: 'arm', type: 'nominal', sort: null, title: 'Arm', axis: { labelAngle: 0 } },
          y: {
            field: 'rate',
            type: 'quantitative',
            title: 'Click rate (% of delivered recipients)',
            axis: { format: '.1%' },
          },
          color: {
            field: 'kind',
            type: 'nominal',
            scale: { domain: ['control', 'variant'], range: [COLORS.control, COLORS.variant] },
            legend: null,
          },
        },
      },
      {
        mark: { type: 'errorbar', ticks: true, color: '#333' },
        encoding: {
          x: { field: 'arm', type: 'nominal', sort: null },
          y: { field: 'low', type: 'quantitative', title: 'Click rate (% of delivered recipients)' },
          y2: { field: 'high' },
        },
      },
    ],
  };
}

/**
 * Click-rate lift of each variant over control with its CI, against the zero line. Only comparisons with the
 * minimum data are drawn; relative (%) when every drawn interval is usable, else all as the absolute
 * difference in percentage points (one scale per chart).
 */
export function liftChart(results: ExperimentResults): TopLevelSpec | undefined {
  const drawn = results.primary.filter((comparison) => comparison.enoughData);
  const relative = drawn.every(
    (comparison) => comparison.scale === 'relative' && comparison.lift !== null && comparison.liftCi !== null,
  );
  const values = drawn.map((comparison) => ({
    arm: comparison.label,
    lift: relative ? (comparison.lift ?? 0) : comparison.difference * 100,
    low: relative ? (comparison.liftCi?.[0] ?? 0) : comparison.differenceCi[0] * 100,
    high: relative ? (comparison.liftCi?.[1] ?? 0) : comparison.differenceCi[1] * 100,
    verdict: comparison.significant ? (comparison.difference > 0 ? 'better' : 'worse') : 'unclear',
  }));
  const xTitle = relative
    ? "Relative lift (% of control's click rate)"
    : 'Difference in click rate (percentage points)';
  const xFormat = relative ? '%' : '+.1f';
  if (values.length === 0) return undefined;
  const y = { field: 'arm', type: 'nominal' as const, sort: null, title: 'Variant' };
  return {
    ...base,
    title: `${relative ? 'Lift' : 'Difference'} in click rate vs control (${Math.round((1 - results.alpha) * 100)}% CI)`,
    width: 460,
    height: Math.max(60, 38 * values.length),
    layer: [
      {
        data: { values },
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: {
          y,
          x: { field: 'low', type: 'quantitative', title: xTitle, axis: { format: xFormat } },
          x2: { field: 'high' },
          color: verdictColor,
        },
      },
      {
        data: { values },
        mark: { type: 'point', filled: true, size: 90 },
        encoding: {
          y,
          x: { field: 'lift', type: 'quantitative' },
          color: verdictColor,
        },
      },
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: 'rule', strokeDash: [4, 4], color: '#555' },
        encoding: { x: { field: 'zero', type: 'quantitative' } },
      },
    ],
  };
}

/** Observed share of recipients per arm (bars) against the planned split (ticks): the SRM check, visible. */
export function splitChart(results: ExperimentResults): TopLevelSpec | undefined {
  if (!results.srm) return undefined;
  const kinds = new Map(results.arms.map((arm) => [arm.key, arm.kind]));
  const values = results.srm.arms.map((arm) => ({
    arm: shortArmLabel({ kind: kinds.get(arm.arm) ?? 'variant', label: arm.label }),
    observed: arm.observedShare,
    planned: arm.expectedShare,
  }));
  const x = { field: 'arm', type: 'nominal' as const, sort: null, title: 'Arm', axis: { labelAngle: 0 } };
  return {
    ...base,
    title: results.srm.mismatch
      ? 'Traffic split: MISMATCH (observed bars vs planned ticks)'
      : 'Traffic split (observed bars vs planned ticks)',
    width: 460,
    height: 180,
    data: { values },
    layer: [
      {
        mark: { type: 'bar', color: results.srm.mismatch ? COLORS.bad : COLORS.holdout },
        encoding: {
          x,
          y: { field: 'observed', type: 'quantitative', title: 'Share of recipients', axis: { format: '%' } },
        },
      },
      {
        mark: { type: 'tick', color: '#111', thickness: 2, size: 40 },
        encoding: { x, y: { field: 'planned', type: 'quantitative' } },
      },
    ],
  };
}

export interface ReportCharts {
  clickRate?: string;
  lift?: string;
  split?: string;
}

/** All report charts as inline SVG (absent when there is nothing to draw). */
export async function renderReportCharts(results: ExperimentResults): Promise<ReportCharts> {
  const charts: ReportCharts = {};
  const clickRate = clickRateChart(results);
  const lift = liftChart(results);
  const split = splitChart(results);
  if (clickRate) charts.clickRate = await renderSvg(clickRate);
  if (lift) charts.lift = await renderSvg(lift);
  if (split) charts.split = await renderSvg(split);
  return charts;
}
