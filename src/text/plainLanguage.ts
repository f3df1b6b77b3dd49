import { formatAmount, formatCount, formatDay, formatPercent, formatSignedPercent } from './numberFormat';
import { METRIC_LABELS, type Comparison, type ResultMetric } from '../domain/experimentResults';

/** What an arm with no events of the metric reads like. */
const NO_EVENTS: Record<ResultMetric, string> = {
  click_rate: 'no clicks yet',
  conversion_rate: 'no conversions yet',
  revenue_per_recipient: 'no conversions yet',
  unsubscribe_rate: 'no unsubscribes',
  complaint_rate: 'no complaints',
};

/** The verb of "3 of 65 clicked". */
const EVENT_VERBS: Record<ResultMetric, string> = {
  click_rate: 'clicked',
  conversion_rate: 'converted',
  revenue_per_recipient: 'converted',
  unsubscribe_rate: 'unsubscribed',
  complaint_rate: 'complained',
};

export function noEventsText(metric: ResultMetric): string {
  return NO_EVENTS[metric];
}

/** "3 of 65 clicked", or "no clicks yet (0 of 65)". */
export function countsText(metric: ResultMetric, events: number, recipients: number): string {
  return events === 0
    ? `${NO_EVENTS[metric]} (0 of ${formatCount(recipients)})`
    : `${formatCount(events)} of ${formatCount(recipients)} ${EVENT_VERBS[metric]}`;
}

/** A difference of two rates in percentage points: 0.0123 → "+1.23 pp". */
export function formatSignedPoints(difference: number): string {
  const text = formatPercent(Math.abs(difference)).replace('%', '');
  if (text === '0') return '0 pp';
  return `${difference < 0 ? '−' : '+'}${text} pp`;
}

/** "not enough data yet — about 35 more recipients per arm (around 2026-12-09)". */
export function neededText(comparison: Comparison): string {
  if (!comparison.needed) return 'not enough data yet';
  const { morePerArm, by } = comparison.needed;
  const when = by === null ? '' : ` (around ${formatDay(Date.parse(by))})`;
  return `not enough data yet — about ${formatCount(Math.max(1, morePerArm))} more recipients per arm${when}`;
}

/**
 * How sure we are, in words that follow the decision rule (fixed horizon, Holm-adjusted significance at α):
 * "better" or "worse" only for a significant difference, and "very likely" only at the planned sample.
 * Chance to win never turns into words on its own. Only called when the minimum data is met.
 */
export function verdictOf(comparison: Comparison, complete: boolean, referenceName = 'control'): string {
  if (comparison.significant && comparison.difference !== 0) {
    const better = comparison.difference > 0;
    if (!complete)
      return `${better ? 'ahead of' : 'behind'} ${referenceName} so far, not conclusive until the planned sample`;
    const sure = better ? comparison.chanceToWin >= 0.999 : comparison.chanceToWin <= 0.001;
    return `${sure ? 'almost certainly' : 'very likely'} ${better ? 'better' : 'worse'} than ${referenceName}`;
  }
  return complete
    ? `no clear difference from ${referenceName}`
    : `no clear difference from ${referenceName} yet`;
}

/** "95% CI 4.1% to 20.5%". */
export function ciText(ci: [number, number], alpha: number): string {
  return `${formatPercent(1 - alpha, 0)} CI ${formatPercent(ci[0])} to ${formatPercent(ci[1])}`;
}

/** The absolute difference with its interval: "+1.2 pp (95% CI −0.3 to +2.7 pp)" (amounts for revenue). */
export function absoluteText(comparison: Comparison, alpha: number): string {
  const level = formatPercent(1 - alpha, 0);
  const [low, high] = comparison.differenceCi;
  if (comparison.metric === 'revenue_per_recipient') {
    const signed = (value: number): string => `${value < 0 ? '−' : '+'}${formatAmount(Math.abs(value))}`;
    return `${signed(comparison.difference)} per recipient (${level} CI ${signed(low)} to ${signed(high)})`;
  }
  return `${formatSignedPoints(comparison.difference)} (${level} CI ${formatSignedPoints(low).replace(' pp', '')} to ${formatSignedPoints(high)})`;
}

function valueText(comparison: Comparison, value: number, events: number): string {
  if (events === 0) return NO_EVENTS[comparison.metric];
  return comparison.metric === 'revenue_per_recipient' ? formatAmount(value) : formatPercent(value);
}

/**
 * One plain sentence per comparison, the words following the numbers:
 * - below the minimum data: counts and "not enough data yet — about N more recipients per arm (date)";
 * - relative interval usable: "Variant 2 lifts click rate by 12.3% (95% CI 4.1% to 20.5%), very likely better …";
 * - otherwise the absolute difference in points: "Variant 1: click rate 1% vs no clicks yet for control,
 *   +1 pp (95% CI +0.1 to +1.9 pp), no clear difference from control yet."
 */
export function comparisonStatement(
  comparison: Comparison,
  alpha: number,
  complete: boolean,
  referenceName = 'control',
): string {
  const metric = METRIC_LABELS[comparison.metric];
  if (!comparison.enoughData) {
    return `${comparison.label}: ${neededText(comparison)}; ${countsText(comparison.metric, comparison.events, comparison.recipients)} vs ${countsText(comparison.metric, comparison.referenceEvents, comparison.referenceRecipients)} for ${referenceName}.`;
  }
  const verdict = verdictOf(comparison, complete, referenceName);
  if (comparison.scale === 'absolute' || comparison.lift === null || comparison.liftCi === null) {
    return `${comparison.label}: ${metric} ${valueText(comparison, comparison.value, comparison.events)} vs ${valueText(comparison, comparison.referenceValue, comparison.referenceEvents)} for ${referenceName}, ${absoluteText(comparison, alpha)}, ${verdict}.`;
  }
  const magnitude = formatPercent(Math.abs(comparison.lift));
  const verb =
    magnitude === '0%'
      ? `leaves ${metric} unchanged`
      : comparison.lift > 0
        ? `lifts ${metric} by ${magnitude}`
        : `lowers ${metric} by ${magnitude}`;
  return `${comparison.label} ${verb} (${ciText(comparison.liftCi, alpha)}), ${verdict}.`;
}

/** "+12.3% [4.1%, 20.5%]" for tables; "+1.2 pp [−0.3, +2.7 pp]" when relative is unusable. */
export function liftCell(comparison: Comparison | undefined): string {
  if (!comparison) return '—';
  if (!comparison.enoughData) return neededText(comparison);
  if (comparison.scale === 'absolute' || comparison.lift === null || comparison.liftCi === null) {
    const [low, high] = comparison.differenceCi;
    if (comparison.metric === 'revenue_per_recipient')
      return `${formatAmount(comparison.difference)} [${formatAmount(low)}, ${formatAmount(high)}] per recipient`;
    return `${formatSignedPoints(comparison.difference)} [${formatSignedPoints(low).replace(' pp', '')}, ${formatSignedPoints(high)}]`;
  }
  return `${formatSignedPercent(comparison.lift)} [${formatPercent(comparison.liftCi[0])}, ${formatPercent(comparison.liftCi[1])}]`;
}

/** Chance to win, only where the minimum data is met; never rounded to a certain 0% or 100%. */
export function chanceCell(comparison: Comparison | undefined, digits = 0): string {
  if (!comparison || !comparison.enoughData) return '—';
  const text = formatPercent(comparison.chanceToWin, digits);
  if (text === '100%') return `> ${formatPercent(1 - 10 ** -(digits + 2), digits)}`;
  if (text === '0%') return `< ${formatPercent(10 ** -(digits + 2), digits)}`;
  return text;
}
