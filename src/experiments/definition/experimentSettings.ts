/** Planning and decision settings shared by launch, power estimates and result summaries. */
export interface ExperimentSettings {
  /** Click rate assumed for the control when nothing better is known. */
  baselineRate: number;
  alpha: number;
  power: number;
  /** Relative click-rate lift the plan aims to detect. */
  targetLift: number;
  /** Traffic share of the holdout when one is requested. */
  holdoutShare: number;
  /** Significance level of the one-sided guardrail tests (unsubscribes, complaints). */
  guardrailAlpha: number;
  /** How much data a comparison needs before estimates are shown (config `results`). */
  minimumData: MinimumDataSettings;
}

/**
 * Below these, a comparison shows counts and "not enough data yet", never a lift, interval or chance to win
 * (as GrowthBook's minimum metric totals and Eppo's "not enough data" state). Defaults: the Wald and
 * delta-method intervals rest on a normal approximation, which the usual rule of thumb trusts from about
 * 10 events per group (n·p ≥ 10); 100 recipients per arm keeps one recipient from moving a rate by more
 * than a point.
 */
export interface MinimumDataSettings {
  minRecipientsPerArm: number;
  /** Events of the metric summed over the two arms compared. */
  minEventsTotal: number;
  /** Events each arm needs for a relative interval; below it the difference is shown in percentage points. */
  minEventsForRelative: number;
}

export const DEFAULT_MINIMUM_DATA: MinimumDataSettings = {
  minRecipientsPerArm: 100,
  minEventsTotal: 20,
  minEventsForRelative: 10,
};

export const DEFAULT_EXPERIMENT_SETTINGS: ExperimentSettings = {
  baselineRate: 0.04,
  alpha: 0.05,
  power: 0.8,
  targetLift: 0.1,
  holdoutShare: 0.1,
  guardrailAlpha: 0.05,
  minimumData: DEFAULT_MINIMUM_DATA,
};

export function experimentSettings(overrides: Partial<ExperimentSettings> = {}): ExperimentSettings {
  return { ...DEFAULT_EXPERIMENT_SETTINGS, ...overrides };
}
