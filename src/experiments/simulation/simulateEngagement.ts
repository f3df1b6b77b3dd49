import { SeededRandom } from '../../shared/seededRandom';
import type { Pseudonymizer } from '../../privacy/pseudonymizer';
import { assignArm, type ExperimentArm, type ExperimentDefinition } from '../definition/experimentDefinition';
import { customerKeyOf } from '../ingestion/customerRef';
import type { ResolvedEvent } from '../ingestion/eventAggregator';
import type { EngagementModel } from './engagementModel';
import { SIMULATED_REGIONS } from './engagementModel';

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

export interface SimulationPlan {
  definition: ExperimentDefinition;
  /** Recipients to simulate. */
  users: number;
  /** Epoch ms where the simulated sends start; they are spread over `days`. */
  start: number;
  days: number;
  /**
   * No event is dated after this (epoch ms, "now" for a run): engagement that would come later is dated at
   * it, as if observed by then. Absent: no cap.
   */
  end?: number;
  /** True click rates: control `baseline`, every variant `baseline · (1 + lift)`. */
  baseline: number;
  lift: number;
  /** Share of control recipients moved to the first variant (a broken assignment). */
  skew: number;
  /** Relative change of the variants' unsubscribe and complaint rates. */
  guardrailLift: number;
  seed: number;
  model: EngagementModel;
}

/** The true click rate of an arm under the plan (undefined for the holdout, which gets no message). */
export function trueClickRate(
  arm: ExperimentArm,
  plan: Pick<SimulationPlan, 'baseline' | 'lift'>,
): number | undefined {
  if (arm.kind === 'holdout') return undefined;
  return arm.kind === 'control' ? plan.baseline : plan.baseline * (1 + plan.lift);
}

/**
 * Generates the engagement of `users` synthetic recipients, one at a time (constant memory):
 * each gets an id `sim-<seed>-<start>-<n>`, is assigned to an arm by the experiment's own GrowthBook
 * assignment (recipients outside coverage are skipped), and behaves according to `model` with the arm's
 * true click rate. The holdout only produces `held_out` and organic conversions. Deterministic per seed.
 */
export function* simulateEngagement(
  plan: SimulationPlan,
  pseudonymizer: Pseudonymizer,
): Generator<ResolvedEvent> {
  const random = new SeededRandom(plan.seed);
  const { definition, model } = plan;
  const firstVariant = definition.arms.find((arm) => arm.kind === 'variant');
  const window = plan.days * DAY_MS;
  for (let index = 0; index < plan.users; index++) {
    const id = `sim-${plan.seed}-${plan.start}-${index}`;
    let arm = assignArm(definition, id);
    if (!arm) continue;
    if (arm.kind === 'control' && firstVariant && plan.skew > 0 && random.chance(plan.skew))
      arm = firstVariant;
    const key = customerKeyOf(id, pseudonymizer);
    if (!key.ok) continue;
    const segment = random.weighted(SIMULATED_REGIONS);
    const end = plan.end ?? Number.POSITIVE_INFINITY;
    const sentAt = Math.min(end, plan.start + Math.floor(random.next() * window));
    const later = (maxHours: number): number =>
      Math.min(end, sentAt + Math.floor(random.next() * maxHours * HOUR_MS));
    const event = (
      type: ResolvedEvent['type'],
      at: number,
      extra: Partial<ResolvedEvent> = {},
    ): ResolvedEvent => ({
      campaignId: definition.campaignId,
      arm: arm.key,
      customerHash: key.hash,
      type,
      at,
      revenue: 0,
      machineOpen: false,
      segment,
      ...extra,
    });
    const revenue = (): number =>
      Math.round(Math.exp(model.revenueLogMean + model.revenueLogSd * random.normal()) * 100) / 100;

    if (arm.kind === 'holdout') {
      yield event('held_out', sentAt);
      if (random.chance(model.organicConversionRate))
        yield event('conversion', later(72), { revenue: revenue() });
      continue;
    }
    yield event('delivered', sentAt);
    if (random.chance(model.machineOpenRate))
      yield event('open', Math.min(end, sentAt + 1000), { machineOpen: true });
    const clickRate = trueClickRate(arm, plan) ?? 0;
    const clicked = random.chance(clickRate);
    if (clicked || random.chance(model.humanOpenRate)) {
      yield event('open', later(24));
      if (random.chance(model.repeatRate)) yield event('open', later(48));
    }
    let converted = false;
    if (clicked) {
      yield event('click', later(36));
      if (random.chance(model.repeatRate)) yield event('click', later(60));
      converted = random.chance(model.conversionPerClick);
    }
    if (converted || random.chance(model.organicConversionRate))
      yield event('conversion', later(72), { revenue: revenue() });
    const guardrail = arm.kind === 'variant' ? 1 + plan.guardrailLift : 1;
    if (random.chance(Math.min(1, model.unsubscribeRate * guardrail))) yield event('unsubscribe', later(48));
    if (random.chance(Math.min(1, model.complaintRate * guardrail))) yield event('complaint', later(48));
  }
}
