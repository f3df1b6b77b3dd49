import { analyzeExperiment } from '../analysis/analyzeExperiment';
import { parseAnalyzeInput } from '../analysis/analyzeInput';
import type { TreatmentArmResult } from '../analysis/analyzeOutput';
import type { P_VALUE_CORRECTIONS } from '../../stats/pValueAdjustment';
import type { ArmResult, Comparison, ResultMetric } from '../../domain/experimentResults';

type Correction = (typeof P_VALUE_CORRECTIONS)[number];

export interface BinomialCount {
  arm: ArmResult;
  successes: number;
}

const isTreatment = (arm: object): arm is TreatmentArmResult => 'absolute' in arm;

function toComparisons(
  metric: ResultMetric,
  reference: ArmResult,
  arms: readonly ArmResult[],
  output: ReturnType<typeof analyzeExperiment>,
  referenceValue: number,
  events: readonly number[],
): Comparison[] {
  const comparisons: Comparison[] = [];
  output.arms.forEach((result, index) => {
    const arm = arms[index];
    if (!arm || arm.key === reference.key || !isTreatment(result)) return;
    comparisons.push({
      arm: arm.key,
      label: arm.label,
      metric,
      value: 'rate' in result ? result.rate : result.mean,
      referenceValue,
      lift: result.relative.estimate,
      liftCi: result.relative.ci,
      difference: result.absolute.estimate,
      differenceCi: result.absolute.ci,
      pValue: result.absolute.pValue,
      adjustedPValue: result.adjustedPValue,
      significant: result.significant,
      chanceToWin: result.chanceToWin,
      events: events[index] ?? 0,
      referenceEvents: events[0] ?? 0,
      recipients: arm.recipients,
      referenceRecipients: reference.recipients,
      // Filled in by withMinimumData (minimumData.ts) once the settings and the pace are known.
      enoughData: true,
      scale: 'relative',
      needed: null,
    });
  });
  return comparisons;
}

/**
 * Every arm against `reference` on a rate (successes / recipients) with the stats engine's analyze use case:
 * unpooled z test, delta-method relative CI, Holm (or the given) correction, exact Beta chance to win.
 * Arms without recipients are left out; nothing is compared when the reference has none.
 */
export function compareRates(
  metric: ResultMetric,
  reference: BinomialCount,
  others: readonly BinomialCount[],
  alpha: number,
  correction: Correction = 'holm',
): Comparison[] {
  const included = [reference, ...others].filter((count) => count.arm.recipients >= 1);
  if (included[0] !== reference || included.length < 2) return [];
  const input = parseAnalyzeInput({
    metric: 'binomial',
    control: reference.arm.key,
    alpha,
    correction,
    arms: included.map((count) => ({
      name: count.arm.key,
      users: count.arm.recipients,
      conversions: Math.min(count.successes, count.arm.recipients),
    })),
  });
  const output = analyzeExperiment(input);
  return toComparisons(
    metric,
    reference.arm,
    included.map((count) => count.arm),
    output,
    Math.min(reference.successes, reference.arm.recipients) / reference.arm.recipients,
    included.map((count) => Math.min(count.successes, count.arm.recipients)),
  );
}

/** Mean and sample standard deviation of revenue per recipient from the stored sum and sum of squares. */
function revenueMoments(arm: ArmResult, sumSquares: number): { mean: number; stddev: number } {
  const n = arm.recipients;
  const mean = arm.revenue / n;
  const variance = Math.max(0, (sumSquares - n * mean * mean) / (n - 1));
  return { mean, stddev: Math.sqrt(variance) };
}

/**
 * Revenue per recipient (non-converters contribute 0) with Welch's t test. Each conversion's revenue is
 * treated as one recipient's: a recipient converting twice counts as two (the sum of squares cannot tell).
 */
export function compareRevenue(
  control: ArmResult,
  controlSumSquares: number,
  variants: ReadonlyArray<{ arm: ArmResult; sumSquares: number }>,
  alpha: number,
): Comparison[] {
  const included = [{ arm: control, sumSquares: controlSumSquares }, ...variants].filter(
    (entry) => entry.arm.recipients >= 2,
  );
  if (included[0]?.arm !== control || included.length < 2) return [];
  const input = parseAnalyzeInput({
    metric: 'mean',
    control: control.key,
    alpha,
    correction: 'holm',
    arms: included.map((entry) => ({
      name: entry.arm.key,
      users: entry.arm.recipients,
      ...revenueMoments(entry.arm, entry.sumSquares),
    })),
  });
  return toComparisons(
    'revenue_per_recipient',
    control,
    included.map((entry) => entry.arm),
    analyzeExperiment(input),
    revenueMoments(control, controlSumSquares).mean,
    included.map((entry) => entry.arm.converters),
  );
}
