import { CHANNELS } from '../../domain/customer';
import type { Segment } from '../../domain/segment';
import type { CustomerSource as CustomerEngine } from '../../ports/CustomerSource';
import { CustomerColumns, FLAG } from './customerColumns';
import {
  emptyAggregates,
  reachableChannels,
  segmentExplanation,
  segmentId,
  segmentName,
  segmentTraits,
  type SegmentAggregates,
} from './describeSegment';
import { COHORT_NAMES, COHORTS, type CohortDefinition } from './namedCohorts';
import { formatThresholds, quintileThresholds, type RfmThresholds } from './rfmScores';
import { ascendingScore, recencyScore } from './rfmScores';
import { criteriaRecord, filterPredicate, toSegmentCriteria, type SegmentCriteria } from './segmentCriteria';
import { isCustomerEngine, type CustomerRows, type CustomerSource } from './segmentationContext';
import { aggregatesInEngine, thresholdsInEngine } from './segmentInEngine';
import type { SegmentCustomersInput } from '../../tools/inputs/segmentCustomersInput';

export interface SegmentationResult {
  segment: Segment;
  /** RFM breakdown of the filtered customers into every named cohort (method `rfm` without a cohort). */
  cohorts?: Segment[];
  /** Customers read (valid rows). */
  population: number;
}

const CHANNEL_FLAG = { email: FLAG.email, sms: FLAG.sms, push: FLAG.push } as const;

/** One streaming pass: filters are applied per row, only numeric columns are retained for RFM. */
async function scan(source: CustomerRows, criteria: SegmentCriteria): Promise<CustomerColumns> {
  const matches = filterPredicate(criteria);
  const columns = new CustomerColumns();
  for await (const customer of source()) columns.append(customer, matches(customer));
  return columns;
}

function thresholdsOf(columns: CustomerColumns): RfmThresholds {
  return {
    recency: quintileThresholds(columns.recency, columns.length),
    frequency: quintileThresholds(columns.frequency, columns.length),
    monetary: quintileThresholds(columns.monetary, columns.length),
  };
}

/** Aggregates over customers that pass the filters and, when given, the cohort rule. */
function aggregate(
  columns: CustomerColumns,
  cohort: CohortDefinition | undefined,
  thresholds: RfmThresholds | undefined,
): SegmentAggregates {
  const totals = emptyAggregates(columns.length);
  const scores = { recency: 0, frequency: 0, monetary: 0 };
  const facts = { recencyDays: 0, frequency: 0 };
  const regionCounts = new Array<number>(columns.regionNames.length).fill(0);
  for (let index = 0; index < columns.length; index += 1) {
    const flags = columns.flags[index] ?? 0;
    if ((flags & FLAG.matchesFilters) === 0) continue;
    const recency = columns.recency[index] ?? 0;
    const frequency = columns.frequency[index] ?? 0;
    const monetary = columns.monetary[index] ?? 0;
    if (cohort) {
      if (thresholds) {
        scores.recency = recencyScore(recency, thresholds.recency);
        scores.frequency = ascendingScore(frequency, thresholds.frequency);
        scores.monetary = ascendingScore(monetary, thresholds.monetary);
      }
      facts.recencyDays = recency;
      facts.frequency = frequency;
      if (!cohort.matches(scores, facts)) continue;
    }
    totals.size += 1;
    totals.sumRecency += recency;
    totals.sumFrequency += frequency;
    totals.sumMonetary += monetary;
    for (const channel of CHANNELS) if (flags & CHANNEL_FLAG[channel]) totals.optIns[channel] += 1;
    totals.stages[columns.stageAt(index)] += 1;
    const region = columns.region[index] ?? 0;
    regionCounts[region] = (regionCounts[region] ?? 0) + 1;
  }
  regionCounts.forEach((n, region) => {
    if (n > 0) totals.regions.set(columns.regionNames[region] ?? 'unknown', n);
  });
  return totals;
}

function toSegment(
  criteria: SegmentCriteria,
  aggregates: SegmentAggregates,
  thresholds: RfmThresholds | undefined,
): Segment {
  const record = criteriaRecord(criteria);
  if (thresholds && criteria.cohort?.usesScores) {
    record.recencyQuintiles = formatThresholds(thresholds.recency);
    record.frequencyQuintiles = formatThresholds(thresholds.frequency);
    record.monetaryQuintiles = formatThresholds(thresholds.monetary);
  }
  return {
    id: segmentId(criteria),
    name: segmentName(criteria),
    explanation: segmentExplanation(criteria, aggregates),
    size: aggregates.size,
    traits: segmentTraits(aggregates),
    method: criteria.method,
    criteria: record,
    reachableChannels: reachableChannels(aggregates, criteria),
  };
}

/** The same segment computed by the engine: quintiles and aggregates are queries, no row reaches JavaScript. */
async function segmentInEngine(
  criteria: SegmentCriteria,
  source: CustomerEngine,
): Promise<SegmentationResult> {
  const breakdown = criteria.method === 'rfm' && criteria.cohort === undefined;
  const needsScores = breakdown || criteria.cohort?.usesScores === true;
  const thresholds = needsScores ? await thresholdsInEngine(source) : undefined;
  const aggregates = await aggregatesInEngine(source, criteria, criteria.cohort, thresholds);
  const segment = toSegment(criteria, aggregates, thresholds);
  if (!breakdown) return { segment, population: aggregates.population };
  const cohorts: Segment[] = [];
  for (const name of COHORT_NAMES) {
    const cohortCriteria: SegmentCriteria = { ...criteria, cohort: COHORTS[name] };
    const cohortAggregates = await aggregatesInEngine(source, criteria, COHORTS[name], thresholds);
    cohorts.push(toSegment(cohortCriteria, cohortAggregates, thresholds));
  }
  return { segment, cohorts, population: aggregates.population };
}

/**
 * Builds the segment a request describes, streaming the customer base once. Named cohorts use RFM
 * quintiles of the whole base; behaviour rules and attribute filters narrow it. The result holds
 * aggregates and the rule only: no customer identifier, name or email.
 */
export async function segmentCustomers(
  input: SegmentCustomersInput,
  source: CustomerSource,
): Promise<SegmentationResult> {
  const criteria = toSegmentCriteria(input);
  if (isCustomerEngine(source)) return segmentInEngine(criteria, source);
  const columns = await scan(source, criteria);
  const breakdown = criteria.method === 'rfm' && criteria.cohort === undefined;
  const needsScores = breakdown || criteria.cohort?.usesScores === true;
  const thresholds = needsScores ? thresholdsOf(columns) : undefined;
  const segment = toSegment(criteria, aggregate(columns, criteria.cohort, thresholds), thresholds);
  if (!breakdown) return { segment, population: columns.length };
  const cohorts = COHORT_NAMES.map((name) => {
    const cohortCriteria: SegmentCriteria = { ...criteria, cohort: COHORTS[name] };
    return toSegment(cohortCriteria, aggregate(columns, COHORTS[name], thresholds), thresholds);
  });
  return { segment, cohorts, population: columns.length };
}
