import { AppError } from '../../shared/errors';
import { binomialChanceToWin } from '../../stats/betaChanceToWin';
import { normalChanceToWin } from '../../stats/normalChanceToWin';
import { adjustPValues } from '../../stats/pValueAdjustment';
import { relativeLift } from '../../stats/relativeLift';
import { sampleRatioMismatch } from '../../stats/sampleRatioMismatch';
import { sequentialTest } from '../../stats/sequentialTest';
import { proportion, proportionVariance, twoProportionZTest } from '../../stats/twoProportionTest';
import type { EffectTest } from '../../stats/waldInference';
import { meanVariance, welchTTest } from '../../stats/welchTTest';
import type { AnalyzeInput, BinomialArm, MeanArm } from './analyzeInput';
import type {
  AnalyzeOutput,
  ControlArmResult,
  EffectSummary,
  TreatmentArmResult,
  UndefinedEffect,
} from './analyzeOutput';

/** One treatment's comparison with the control before the multiple-comparison adjustment. */
interface Comparison {
  absolute: EffectTest;
  relative: EffectTest | null;
  chanceToWin: number;
}

interface Settings {
  alpha: number;
  /** Tuning N* of the always-valid confidence sequence; absent for a fixed-horizon analysis. */
  tuning: number | undefined;
}

/**
 * The `analyze` use case: sample-ratio check plus every treatment against the control.
 * - absolute: arm − control, (1 − α) two-sided; binomial by the unpooled z (Wald) test, mean by Welch's t
 *   with Welch–Satterthwaite df. With `sequential`, GrowthBook's always-valid confidence sequence and its
 *   matching always-valid p-value replace the fixed-horizon interval and p-value.
 * - relative: arm/control − 1 by the delta method (z for binomial, t with the absolute test's df for
 *   means); fixed-horizon even when `sequential` is set (the contract applies the sequence to the absolute
 *   scale only); all-null when the control rate/mean is 0.
 * - adjustedPValue: Holm / BH / none over the absolute p-values of all treatments; significant when < α.
 * - chanceToWin: P(arm > control) — exact Beta(1 + conversions, 1 + failures) posteriors for binomial,
 *   Φ(difference/SE) for means.
 * Arms keep their input order; the control carries only name, users and rate/mean.
 */
export function analyzeExperiment(input: AnalyzeInput): AnalyzeOutput {
  const settings: Settings = { alpha: input.alpha, tuning: input.sequential?.tuning };
  const srm = sampleRatioMismatch({
    users: input.arms.map((arm) => arm.users),
    ...(input.expectedWeights === undefined ? {} : { weights: input.expectedWeights }),
  });
  const results =
    input.metric === 'binomial'
      ? compareBinomial(input.arms, input.control, settings)
      : compareMeans(input.arms, input.control, settings);

  const treatmentIndexes = results.flatMap((result, index) => (result.comparison ? [index] : []));
  const adjusted = adjustPValues(
    treatmentIndexes.map((index) => results[index]?.comparison?.absolute.pValue ?? 1),
    input.correction,
  );
  const adjustedByIndex = new Map(
    treatmentIndexes.map((armIndex, position) => [armIndex, adjusted[position] ?? 1]),
  );

  return {
    srm: { chiSquare: srm.chiSquare, pValue: srm.pValue, mismatch: srm.mismatch },
    arms: results.map((result, index): ControlArmResult | TreatmentArmResult => {
      if (!result.comparison) return result.summary;
      const adjustedPValue = adjustedByIndex.get(index) ?? 1;
      return {
        ...result.summary,
        absolute: summarize(result.comparison.absolute),
        relative: result.comparison.relative ? summarize(result.comparison.relative) : undefinedEffect(),
        adjustedPValue,
        significant: adjustedPValue < input.alpha,
        chanceToWin: result.comparison.chanceToWin,
      };
    }),
  };
}

/** A fresh all-null relative effect (control rate/mean 0), so no output object is shared. */
function undefinedEffect(): UndefinedEffect {
  return { estimate: null, ci: null, pValue: null };
}

function summarize(test: EffectTest): EffectSummary {
  return { estimate: test.estimate, ci: test.ci, pValue: test.pValue };
}

interface ArmResult {
  summary: ControlArmResult;
  /** Absent for the control arm. */
  comparison?: Comparison;
}

function findControl<Arm extends { name: string }>(arms: readonly Arm[], control: string): Arm {
  const found = arms.find((arm) => arm.name === control);
  // parseAnalyzeInput guarantees the control is among the arms; reaching this is a programming error.
  if (!found) throw new AppError('INTERNAL', `The control arm ${JSON.stringify(control)} is missing.`);
  return found;
}

/** The always-valid interval replaces the fixed-horizon one when sequential testing is on. */
function absoluteTest(fixed: EffectTest, totalUsers: number, settings: Settings): EffectTest {
  if (settings.tuning === undefined) return fixed;
  return sequentialTest({
    estimate: fixed.estimate,
    standardError: fixed.standardError,
    totalUsers,
    tuning: settings.tuning,
    alpha: settings.alpha,
  });
}

function compareBinomial(arms: readonly BinomialArm[], controlName: string, settings: Settings): ArmResult[] {
  const control = findControl(arms, controlName);
  return arms.map((arm) => {
    const summary = { name: arm.name, users: arm.users, rate: proportion(arm) };
    if (arm.name === controlName) return { summary };
    const fixed = twoProportionZTest({ control, treatment: arm, alpha: settings.alpha });
    return {
      summary,
      comparison: {
        absolute: absoluteTest(fixed, control.users + arm.users, settings),
        relative: relativeLift({
          control: { mean: proportion(control), variance: proportionVariance(control) },
          treatment: { mean: proportion(arm), variance: proportionVariance(arm) },
          alpha: settings.alpha,
        }),
        chanceToWin: binomialChanceToWin({ control, treatment: arm }),
      },
    };
  });
}

function compareMeans(arms: readonly MeanArm[], controlName: string, settings: Settings): ArmResult[] {
  const control = findControl(arms, controlName);
  return arms.map((arm) => {
    const summary = { name: arm.name, users: arm.users, mean: arm.mean };
    if (arm.name === controlName) return { summary };
    const fixed = welchTTest({ control, treatment: arm, alpha: settings.alpha });
    return {
      summary,
      comparison: {
        absolute: absoluteTest(fixed, control.users + arm.users, settings),
        relative: relativeLift({
          control: { mean: control.mean, variance: meanVariance(control) },
          treatment: { mean: arm.mean, variance: meanVariance(arm) },
          alpha: settings.alpha,
          degreesOfFreedom: fixed.degreesOfFreedom,
        }),
        chanceToWin: normalChanceToWin({ difference: fixed.estimate, standardError: fixed.standardError }),
      },
    };
  });
}
