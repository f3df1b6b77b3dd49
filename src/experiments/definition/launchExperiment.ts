import type { Person } from '../../domain/campaign';
import { conflict, invalidInput } from '../../shared/errors';
import {
  CONTROL_ARM,
  HOLDOUT_ARM,
  PRIMARY_METRIC,
  type ExperimentArm,
  type ExperimentDefinition,
} from './experimentDefinition';
import type { ExperimentServices } from './experimentServices';
import type { ExperimentSettings } from './experimentSettings';
import { approvedVariantsForLaunch, candidateVariants, planArms } from './launchPlan';
import { summarizePower, type PowerSummary } from './powerSummary';

const MAX_ROUTE_ATTEMPTS = 5;
/** Arm keys become row keys and event fields: keep them short and plain. */
const ARM_KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$/;

export interface LaunchRequest {
  campaignId: string;
  holdout: boolean;
  actor: Person;
  /** Planning click rate for the control, when known better than the default. */
  baselineRate?: number;
}

export interface LaunchOutcome {
  definition: ExperimentDefinition;
  power: PowerSummary;
}

export interface PowerRequest {
  campaignId: string;
  holdout: boolean;
  baselineRate?: number;
  /** A specific relative lift to check ("can we detect 5%?"). */
  lift?: number;
}

function settingsWith(settings: ExperimentSettings, baselineRate: number | undefined): ExperimentSettings {
  if (baselineRate === undefined) return settings;
  if (!(baselineRate > 0 && baselineRate < 1))
    throw invalidInput('baseline: must be a rate between 0 and 1 (exclusive).');
  return { ...settings, baselineRate };
}

/**
 * The power check for a campaign before (or instead of) launching it: the variants that would run (those not
 * blocked by the safety screen, approved or not yet) plus control and optional holdout.
 */
export async function estimatePower(
  request: PowerRequest,
  services: ExperimentServices,
): Promise<PowerSummary> {
  const campaign = await services.campaigns.getCampaign(request.campaignId);
  const existing = await services.definitions.find(campaign.id);
  const settings = settingsWith(services.settings, request.baselineRate ?? existing?.plan.baselineRate);
  const arms = existing
    ? existing.arms
    : planArms(
        candidateVariants((await services.campaigns.listReviews(campaign.id)).map((row) => row.review)),
        request.holdout ? settings.holdoutShare : null,
      );
  return summarizePower({
    campaignId: campaign.id,
    audienceSize: existing?.audienceSize ?? campaign.segment.size,
    arms,
    coverage: existing?.coverage ?? 1,
    settings,
    ...(request.lift === undefined ? {} : { requestedLift: request.lift }),
  });
}

/**
 * Launches the campaign's experiment: checks the approvals (CONFLICT when a variant is pending or rejected,
 * none is approved, or it already runs), computes the power summary, registers one route code per arm,
 * stores the definition (the insert is the launch lock, so two concurrent launches cannot both win),
 * marks the campaign launched and audits `launch` and `assignment_defined`.
 */
export async function launchExperiment(
  request: LaunchRequest,
  services: ExperimentServices,
): Promise<LaunchOutcome> {
  const campaign = await services.campaigns.getCampaign(request.campaignId);
  const existing = await services.definitions.find(campaign.id);
  if (existing || campaign.status === 'launched') {
    throw conflict(
      existing
        ? `Campaign "${campaign.id}" was already launched on ${existing.launchedAt.slice(0, 10)}.`
        : `Campaign "${campaign.id}" has already been launched.`,
    );
  }
  const reviews = (await services.campaigns.listReviews(campaign.id)).map((row) => row.review);
  const approved = approvedVariantsForLaunch(campaign.id, reviews);
  const invalidKey = approved.find(
    (review) => !ARM_KEY.test(review.variant.id) || [CONTROL_ARM, HOLDOUT_ARM].includes(review.variant.id),
  );
  if (invalidKey)
    throw conflict(`Variant id "${invalidKey.variant.id}" cannot be used as an experiment arm.`);
  if (campaign.segment.size <= 0) throw conflict(`The audience of campaign "${campaign.id}" is empty.`);

  const settings = settingsWith(services.settings, request.baselineRate);
  const planned = planArms(approved, request.holdout ? settings.holdoutShare : null);
  const power = summarizePower({
    campaignId: campaign.id,
    audienceSize: campaign.segment.size,
    arms: planned,
    coverage: 1,
    settings,
  });

  const arms = await registerRoutes(campaign.id, planned, services);
  const definition: ExperimentDefinition = {
    campaignId: campaign.id,
    experimentKey: `cpo-${campaign.id}`,
    seed: services.randomHex(8),
    hashAttribute: 'id',
    hashVersion: 2,
    arms,
    coverage: 1,
    launchedAt: services.clock().toISOString(),
    launchedBy: request.actor.id,
    audienceSize: campaign.segment.size,
    primaryMetric: PRIMARY_METRIC,
    plan: {
      baselineRate: settings.baselineRate,
      alpha: settings.alpha,
      power: settings.power,
      targetLift: settings.targetLift,
      minimumDetectableLift: power.minimumDetectableLift,
      usersPerArm: Math.max(1, Math.min(power.usersPerArmForTarget, power.usersPerArm)),
    },
  };
  try {
    await services.definitions.create(definition);
  } catch (error) {
    await services.routes.unregister(arms.map((arm) => arm.routeCode));
    throw error;
  }
  await services.campaigns.saveCampaign({ ...campaign, status: 'launched' });
  await services.audit.append({
    action: 'launch',
    actor: request.actor.id,
    campaignId: campaign.id,
    details: {
      experimentKey: definition.experimentKey,
      arms: arms.map((arm) => ({ key: arm.key, weight: arm.weight })),
      audienceSize: definition.audienceSize,
      plan: definition.plan,
      power: power.headline,
      warnings: power.warnings,
    },
  });
  await services.audit.append({
    action: 'assignment_defined',
    actor: request.actor.id,
    campaignId: campaign.id,
    details: {
      experimentKey: definition.experimentKey,
      seed: definition.seed,
      hashAttribute: definition.hashAttribute,
      hashVersion: definition.hashVersion,
      variations: arms.map((arm) => arm.key),
      weights: arms.map((arm) => arm.weight),
      coverage: definition.coverage,
      routeCodes: Object.fromEntries(arms.map((arm) => [arm.key, arm.routeCode])),
    },
  });
  return { definition, power };
}

/** Draws a fresh 8-hex route code per arm and registers them; redraws on the (rare) collision. */
async function registerRoutes(
  campaignId: string,
  planned: ReturnType<typeof planArms>,
  services: ExperimentServices,
): Promise<ExperimentArm[]> {
  for (let attempt = 1; attempt <= MAX_ROUTE_ATTEMPTS; attempt++) {
    const arms = planned.map((arm) => ({ ...arm, routeCode: services.randomHex(4) }));
    if (new Set(arms.map((arm) => arm.routeCode)).size !== arms.length) continue;
    const registered = await services.routes.register(
      arms.map((arm) => ({ code: arm.routeCode, campaignId, arm: arm.key })),
    );
    if (registered) return arms;
  }
  throw conflict('Could not reserve message route codes for this experiment; please try again.');
}
