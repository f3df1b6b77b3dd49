import { assignVariation } from '../assignment/assignVariation';

export { ARM_KINDS, type ArmKind } from '../../domain/experimentArms';
import type { ArmKind } from '../../domain/experimentArms';

export const CONTROL_ARM = 'control';
export const HOLDOUT_ARM = 'holdout';

/** One arm: the business-as-usual control, an approved variant, or the holdout that gets no message. */
export interface ExperimentArm {
  /** `control`, `holdout`, or the variant id. Events name their arm by this key. */
  key: string;
  kind: ArmKind;
  label: string;
  variantId?: string;
  /** Traffic share; the arms' weights add up to 1. */
  weight: number;
  /**
   * 8 hex digits that start the ACS message id (operation id) of every email sent for this arm, so an
   * engagement webhook can find campaign and arm without any per-message state (see events/messageRoute.ts).
   */
  routeCode: string;
}

/** The fixed-horizon plan made at launch: the sample the experiment is evaluated at. */
export interface ExperimentPlan {
  /** Click rate assumed for the control when planning. */
  baselineRate: number;
  alpha: number;
  power: number;
  /** Relative lift the plan wants to detect. */
  targetLift: number;
  /** Smallest relative lift detectable with the whole audience (null: none is). */
  minimumDetectableLift: number | null;
  /** Recipients per message arm at which the results are read: enough for `targetLift`, or the whole audience. */
  usersPerArm: number;
}

export const PRIMARY_METRIC = 'click_rate';

/**
 * What is stored about an experiment besides its aggregates: no customer list, no per-customer state.
 * Assignment is GrowthBook's (hash version 2) over the customer id, so any system holding the id can
 * recompute a customer's arm from this definition alone.
 */
export interface ExperimentDefinition {
  campaignId: string;
  experimentKey: string;
  seed: string;
  hashAttribute: 'id';
  hashVersion: 2;
  arms: ExperimentArm[];
  /** Share of the audience in the experiment (GrowthBook coverage). */
  coverage: number;
  launchedAt: string;
  launchedBy: string;
  audienceSize: number;
  primaryMetric: typeof PRIMARY_METRIC;
  plan: ExperimentPlan;
}

/** Arms that receive a message (control and variants), in definition order. */
export function messageArms(definition: ExperimentDefinition): ExperimentArm[] {
  return definition.arms.filter((arm) => arm.kind !== 'holdout');
}

export function findArm(definition: ExperimentDefinition, key: string): ExperimentArm | undefined {
  const wanted = key.trim().toLowerCase();
  return definition.arms.find((arm) => arm.key.toLowerCase() === wanted);
}

export function holdoutArmOf(definition: ExperimentDefinition): ExperimentArm | undefined {
  return definition.arms.find((arm) => arm.kind === 'holdout');
}

/** The arm a customer is in, or undefined outside coverage — identical to GrowthBook's `run()`. */
export function assignArm(definition: ExperimentDefinition, customerId: string): ExperimentArm | undefined {
  const { variation } = assignVariation({
    experiment: definition.experimentKey,
    seed: definition.seed,
    id: customerId,
    weights: definition.arms.map((arm) => arm.weight),
    coverage: definition.coverage,
  });
  return variation < 0 ? undefined : definition.arms[variation];
}

/** The definition as a GrowthBook experiment, for sending systems that use a GrowthBook SDK. */
export function growthBookExperiment(definition: ExperimentDefinition): {
  key: string;
  variations: string[];
  weights: number[];
  coverage: number;
  seed: string;
  hashAttribute: string;
  hashVersion: number;
} {
  return {
    key: definition.experimentKey,
    variations: definition.arms.map((arm) => arm.key),
    weights: definition.arms.map((arm) => arm.weight),
    coverage: definition.coverage,
    seed: definition.seed,
    hashAttribute: definition.hashAttribute,
    hashVersion: definition.hashVersion,
  };
}
