import { CHANNELS, LIFECYCLE_STAGES, type Channel, type LifecycleStage } from '../../domain/customer';
import type { SegmentCriteria } from './segmentCriteria';

/** Aggregates over the members of a segment: the only customer data that leaves segmentation. */
export interface SegmentAggregates {
  size: number;
  population: number;
  sumRecency: number;
  sumFrequency: number;
  sumMonetary: number;
  optIns: Record<Channel, number>;
  stages: Record<LifecycleStage, number>;
  regions: Map<string, number>;
}

export function emptyAggregates(population: number): SegmentAggregates {
  return {
    size: 0,
    population,
    sumRecency: 0,
    sumFrequency: 0,
    sumMonetary: 0,
    optIns: { email: 0, sms: 0, push: 0 },
    stages: { new: 0, active: 0, at_risk: 0, lapsed: 0, churned: 0 },
    regions: new Map(),
  };
}

const CHANNEL_LABEL: Record<Channel, string> = { email: 'email', sms: 'SMS', push: 'push' };
const STAGE_LABEL: Record<LifecycleStage, string> = {
  new: 'new',
  active: 'active',
  at_risk: 'at risk',
  lapsed: 'lapsed',
  churned: 'churned',
};

const money = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const count = new Intl.NumberFormat('en-US');

function percent(part: number, whole: number): string {
  if (whole === 0) return '0%';
  const value = (part / whole) * 100;
  return `${value < 10 && value > 0 ? value.toFixed(1) : Math.round(value)}%`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Stable id from the criteria, e.g. `seg-inactive-90d-emea-email`: the same request names the same segment. */
export function segmentId(criteria: SegmentCriteria): string {
  const parts: string[] = [];
  if (criteria.cohort) parts.push(criteria.cohort.name.replace(/_/g, '-'));
  if (criteria.inactiveDays !== undefined) parts.push(`inactive-${criteria.inactiveDays}d`);
  if (criteria.activeWithinDays !== undefined) parts.push(`active-${criteria.activeWithinDays}d`);
  if (criteria.lifecycleStage !== undefined) parts.push(slug(criteria.lifecycleStage));
  if (criteria.region !== undefined) parts.push(slug(criteria.region) || 'region');
  if (criteria.channel !== undefined) parts.push(criteria.channel);
  if (criteria.minMonetary !== undefined) parts.push(`spend-${Math.round(criteria.minMonetary)}`);
  if (criteria.minFrequency !== undefined) parts.push(`orders-${criteria.minFrequency}`);
  return `seg-${parts.length === 0 ? 'all' : parts.join('-')}`;
}

export function segmentName(criteria: SegmentCriteria): string {
  const parts: string[] = [];
  if (criteria.cohort) parts.push(criteria.cohort.label);
  if (criteria.inactiveDays !== undefined) parts.push(`Inactive ${criteria.inactiveDays}+ days`);
  if (criteria.activeWithinDays !== undefined)
    parts.push(`Active in the last ${criteria.activeWithinDays} days`);
  if (criteria.lifecycleStage !== undefined) parts.push(`Lifecycle ${STAGE_LABEL[criteria.lifecycleStage]}`);
  if (criteria.region !== undefined) parts.push(criteria.region);
  if (criteria.channel !== undefined) parts.push(`${CHANNEL_LABEL[criteria.channel]} opt-in`);
  if (criteria.minMonetary !== undefined) parts.push(`Spend ${money.format(criteria.minMonetary)}+`);
  if (criteria.minFrequency !== undefined) parts.push(`${criteria.minFrequency}+ orders`);
  return parts.length === 0 ? 'All customers' : parts.join(' · ');
}

/** "Customers whose last purchase was at least 90 days ago, in EMEA." */
export function ruleSentence(criteria: SegmentCriteria): string {
  const clauses: string[] = [];
  if (criteria.cohort) clauses.push(`who ${criteria.cohort.rule}`);
  if (criteria.inactiveDays !== undefined) {
    clauses.push(`whose last purchase was at least ${criteria.inactiveDays} days ago`);
  }
  if (criteria.activeWithinDays !== undefined) {
    clauses.push(`who bought within the last ${criteria.activeWithinDays} days`);
  }
  if (criteria.lifecycleStage !== undefined) {
    clauses.push(`in the "${STAGE_LABEL[criteria.lifecycleStage]}" lifecycle stage`);
  }
  if (criteria.region !== undefined) clauses.push(`in ${criteria.region}`);
  if (criteria.channel !== undefined) clauses.push(`opted in to ${CHANNEL_LABEL[criteria.channel]}`);
  if (criteria.minMonetary !== undefined) {
    clauses.push(`who spent at least ${money.format(criteria.minMonetary)} in the last 12 months`);
  }
  if (criteria.minFrequency !== undefined) {
    clauses.push(`with at least ${criteria.minFrequency} orders in the last 12 months`);
  }
  return clauses.length === 0 ? 'All customers.' : `Customers ${clauses.join(', ')}.`;
}

function topEntries<K>(entries: Iterable<[K, number]>, limit: number): Array<[K, number]> {
  return [...entries]
    .filter(([, value]) => value > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit);
}

/** Aggregate, non-identifying traits, e.g. "avg 132 days since last order". */
export function segmentTraits(aggregates: SegmentAggregates): string[] {
  const { size } = aggregates;
  if (size === 0) return [];
  const traits = [
    `avg ${Math.round(aggregates.sumRecency / size)} days since last order`,
    `avg ${(aggregates.sumFrequency / size).toFixed(1)} orders in the last 12 months`,
    `avg ${money.format(aggregates.sumMonetary / size)} spent in the last 12 months`,
    `opted in: ${CHANNELS.map((channel) => `${CHANNEL_LABEL[channel]} ${percent(aggregates.optIns[channel], size)}`).join(', ')}`,
  ];
  const regions = topEntries(aggregates.regions.entries(), 2);
  if (regions.length > 0) {
    traits.push(`regions: ${regions.map(([region, n]) => `${region} ${percent(n, size)}`).join(', ')}`);
  }
  const stages = topEntries(
    LIFECYCLE_STAGES.map((stage): [LifecycleStage, number] => [stage, aggregates.stages[stage]]),
    2,
  );
  traits.push(
    `lifecycle: ${stages.map(([stage, n]) => `${STAGE_LABEL[stage]} ${percent(n, size)}`).join(', ')}`,
  );
  return traits;
}

export function reachableChannels(aggregates: SegmentAggregates, criteria: SegmentCriteria): Channel[] {
  if (criteria.channel !== undefined) return aggregates.size > 0 ? [criteria.channel] : [];
  return CHANNELS.filter((channel) => aggregates.optIns[channel] > 0);
}

/** Plain-language explanation: the rule, the size, and what the members have in common. */
export function segmentExplanation(criteria: SegmentCriteria, aggregates: SegmentAggregates): string {
  const { size, population } = aggregates;
  const sentences = [ruleSentence(criteria)];
  if (size === 0) {
    sentences.push(`No customer matches these criteria (0 of ${count.format(population)}).`);
    return sentences.join(' ');
  }
  sentences.push(
    `${count.format(size)} of ${count.format(population)} customers (${percent(size, population)}) match.`,
    `On average they last ordered ${Math.round(aggregates.sumRecency / size)} days ago, placed ${(
      aggregates.sumFrequency / size
    ).toFixed(1)} orders and spent ${money.format(aggregates.sumMonetary / size)} in the last 12 months.`,
  );
  const reachable = CHANNELS.filter((channel) => aggregates.optIns[channel] > 0).map(
    (channel) => `${count.format(aggregates.optIns[channel])} by ${CHANNEL_LABEL[channel]}`,
  );
  sentences.push(
    reachable.length > 0 ? `Reachable: ${reachable.join(', ')}.` : 'None of them opted in to any channel.',
  );
  if (criteria.cohort?.usesScores) {
    sentences.push(`RFM scores are quintiles (1-5) over all ${count.format(population)} customers.`);
  }
  return sentences.join(' ');
}
