export interface PowerArm {
  key: string;
  label: string;
  weight: number;
  expectedUsers: number;
}

/** The pre-launch power check shown on the power card and stored (as the plan) with the definition. */
export interface PowerSummary {
  campaignId: string;
  audienceSize: number;
  arms: PowerArm[];
  /** Recipients expected in each message arm. */
  usersPerArm: number;
  /** Treatment-vs-control comparisons the significance level is split over. */
  comparisons: number;
  baselineRate: number;
  alpha: number;
  power: number;
  /** Smallest relative click-rate lift detectable with this audience; null when none is. */
  minimumDetectableLift: number | null;
  targetLift: number;
  /** Recipients per arm needed to detect `targetLift`. */
  usersPerArmForTarget: number;
  /** True when the audience can detect the target lift. */
  adequate: boolean;
  /** "With 12,400 customers per arm you can detect a 9% relative lift in click rate at 80% power." */
  headline: string;
  warnings: string[];
  /** Present when a specific lift was asked about ("can we detect 5%?"). */
  requested?: { lift: number; usersPerArm: number | null; detectable: boolean };
}
