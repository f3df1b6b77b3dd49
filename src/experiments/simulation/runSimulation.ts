import { createHash } from 'node:crypto';
import { conflict, invalidInput } from '../../shared/errors';
import type { ExperimentServices } from '../definition/experimentServices';
import { applyBatches } from '../ingestion/applyBatches';
import { EventAggregator } from '../ingestion/eventAggregator';
import { DEFAULT_ENGAGEMENT_MODEL } from './engagementModel';
import { simulateEngagement, trueClickRate, type SimulationPlan } from './simulateEngagement';
import { parseSimulationRequest } from './simulationRequest';

export interface SimulatedArm {
  arm: string;
  label: string;
  /** True click rate the simulation used (null for the holdout). */
  trueClickRate: number | null;
  /** Recipients (message arms) or held-out customers (holdout) simulated. */
  recipients: number;
  events: number;
}

export interface SimulationSummary {
  campaign: string;
  seed: number;
  days: number;
  /** True when less than `days` had passed since the data so far: the sends were squeezed into that time. */
  compressed: boolean;
  users: number;
  trueLift: number;
  baseline: number;
  skew: number;
  guardrailLift: number;
  events: number;
  from: string;
  to: string;
  arms: SimulatedArm[];
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * When simulated engagement happens: from where the data so far ends (the launch when there is none) for
 * `days`, but never after `now` (a report must not say "data through" a future date). When less time than
 * that has passed, the sends are squeezed into what there is (`compressed`), down to all at `now`.
 */
export function simulationWindow(
  dataEndsAt: number,
  now: number,
  days: number,
): { start: number; end: number; compressed: boolean } {
  const start = Math.min(dataEndsAt + 1000, now);
  const end = Math.min(start + days * DAY_MS, now);
  return { start, end, compressed: end - start < days * DAY_MS };
}

/**
 * `simulate`: synthetic engagement with a known true lift for a launched experiment, written through the
 * same aggregate path as imports (so reports can be checked against the truth), dated within
 * `simulationWindow` (never after now). Runs append: each starts where the data so far ends. Refuses experiments that have real engagement — synthetic events
 * would silently corrupt them — and marks every simulated event as such (reports say so).
 */
export async function runSimulation(
  input: unknown,
  services: ExperimentServices,
): Promise<SimulationSummary> {
  const request = parseSimulationRequest(input);
  const definition = await services.definitions.get(request.campaignId);
  const stored = await services.aggregates.load(definition.campaignId);
  let realEvents = 0;
  let lastEventAt = Date.parse(definition.launchedAt);
  for (const aggregate of stored.arms.values()) {
    const total = Object.values(aggregate.events).reduce((sum, count) => sum + count, 0);
    realEvents += total - aggregate.simulatedEvents;
    if (aggregate.lastEventAt !== null) lastEventAt = Math.max(lastEventAt, aggregate.lastEventAt);
  }
  if (realEvents > 0) {
    throw conflict(
      `Campaign "${definition.campaignId}" has real engagement data; simulating would mix synthetic events into it.`,
    );
  }
  const baseline = request.baseline ?? definition.plan.baselineRate;
  if (!(baseline * (1 + request.lift) < 1)) {
    throw invalidInput(
      `lift: puts the variants' click rate at ${baseline * (1 + request.lift)}, which is not below 1`,
    );
  }
  const window = simulationWindow(lastEventAt, services.clock().getTime(), request.days);
  const plan: SimulationPlan = {
    definition,
    users: request.users ?? definition.audienceSize,
    start: window.start,
    end: window.end,
    days: (window.end - window.start) / DAY_MS,
    baseline,
    lift: request.lift,
    skew: request.skew ?? 0,
    guardrailLift: request.guardrailLift ?? 0,
    seed: request.seed ?? Number.parseInt(services.randomHex(3), 16),
    model: DEFAULT_ENGAGEMENT_MODEL,
  };

  const aggregator = new EventAggregator(true);
  const perArm = new Map<string, { recipients: number; events: number }>();
  for (const event of simulateEngagement(plan, services.pseudonymizer)) {
    aggregator.add(event);
    const counts = perArm.get(event.arm) ?? { recipients: 0, events: 0 };
    counts.events++;
    if (event.type === 'delivered' || event.type === 'held_out') counts.recipients++;
    perArm.set(event.arm, counts);
  }
  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ ...plan, definition: definition.experimentKey, model: undefined }))
    .digest('hex');
  const name = `simulation seed ${plan.seed}`;
  await applyBatches(aggregator, services, (_campaignId, batch) => ({
    record: {
      id: fingerprint,
      source: 'simulation',
      name,
      importedAt: services.clock().toISOString(),
      events: batch.events,
      blocks: 0,
      firstEventAt: batch.firstEventAt,
      lastEventAt: batch.lastEventAt,
    },
    blocks: [],
    seenImports: new Set(),
  }));
  const batch = aggregator.campaigns().get(definition.campaignId);
  return {
    campaign: definition.campaignId,
    seed: plan.seed,
    days: request.days,
    compressed: window.compressed,
    users: plan.users,
    trueLift: plan.lift,
    baseline,
    skew: plan.skew,
    guardrailLift: plan.guardrailLift,
    events: batch?.events ?? 0,
    from: new Date(batch?.firstEventAt ?? plan.start).toISOString(),
    to: new Date(batch?.lastEventAt ?? plan.start).toISOString(),
    arms: definition.arms.map((arm) => ({
      arm: arm.key,
      label: arm.label,
      trueClickRate: trueClickRate(arm, plan) ?? null,
      recipients: perArm.get(arm.key)?.recipients ?? 0,
      events: perArm.get(arm.key)?.events ?? 0,
    })),
  };
}
