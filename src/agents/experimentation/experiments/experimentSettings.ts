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
}

export const DEFAULT_EXPERIMENT_SETTINGS: ExperimentSettings = {
  baselineRate: 0.04,
  alpha: 0.05,
  power: 0.8,
  targetLift: 0.1,
  holdoutShare: 0.1,
  guardrailAlpha: 0.05,
};

export function experimentSettings(overrides: Partial<ExperimentSettings> = {}): ExperimentSettings {
  return { ...DEFAULT_EXPERIMENT_SETTINGS, ...overrides };
}
