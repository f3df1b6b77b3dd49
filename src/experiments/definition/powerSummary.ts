import { planSampleSize } from '../analysis/planSampleSize';
import { minimumDetectableLift } from './minimumDetectableLift';
import { formatCount, formatPercent } from '../../text/numberFormat';
import type { ExperimentSettings } from './experimentSettings';

/** Below this many recipients per arm the experiment is too small to say anything about click rates. */
const FAR_TOO_SMALL_PER_ARM = 200;

export type { PowerArm, PowerSummary } from '../../domain/powerSummary';
import type { PowerSummary } from '../../domain/powerSummary';

export interface PowerRequest {
  campaignId: string;
  audienceSize: number;
  /** Arms in definition order (control, variants, optional holdout) with their weights. */
  arms: Array<{ key: string; label: string; weight: number; kind: 'control' | 'variant' | 'holdout' }>;
  coverage: number;
  settings: ExperimentSettings;
  requestedLift?: number;
}

function usersForLift(
  lift: number,
  baselineRate: number,
  settings: ExperimentSettings,
  arms: number,
): number {
  const treatmentRate = baselineRate * (1 + lift);
  if (!(treatmentRate > 0 && treatmentRate < 1) || lift === 0) return Number.POSITIVE_INFINITY;
  return planSampleSize({
    baselineRate,
    mde: lift,
    alpha: settings.alpha,
    power: settings.power,
    arms,
    strict: true,
  }).usersPerArm;
}

/**
 * Power / minimum-detectable-effect summary for a planned experiment on click rate: two-sided z tests of each
 * variant against the control at α Bonferroni-split over the comparisons (the stats engine's planSampleSize
 * semantics), the holdout excluded (it gets no message, so it has no clicks).
 */
export function summarizePower(request: PowerRequest): PowerSummary {
  const { settings, audienceSize, coverage } = request;
  const arms = request.arms.map((arm) => ({
    key: arm.key,
    label: arm.label,
    weight: arm.weight,
    expectedUsers: Math.floor(audienceSize * coverage * arm.weight),
  }));
  const messageArms = request.arms
    .map((arm, index) => ({ arm, expected: arms[index]?.expectedUsers ?? 0 }))
    .filter(({ arm }) => arm.kind !== 'holdout');
  const usersPerArm = Math.min(...messageArms.map(({ expected }) => expected));
  const comparisons = Math.max(1, messageArms.length - 1);
  const mde = minimumDetectableLift({
    usersPerArm,
    baselineRate: settings.baselineRate,
    alpha: settings.alpha,
    power: settings.power,
    comparisons,
  });
  const usersPerArmForTarget = usersForLift(
    settings.targetLift,
    settings.baselineRate,
    settings,
    messageArms.length,
  );
  const adequate = mde !== null && mde <= settings.targetLift;
  const powerText = formatPercent(settings.power, 0);
  const headline =
    mde === null
      ? `With ${formatCount(usersPerArm)} customers per arm no realistic lift in click rate is detectable at ${powerText} power.`
      : `With ${formatCount(usersPerArm)} customers per arm you can detect a ${formatPercent(mde, 0)} relative lift in click rate at ${powerText} power.`;

  const warnings: string[] = [];
  if (!adequate) {
    const needed = usersPerArmForTarget * messageArms.length;
    warnings.push(
      `The audience is too small to detect a ${formatPercent(settings.targetLift, 0)} lift: that needs ` +
        `${formatCount(usersPerArmForTarget)} customers per arm (about ${formatCount(needed / coverage)} in the ` +
        'audience). Consider fewer variants, no holdout, or a larger segment.',
    );
  }
  if (usersPerArm < FAR_TOO_SMALL_PER_ARM) {
    warnings.push(
      `Only ${formatCount(usersPerArm)} customers per arm: click-rate differences will be noise. Treat this as a pilot.`,
    );
  }
  const summary: PowerSummary = {
    campaignId: request.campaignId,
    audienceSize,
    arms,
    usersPerArm,
    comparisons,
    baselineRate: settings.baselineRate,
    alpha: settings.alpha,
    power: settings.power,
    minimumDetectableLift: mde,
    targetLift: settings.targetLift,
    usersPerArmForTarget,
    adequate,
    headline,
    warnings,
  };
  if (request.requestedLift !== undefined) {
    const needed = usersForLift(request.requestedLift, settings.baselineRate, settings, messageArms.length);
    summary.requested = {
      lift: request.requestedLift,
      usersPerArm: Number.isFinite(needed) ? needed : null,
      detectable: needed <= usersPerArm,
    };
  }
  return summary;
}
