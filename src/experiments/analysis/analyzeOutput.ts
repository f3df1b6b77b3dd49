/** Inference on one scale (absolute or relative difference to the control). */
export interface EffectSummary {
  estimate: number;
  ci: [number, number];
  pValue: number;
}

/** The relative comparison is undefined when the control's rate or mean is 0: every field is then null. */
export interface UndefinedEffect {
  estimate: null;
  ci: null;
  pValue: null;
}

/** The control arm: only its size and its observed rate (binomial) or mean (mean metric). */
export type ControlArmResult = { name: string; users: number } & ({ rate: number } | { mean: number });

/** A treatment arm compared with the control. */
export type TreatmentArmResult = { name: string; users: number } & ({ rate: number } | { mean: number }) & {
    absolute: EffectSummary;
    relative: EffectSummary | UndefinedEffect;
    adjustedPValue: number;
    significant: boolean;
    chanceToWin: number;
  };

/** What `cpo analyze` prints: the SRM check and every arm in input order. */
export interface AnalyzeOutput {
  srm: { chiSquare: number; pValue: number; mismatch: boolean };
  arms: Array<ControlArmResult | TreatmentArmResult>;
}
