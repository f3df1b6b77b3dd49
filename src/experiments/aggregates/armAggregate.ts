import { ENGAGEMENT_TYPES, type EngagementType } from '../definition/engagementType';
import { HyperLogLog } from './hyperLogLog';

/** Distinct-customer sketches kept per arm; opens are split because Apple MPP machine opens are unreliable. */
export const SKETCH_METRICS = [
  'delivered',
  'humanOpen',
  'machineOpen',
  'click',
  'conversion',
  'unsubscribe',
  'complaint',
  'heldOut',
] as const;
export type SketchMetric = (typeof SKETCH_METRICS)[number];

export type { SegmentCounts } from '../../domain/experimentArms';
import type { SegmentCounts } from '../../domain/experimentArms';

/** More distinct segment values than this per arm are folded into "other" (keeps the row small). */
export const MAX_SEGMENTS_PER_ARM = 40;
export const OTHER_SEGMENT = 'other';

/**
 * Everything stored about one arm of one experiment: raw event counts, revenue moments and time range
 * (exact, additive) plus distinct-customer sketches (approximate, idempotent). No customer is identifiable.
 */
export interface ArmAggregate {
  events: Record<EngagementType, number>;
  /** Open events flagged as machine opens (Apple Mail Privacy Protection and similar prefetchers). */
  machineOpens: number;
  /** Sum and sum of squares of conversion revenue, for revenue per recipient and its variance. */
  revenueSum: number;
  revenueSumSquares: number;
  /** Epoch milliseconds of the earliest and latest event, null before any. */
  firstEventAt: number | null;
  lastEventAt: number | null;
  /** Events that came from `cpo simulate` rather than real engagement. */
  simulatedEvents: number;
  segments: Record<string, SegmentCounts>;
  sketches: Partial<Record<SketchMetric, HyperLogLog>>;
}

export function emptyEventCounts(): Record<EngagementType, number> {
  return Object.fromEntries(ENGAGEMENT_TYPES.map((type) => [type, 0])) as Record<EngagementType, number>;
}

export function emptyArmAggregate(): ArmAggregate {
  return {
    events: emptyEventCounts(),
    machineOpens: 0,
    revenueSum: 0,
    revenueSumSquares: 0,
    firstEventAt: null,
    lastEventAt: null,
    simulatedEvents: 0,
    segments: {},
    sketches: {},
  };
}

export function emptySegmentCounts(): SegmentCounts {
  return { delivered: 0, click: 0, conversion: 0, revenue: 0 };
}

const earliest = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.min(a, b);
const latest = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.max(a, b);

/** The segment bucket `name` lands in, given the buckets `segments` already has. */
export function segmentBucket(segments: Record<string, SegmentCounts>, name: string): string {
  if (name in segments || Object.keys(segments).length < MAX_SEGMENTS_PER_ARM) return name;
  return OTHER_SEGMENT;
}

/**
 * Adds `delta` into `target` (mutating it, for speed on hot paths) and returns the sketches of `target` that
 * changed, so a writer only rewrites those.
 */
export function addArmAggregate(target: ArmAggregate, delta: ArmAggregate): Set<SketchMetric> {
  for (const type of ENGAGEMENT_TYPES) target.events[type] += delta.events[type];
  target.machineOpens += delta.machineOpens;
  target.revenueSum += delta.revenueSum;
  target.revenueSumSquares += delta.revenueSumSquares;
  target.firstEventAt = earliest(target.firstEventAt, delta.firstEventAt);
  target.lastEventAt = latest(target.lastEventAt, delta.lastEventAt);
  target.simulatedEvents += delta.simulatedEvents;
  for (const [name, counts] of Object.entries(delta.segments)) {
    const bucket = segmentBucket(target.segments, name);
    const into = (target.segments[bucket] ??= emptySegmentCounts());
    into.delivered += counts.delivered;
    into.click += counts.click;
    into.conversion += counts.conversion;
    into.revenue += counts.revenue;
  }
  const changed = new Set<SketchMetric>();
  for (const metric of SKETCH_METRICS) {
    const incoming = delta.sketches[metric];
    if (!incoming) continue;
    const existing = target.sketches[metric];
    if (!existing) {
      if (incoming.isEmpty()) continue;
      target.sketches[metric] = incoming.clone();
      changed.add(metric);
    } else if (existing.merge(incoming)) {
      changed.add(metric);
    }
  }
  return changed;
}

/** Distinct customers per sketch, rounded (0 for a metric never seen). */
export function distinctCounts(aggregate: ArmAggregate): Record<SketchMetric, number> {
  return Object.fromEntries(
    SKETCH_METRICS.map((metric) => [metric, Math.round(aggregate.sketches[metric]?.estimate() ?? 0)]),
  ) as Record<SketchMetric, number>;
}
