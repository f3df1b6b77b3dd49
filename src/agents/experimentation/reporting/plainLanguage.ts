import { formatPercent, formatSignedPercent } from '../experiments/numberFormat';
import { METRIC_LABELS, type Comparison } from './experimentResults';

/** How sure we are, in words a manager reads without statistics training. */
export function verdictOf(comparison: Comparison, complete: boolean, referenceName = 'control'): string {
  const lift = comparison.lift ?? comparison.difference;
  if (comparison.significant && lift > 0) {
    return comparison.chanceToWin >= 0.999
      ? `almost certainly better than ${referenceName}`
      : `very likely better than ${referenceName}`;
  }
  if (comparison.significant && lift < 0) {
    return comparison.chanceToWin <= 0.001
      ? `almost certainly worse than ${referenceName}`
      : `very likely worse than ${referenceName}`;
  }
  const suffix = complete ? '' : ', not conclusive yet';
  if (comparison.chanceToWin >= 0.9) return `probably better than ${referenceName}${suffix}`;
  if (comparison.chanceToWin <= 0.1) return `probably worse than ${referenceName}${suffix}`;
  return complete
    ? `no clear difference from ${referenceName}`
    : `no clear difference from ${referenceName} yet`;
}

/** "95% CI 4.1% to 20.5%". */
export function ciText(ci: [number, number], alpha: number): string {
  return `${formatPercent(1 - alpha, 0)} CI ${formatPercent(ci[0])} to ${formatPercent(ci[1])}`;
}

/**
 * "Variant 2 lifts click rate by 12.3% (95% CI 4.1% to 20.5%), very likely better than control."
 * Falls back to the absolute difference when the reference rate is 0 (no relative lift exists).
 */
export function comparisonStatement(
  comparison: Comparison,
  alpha: number,
  complete: boolean,
  referenceName = 'control',
): string {
  const metric = METRIC_LABELS[comparison.metric];
  const verdict = verdictOf(comparison, complete, referenceName);
  if (comparison.lift === null || comparison.liftCi === null) {
    return `${comparison.label}: ${metric} ${formatPercent(comparison.value)} vs ${formatPercent(comparison.referenceValue)} for ${referenceName}, ${verdict}.`;
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

/** "+12.3% [4.1%, 20.5%]" for tables. */
export function liftCell(comparison: Comparison | undefined): string {
  if (!comparison || comparison.lift === null || comparison.liftCi === null) return '—';
  return `${formatSignedPercent(comparison.lift)} [${formatPercent(comparison.liftCi[0])}, ${formatPercent(comparison.liftCi[1])}]`;
}
