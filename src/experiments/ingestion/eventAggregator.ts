import {
  emptyArmAggregate,
  emptySegmentCounts,
  segmentBucket,
  type ArmAggregate,
  type SketchMetric,
} from '../aggregates/armAggregate';
import { HyperLogLog } from '../aggregates/hyperLogLog';
import type { EngagementEvent } from './engagementRecord';

/** An event whose arm was resolved to an arm key of its experiment. */
export type ResolvedEvent = EngagementEvent;

export interface CampaignBatch {
  arms: Map<string, ArmAggregate>;
  events: number;
  firstEventAt: number | null;
  lastEventAt: number | null;
}

function sketchOf(aggregate: ArmAggregate, metric: SketchMetric): HyperLogLog {
  return (aggregate.sketches[metric] ??= new HyperLogLog());
}

/**
 * Folds events into per-campaign, per-arm deltas in memory (constant size whatever the number of events),
 * ready to be added to the stored aggregates in one write. Imports, the webhook and the simulator all
 * feed this same path.
 */
export class EventAggregator {
  private readonly batches = new Map<string, CampaignBatch>();

  constructor(private readonly simulated = false) {}

  add(event: ResolvedEvent): void {
    let batch = this.batches.get(event.campaignId);
    if (!batch) {
      batch = { arms: new Map(), events: 0, firstEventAt: null, lastEventAt: null };
      this.batches.set(event.campaignId, batch);
    }
    let arm = batch.arms.get(event.arm);
    if (!arm) {
      arm = emptyArmAggregate();
      batch.arms.set(event.arm, arm);
    }
    batch.events++;
    if (batch.firstEventAt === null || event.at < batch.firstEventAt) batch.firstEventAt = event.at;
    if (batch.lastEventAt === null || event.at > batch.lastEventAt) batch.lastEventAt = event.at;
    arm.events[event.type]++;
    if (this.simulated) arm.simulatedEvents++;
    if (arm.firstEventAt === null || event.at < arm.firstEventAt) arm.firstEventAt = event.at;
    if (arm.lastEventAt === null || event.at > arm.lastEventAt) arm.lastEventAt = event.at;
    const segment =
      event.segment === undefined
        ? undefined
        : (arm.segments[segmentBucket(arm.segments, event.segment)] ??= emptySegmentCounts());

    switch (event.type) {
      case 'delivered':
        sketchOf(arm, 'delivered').addHex(event.customerHash);
        if (segment) segment.delivered++;
        break;
      case 'open':
        if (event.machineOpen) {
          arm.machineOpens++;
          sketchOf(arm, 'machineOpen').addHex(event.customerHash);
        } else {
          sketchOf(arm, 'humanOpen').addHex(event.customerHash);
        }
        break;
      case 'click':
        sketchOf(arm, 'click').addHex(event.customerHash);
        if (segment) segment.click++;
        break;
      case 'conversion':
        sketchOf(arm, 'conversion').addHex(event.customerHash);
        arm.revenueSum += event.revenue;
        arm.revenueSumSquares += event.revenue * event.revenue;
        if (segment) {
          segment.conversion++;
          segment.revenue += event.revenue;
        }
        break;
      case 'unsubscribe':
        sketchOf(arm, 'unsubscribe').addHex(event.customerHash);
        break;
      case 'complaint':
        sketchOf(arm, 'complaint').addHex(event.customerHash);
        break;
      case 'held_out':
        sketchOf(arm, 'heldOut').addHex(event.customerHash);
        break;
    }
  }

  campaigns(): ReadonlyMap<string, CampaignBatch> {
    return this.batches;
  }

  get eventCount(): number {
    let total = 0;
    for (const batch of this.batches.values()) total += batch.events;
    return total;
  }
}
