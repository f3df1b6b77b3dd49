import { regularizedIncompleteBeta } from '../../stats/distributions';
import { sampleRatioMismatch } from '../../stats/sampleRatioMismatch';
import { distinctCounts, emptyArmAggregate, type ArmAggregate } from '../aggregates/armAggregate';
import type { CampaignAggregates } from '../aggregates/aggregateRepository';
import {
  CONTROL_ARM,
  type ExperimentArm,
  type ExperimentDefinition,
} from '../definition/experimentDefinition';
import type { ExperimentSettings } from '../definition/experimentSettings';
import { formatCount, formatInstant, formatPClause, formatPercent } from '../../text/numberFormat';
import { compareRates, compareRevenue, type BinomialCount } from './compareArms';
import type {
  ArmResult,
  Caveat,
  Comparison,
  ExperimentResults,
  GuardrailCheck,
  Progress,
  SrmCheck,
} from '../../domain/experimentResults';
import { withMinimumData, type Pace } from './minimumData';
import { comparisonStatement } from '../../text/plainLanguage';
import { recommend } from './recommendation';

const DAY_MS = 24 * 3600 * 1000;
/** No event for this long: the data feed may have stopped. */
const STALE_AFTER_MS = 2 * DAY_MS;
/** The plan counts as reached at this share of the planned recipients (bounces make 100 % unreachable). */
const COMPLETE_SHARE = 0.95;
/** Delivered events may exceed distinct recipients by this share before duplicates are suspected (sketch error ≈ 1 %). */
const DUPLICATE_TOLERANCE = 0.03;

const rate = (count: number, total: number): number | null =>
  total > 0 ? Math.min(count, total) / total : null;

function armResult(definition: ExperimentDefinition, arm: ExperimentArm, aggregate: ArmAggregate): ArmResult {
  const distinct = distinctCounts(aggregate);
  const holdout = arm.kind === 'holdout';
  const measured = holdout ? aggregate.events.held_out : aggregate.events.delivered;
  const estimated = holdout && measured === 0;
  const recipients = estimated
    ? Math.floor(definition.audienceSize * definition.coverage * arm.weight)
    : measured;
  const bounded = (count: number): number => Math.min(count, recipients);
  return {
    key: arm.key,
    label: arm.label,
    kind: arm.kind,
    weight: arm.weight,
    recipients,
    recipientsEstimated: estimated,
    humanOpeners: bounded(distinct.humanOpen),
    machineOpeners: bounded(distinct.machineOpen),
    clickers: bounded(distinct.click),
    converters: bounded(distinct.conversion),
    unsubscribers: bounded(distinct.unsubscribe),
    complainers: bounded(distinct.complaint),
    revenue: aggregate.revenueSum,
    clickRate: holdout ? null : rate(distinct.click, recipients),
    humanOpenRate: holdout ? null : rate(distinct.humanOpen, recipients),
    conversionRate: rate(distinct.conversion, recipients),
    revenuePerRecipient: recipients > 0 ? aggregate.revenueSum / recipients : null,
    unsubscribeRate: holdout ? null : rate(distinct.unsubscribe, recipients),
    complaintRate: holdout ? null : rate(distinct.complaint, recipients),
    events: {
      delivered: aggregate.events.delivered,
      open: aggregate.events.open,
      click: aggregate.events.click,
      conversion: aggregate.events.conversion,
      heldOut: aggregate.events.held_out,
    },
    segments: aggregate.segments,
    lastEventAt: aggregate.lastEventAt,
  };
}

/** Pearson χ² of the measured arm sizes against their planned weights (the estimated holdout left out). */
function srmCheck(arms: readonly ArmResult[]): SrmCheck | null {
  const measured = arms.filter((arm) => !arm.recipientsEstimated);
  const total = measured.reduce((sum, arm) => sum + arm.recipients, 0);
  if (measured.length < 2 || total === 0) return null;
  const result = sampleRatioMismatch({
    users: measured.map((arm) => arm.recipients),
    weights: measured.map((arm) => arm.weight),
  });
  const weightTotal = measured.reduce((sum, arm) => sum + arm.weight, 0);
  return {
    chiSquare: result.chiSquare,
    pValue: result.pValue,
    mismatch: result.mismatch,
    arms: measured.map((arm) => ({
      arm: arm.key,
      label: arm.label,
      recipients: arm.recipients,
      expectedShare: arm.weight / weightTotal,
      observedShare: arm.recipients / total,
    })),
  };
}

/**
 * One-sided p-value of "the variant's rate is higher than the control's": the exact conditional binomial
 * test. Given the k events of both arms, under equal rates the variant's count is Binomial(k, q) with
 * q = n_B / (n_A + n_B), so p = P(X ≥ x_B) = I_q(x_B, k − x_B + 1). Guardrail events are rare (complaints
 * ≈ 0.05%, about 10 per 20,000 recipients), where the z tests' normal tail raises too many false alarms
 * (measured: 8% per test at α = 5% on simulated null data with the pooled z test).
 */
export function guardrailOneSidedP(
  control: { events: number; recipients: number },
  variant: { events: number; recipients: number },
): number {
  const total = control.events + variant.events;
  if (variant.events <= 0 || total <= 0) return 1;
  const share = variant.recipients / (control.recipients + variant.recipients);
  return regularizedIncompleteBeta(share, variant.events, total - variant.events + 1);
}

/**
 * Guardrails: is a variant's unsubscribe or complaint rate higher than the control's? One-sided exact
 * conditional binomial test (guardrailOneSidedP) at `guardrailAlpha`, without a multiple-comparison correction: for harm we
 * prefer a false alarm to a missed regression.
 */
function guardrailChecks(
  control: ArmResult,
  variants: readonly ArmResult[],
  settings: ExperimentSettings,
): GuardrailCheck[] {
  const checks: GuardrailCheck[] = [];
  const metrics = [
    ['unsubscribe_rate', (arm: ArmResult) => arm.unsubscribers],
    ['complaint_rate', (arm: ArmResult) => arm.complainers],
  ] as const;
  for (const [metric, count] of metrics) {
    const comparisons = compareRates(
      metric,
      { arm: control, successes: count(control) },
      variants.map((arm) => ({ arm, successes: count(arm) })),
      settings.guardrailAlpha,
      'none',
    );
    for (const comparison of comparisons) {
      const oneSided = guardrailOneSidedP(
        { events: comparison.referenceEvents, recipients: comparison.referenceRecipients },
        { events: comparison.events, recipients: comparison.recipients },
      );
      checks.push({
        arm: comparison.arm,
        label: comparison.label,
        metric,
        value: comparison.value,
        controlValue: comparison.referenceValue,
        lift: comparison.lift,
        pValue: oneSided,
        degraded: comparison.difference > 0 && oneSided < settings.guardrailAlpha,
      });
    }
  }
  return checks;
}

function progressOf(
  definition: ExperimentDefinition,
  messageArms: readonly ArmResult[],
  aggregates: ArmAggregate[],
): Progress {
  const plannedPerArm = definition.plan.usersPerArm;
  const currentPerArm = messageArms.length === 0 ? 0 : Math.min(...messageArms.map((arm) => arm.recipients));
  const fraction = plannedPerArm > 0 ? Math.min(1, currentPerArm / plannedPerArm) : 0;
  const complete = currentPerArm >= COMPLETE_SHARE * plannedPerArm && currentPerArm > 0;
  const firsts = aggregates
    .map((aggregate) => aggregate.firstEventAt)
    .filter((at): at is number => at !== null);
  const lasts = aggregates
    .map((aggregate) => aggregate.lastEventAt)
    .filter((at): at is number => at !== null);
  const first = firsts.length > 0 ? Math.min(...firsts) : null;
  const last = lasts.length > 0 ? Math.max(...lasts) : null;
  const spanDays = first !== null && last !== null ? (last - first) / DAY_MS : 0;
  // Less than an hour of data says nothing about a daily volume (e.g. one blast send).
  const dailyPerArm = spanDays >= 1 / 24 && currentPerArm > 0 ? currentPerArm / spanDays : null;
  let estimatedCompletion: string | null = null;
  if (!complete && dailyPerArm !== null && last !== null) {
    estimatedCompletion = new Date(
      last + ((plannedPerArm - currentPerArm) / dailyPerArm) * DAY_MS,
    ).toISOString();
  }
  return { plannedPerArm, currentPerArm, fraction, complete, dailyPerArm, estimatedCompletion };
}

/**
 * The results model: per-arm observations, click rate (primary), conversion rate and revenue per
 * recipient (secondary), the holdout comparison, guardrails, the SRM check, progress against the plan,
 * caveats, plain-language statements and the recommendation. Pure: everything comes from the definition,
 * the stored aggregates and `now`.
 */
export function buildExperimentResults(
  definition: ExperimentDefinition,
  stored: CampaignAggregates,
  now: Date,
  settings: ExperimentSettings,
): ExperimentResults {
  const alpha = definition.plan.alpha;
  const aggregateOf = (arm: ExperimentArm): ArmAggregate => stored.arms.get(arm.key) ?? emptyArmAggregate();
  const arms = definition.arms.map((arm) => armResult(definition, arm, aggregateOf(arm)));
  const control = arms.find((arm) => arm.key === CONTROL_ARM);
  const variants = arms.filter((arm) => arm.kind === 'variant');
  const messageArms = arms.filter((arm) => arm.kind !== 'holdout');
  const holdout = arms.find((arm) => arm.kind === 'holdout');
  const sumSquares = (arm: ArmResult): number => stored.arms.get(arm.key)?.revenueSumSquares ?? 0;

  const primary: Comparison[] = [];
  const secondary: Comparison[] = [];
  const holdoutComparisons: Comparison[] = [];
  let guardrails: GuardrailCheck[] = [];
  if (control) {
    primary.push(
      ...compareRates(
        'click_rate',
        { arm: control, successes: control.clickers },
        variants.map((arm) => ({ arm, successes: arm.clickers })),
        alpha,
      ),
    );
    const conversions = (arm: ArmResult): BinomialCount => ({ arm, successes: arm.converters });
    secondary.push(
      ...compareRates('conversion_rate', conversions(control), variants.map(conversions), alpha),
    );
    secondary.push(
      ...compareRevenue(
        control,
        sumSquares(control),
        variants.map((arm) => ({ arm, sumSquares: sumSquares(arm) })),
        alpha,
      ),
    );
    if (holdout)
      holdoutComparisons.push(
        ...compareRates('conversion_rate', conversions(holdout), messageArms.map(conversions), alpha),
      );
    guardrails = guardrailChecks(control, variants, settings);
  }

  const srm = srmCheck(arms);
  const aggregates = definition.arms.map(aggregateOf);
  const progress = progressOf(definition, messageArms, aggregates);
  const lastEventAt = Math.max(
    -Infinity,
    ...aggregates.map((aggregate) => aggregate.lastEventAt ?? -Infinity),
  );
  const pace: Pace = {
    dailyPerArm: progress.dailyPerArm,
    lastEventAt: Number.isFinite(lastEventAt) ? lastEventAt : null,
  };
  // While nothing happened yet, the planning click rate (a tenth of it for conversions and revenue,
  // which follow clicks) says how many recipients the minimum needs.
  const judged = (comparison: Comparison): Comparison =>
    withMinimumData(
      comparison,
      settings.minimumData,
      comparison.metric === 'click_rate' ? definition.plan.baselineRate : definition.plan.baselineRate / 10,
      pace,
    );
  primary.splice(0, primary.length, ...primary.map(judged));
  secondary.splice(0, secondary.length, ...secondary.map(judged));
  holdoutComparisons.splice(0, holdoutComparisons.length, ...holdoutComparisons.map(judged));
  const lastEvents = aggregates
    .map((aggregate) => aggregate.lastEventAt)
    .filter((at): at is number => at !== null);
  const firstEvents = aggregates
    .map((aggregate) => aggregate.firstEventAt)
    .filter((at): at is number => at !== null);
  const freshness = {
    firstEventAt: firstEvents.length > 0 ? Math.min(...firstEvents) : null,
    lastEventAt: lastEvents.length > 0 ? Math.max(...lastEvents) : null,
  };
  const totalEvents = aggregates.reduce(
    (sum, aggregate) => sum + Object.values(aggregate.events).reduce((a, b) => a + b, 0),
    0,
  );
  const simulatedEvents = aggregates.reduce((sum, aggregate) => sum + aggregate.simulatedEvents, 0);
  const hasData = (control?.recipients ?? 0) > 0 && variants.some((arm) => arm.recipients > 0);

  const caveats = caveatsFor({
    arms,
    srm,
    guardrails,
    progress,
    freshness,
    now,
    hasData,
    simulatedEvents,
    totalEvents,
    aggregates,
    definition,
  });
  const recommendation = recommend({ hasData, srm, primary, guardrails, progress, alpha });
  return {
    campaignId: definition.campaignId,
    experimentKey: definition.experimentKey,
    launchedAt: definition.launchedAt,
    generatedAt: now.toISOString(),
    alpha,
    arms,
    primary,
    secondary,
    holdout: holdoutComparisons,
    guardrails,
    srm,
    trustworthy: !(srm?.mismatch ?? false),
    freshness,
    progress,
    caveats,
    statements: primary.map((comparison) => comparisonStatement(comparison, alpha, progress.complete)),
    recommendation,
    simulatedEvents,
    totalEvents,
  };
}

/** `value` as a percentage precise enough not to read the same as `other` ("10.04%" next to "10%"). */
function distinctPercent(value: number, other: number): string {
  for (const digits of [0, 1, 2, 3]) {
    if (formatPercent(value, digits) !== formatPercent(other, digits)) return formatPercent(value, digits);
  }
  return formatPercent(value, 3);
}

interface CaveatInput {
  arms: readonly ArmResult[];
  srm: SrmCheck | null;
  guardrails: readonly GuardrailCheck[];
  progress: Progress;
  freshness: { lastEventAt: number | null };
  now: Date;
  hasData: boolean;
  simulatedEvents: number;
  totalEvents: number;
  aggregates: readonly ArmAggregate[];
  definition: ExperimentDefinition;
}

function caveatsFor(input: CaveatInput): Caveat[] {
  const caveats: Caveat[] = [];
  if (!input.hasData) {
    caveats.push({
      kind: 'no_data',
      severity: 'warning',
      message: 'No deliveries recorded yet for the control and at least one variant.',
    });
  }
  if (input.srm?.mismatch) {
    const shares = input.srm.arms.map(
      (arm) =>
        `${arm.label} ${formatPercent(arm.observedShare)} (planned ${formatPercent(arm.expectedShare)})`,
    );
    caveats.push({
      kind: 'srm',
      severity: 'critical',
      message: `Sample ratio mismatch (${formatPClause(input.srm.pValue)}): ${shares.join(', ')}. The results are untrustworthy until the cause is fixed.`,
    });
  }
  for (const check of input.guardrails.filter((candidate) => candidate.degraded)) {
    caveats.push({
      kind: 'guardrail',
      severity: 'critical',
      message: `${check.label} raises the ${check.metric === 'unsubscribe_rate' ? 'unsubscribe' : 'complaint'} rate: ${formatPercent(check.value)} vs ${formatPercent(check.controlValue)} for control (one-sided ${formatPClause(check.pValue)}).`,
    });
  }
  if (input.hasData && !input.progress.complete) {
    caveats.push({
      kind: 'too_early',
      severity: 'warning',
      message: `Too early to decide: ${formatCount(input.progress.currentPerArm)} of ${formatCount(input.progress.plannedPerArm)} planned recipients per arm (${formatPercent(input.progress.fraction, 0)}); estimates can still move.`,
    });
  }
  if (
    input.freshness.lastEventAt !== null &&
    input.now.getTime() - input.freshness.lastEventAt > STALE_AFTER_MS
  ) {
    caveats.push({
      kind: 'stale',
      severity: 'warning',
      message: `No new engagement since ${formatInstant(input.freshness.lastEventAt)}: check that events are still being imported.`,
    });
  }
  if (input.simulatedEvents > 0) {
    caveats.push({
      kind: 'simulated',
      severity: 'warning',
      message: `${formatCount(input.simulatedEvents)} of ${formatCount(input.totalEvents)} events are simulated (cpo simulate), not real customer behaviour.`,
    });
  }
  input.arms.forEach((arm, index) => {
    const delivered = input.aggregates[index]?.sketches.delivered?.estimate() ?? 0;
    if (
      arm.kind !== 'holdout' &&
      arm.events.delivered > 20 &&
      arm.events.delivered > delivered * (1 + DUPLICATE_TOLERANCE)
    ) {
      caveats.push({
        kind: 'duplicates',
        severity: 'warning',
        message: `${arm.label}: ${formatCount(arm.events.delivered)} delivered events for about ${formatCount(delivered)} distinct recipients: some deliveries were counted twice (overlapping imports or redelivered webhook events).`,
      });
    }
  });
  const machineOpeners = input.arms.reduce((sum, arm) => sum + arm.machineOpeners, 0);
  if (machineOpeners > 0) {
    caveats.push({
      kind: 'machine_opens',
      severity: 'info',
      message: `Open rates count human opens only: ${formatCount(machineOpeners)} recipients had machine opens (Apple Mail Privacy Protection) that say nothing about interest.`,
    });
  }
  const estimatedHoldout = input.arms.find((arm) => arm.recipientsEstimated);
  if (estimatedHoldout) {
    caveats.push({
      kind: 'holdout_estimated',
      severity: 'info',
      message: `No held_out events were reported, so the holdout size (${formatCount(estimatedHoldout.recipients)}) is the planned share of the audience.`,
    });
  }
  const { plan } = input.definition;
  if (plan.minimumDetectableLift === null || plan.minimumDetectableLift > plan.targetLift) {
    caveats.push({
      kind: 'plan_unreachable',
      severity: 'info',
      message:
        plan.minimumDetectableLift === null
          ? 'The audience is too small to detect any realistic lift; treat the results as a pilot.'
          : `The audience can only detect lifts of ${distinctPercent(plan.minimumDetectableLift, plan.targetLift)} or more (the target was ${formatPercent(plan.targetLift, 0)}).`,
    });
  }
  return caveats;
}
