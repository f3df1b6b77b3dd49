import { createHash } from 'node:crypto';
import {
  emptyArmAggregate,
  type ArmAggregate,
  type SketchMetric,
} from '../../../src/experiments/aggregates/armAggregate';
import type { CampaignAggregates } from '../../../src/experiments/aggregates/aggregateRepository';
import type {
  ExperimentArm,
  ExperimentDefinition,
} from '../../../src/experiments/definition/experimentDefinition';
import { HyperLogLog } from '../../../src/experiments/aggregates/hyperLogLog';

const DAY = 24 * 3600 * 1000;
export const T0 = Date.parse('2026-03-02T09:00:00.000Z');

/** A sketch of customers `0..count-1` of an arm (the same customer ids across metrics, like real data). */
function sketch(arm: string, count: number): HyperLogLog {
  const result = new HyperLogLog();
  for (let index = 0; index < count; index++)
    result.addHex(createHash('sha256').update(`${arm}-${index}`).digest('hex'));
  return result;
}

export interface ArmCounts {
  delivered?: number;
  deliveredEvents?: number;
  clickers?: number;
  converters?: number;
  revenue?: number;
  revenueSquares?: number;
  unsubscribers?: number;
  complainers?: number;
  heldOut?: number;
  machineOpeners?: number;
  days?: number;
  simulated?: boolean;
}

/** An arm aggregate with these distinct counts, events spread over `days` from T0. */
export function armAggregate(arm: string, counts: ArmCounts): ArmAggregate {
  const aggregate = emptyArmAggregate();
  aggregate.events.delivered = counts.deliveredEvents ?? counts.delivered ?? 0;
  aggregate.events.held_out = counts.heldOut ?? 0;
  aggregate.events.click = counts.clickers ?? 0;
  aggregate.events.conversion = counts.converters ?? 0;
  aggregate.revenueSum = counts.revenue ?? 0;
  aggregate.revenueSumSquares = counts.revenueSquares ?? (counts.revenue ?? 0) * 60;
  const sketches: Array<[SketchMetric, number | undefined]> = [
    ['delivered', counts.delivered],
    ['click', counts.clickers],
    ['conversion', counts.converters],
    ['unsubscribe', counts.unsubscribers],
    ['complaint', counts.complainers],
    ['heldOut', counts.heldOut],
    ['machineOpen', counts.machineOpeners],
  ];
  for (const [metric, count] of sketches) if (count) aggregate.sketches[metric] = sketch(arm, count);
  const total = Object.values(aggregate.events).reduce((sum, value) => sum + value, 0);
  if (total > 0) {
    aggregate.firstEventAt = T0;
    aggregate.lastEventAt = T0 + (counts.days ?? 7) * DAY;
  }
  if (counts.simulated) aggregate.simulatedEvents = total;
  return aggregate;
}

export function definitionFixture(
  options: { variants?: number; holdout?: boolean; usersPerArm?: number; audience?: number } = {},
): ExperimentDefinition {
  const variants = options.variants ?? 2;
  const messageShare = options.holdout ? 0.9 : 1;
  const arms: ExperimentArm[] = [
    {
      key: 'control',
      kind: 'control',
      label: 'Control (business as usual)',
      weight: messageShare / (variants + 1),
      routeCode: '00000001',
    },
    ...Array.from({ length: variants }, (_, index) => ({
      key: `v${index + 1}`,
      kind: 'variant' as const,
      label: `Variant ${index + 1}`,
      variantId: `v${index + 1}`,
      weight: messageShare / (variants + 1),
      routeCode: `0000001${index}`,
    })),
  ];
  if (options.holdout)
    arms.push({
      key: 'holdout',
      kind: 'holdout',
      label: 'Holdout (no message)',
      weight: 0.1,
      routeCode: '000000ff',
    });
  return {
    campaignId: 'results-test',
    experimentKey: 'cpo-results-test',
    seed: '0123456789abcdef',
    hashAttribute: 'id',
    hashVersion: 2,
    arms,
    coverage: 1,
    launchedAt: new Date(T0).toISOString(),
    launchedBy: 'marketer-1',
    audienceSize: options.audience ?? 60000,
    primaryMetric: 'click_rate',
    plan: {
      baselineRate: 0.04,
      alpha: 0.05,
      power: 0.8,
      targetLift: 0.1,
      minimumDetectableLift: 0.08,
      usersPerArm: options.usersPerArm ?? 20000,
    },
  };
}

export function aggregatesOf(arms: Record<string, ArmAggregate>): CampaignAggregates {
  return { arms: new Map(Object.entries(arms)), imports: [] };
}
