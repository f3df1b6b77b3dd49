import type { Channel, Customer, LifecycleStage } from '../../domain/customer';
import type { Segment } from '../../domain/segment';
import { invalidInput } from '../../shared/errors';
import { resolveCohort, type CohortDefinition } from './namedCohorts';
import { canonicalRegion, regionMatcher } from './regions';
import type { SegmentCustomersInput } from '../../tools/inputs/segmentCustomersInput';

/** The validated, normalised request: what decides membership, before any data is read. */
export interface SegmentCriteria {
  method: Segment['method'];
  cohort?: CohortDefinition;
  inactiveDays?: number;
  activeWithinDays?: number;
  lifecycleStage?: LifecycleStage;
  region?: string;
  channel?: Channel;
  minMonetary?: number;
  minFrequency?: number;
}

function inferMethod(input: SegmentCustomersInput): Segment['method'] {
  if (input.cohort !== undefined) return 'rfm';
  if (
    input.inactiveDays !== undefined ||
    input.activeWithinDays !== undefined ||
    input.minFrequency !== undefined ||
    input.minMonetary !== undefined
  ) {
    return 'behavior';
  }
  return 'attributes';
}

/** Normalises aliases (cohort, region) and rejects contradictions such as inactive ≥ 90 and active within 30. */
export function toSegmentCriteria(input: SegmentCustomersInput): SegmentCriteria {
  if (
    input.inactiveDays !== undefined &&
    input.activeWithinDays !== undefined &&
    input.inactiveDays > input.activeWithinDays
  ) {
    throw invalidInput(
      `No customer can be inactive for ${input.inactiveDays} days and active within ${input.activeWithinDays} days.`,
      { field: 'inactiveDays' },
    );
  }
  const criteria: SegmentCriteria = { method: input.method ?? inferMethod(input) };
  if (input.cohort !== undefined) criteria.cohort = resolveCohort(input.cohort);
  if (input.inactiveDays !== undefined) criteria.inactiveDays = input.inactiveDays;
  if (input.activeWithinDays !== undefined) criteria.activeWithinDays = input.activeWithinDays;
  if (input.lifecycleStage !== undefined) criteria.lifecycleStage = input.lifecycleStage;
  if (input.region !== undefined) criteria.region = canonicalRegion(input.region);
  if (input.channel !== undefined) criteria.channel = input.channel;
  if (input.minMonetary !== undefined) criteria.minMonetary = input.minMonetary;
  if (input.minFrequency !== undefined) criteria.minFrequency = input.minFrequency;
  return criteria;
}

const OPT_IN: Record<Channel, (customer: Customer) => boolean> = {
  email: (customer) => customer.emailOptIn,
  sms: (customer) => customer.smsOptIn,
  push: (customer) => customer.pushOptIn,
};

/** Behaviour rules and attribute filters (everything except the cohort, which needs the RFM pass). */
export function filterPredicate(criteria: SegmentCriteria): (customer: Customer) => boolean {
  const { inactiveDays, activeWithinDays, lifecycleStage, region, channel, minMonetary, minFrequency } =
    criteria;
  const optedIn = channel === undefined ? undefined : OPT_IN[channel];
  const inRegion = region === undefined ? undefined : regionMatcher(region);
  return (customer) =>
    (inactiveDays === undefined || customer.recencyDays >= inactiveDays) &&
    (activeWithinDays === undefined || customer.recencyDays <= activeWithinDays) &&
    (lifecycleStage === undefined || customer.lifecycleStage === lifecycleStage) &&
    (inRegion === undefined || inRegion(customer.region)) &&
    (optedIn === undefined || optedIn(customer)) &&
    (minMonetary === undefined || customer.monetary >= minMonetary) &&
    (minFrequency === undefined || customer.frequency >= minFrequency);
}

/** The criteria as flat data for `Segment.criteria` (re-evaluation and audit). */
export function criteriaRecord(criteria: SegmentCriteria): Record<string, string | number | boolean> {
  const record: Record<string, string | number | boolean> = { method: criteria.method };
  if (criteria.cohort) {
    record.cohort = criteria.cohort.name;
    record.cohortRule = criteria.cohort.ruleCode;
  }
  const { inactiveDays, activeWithinDays, lifecycleStage, region, channel, minMonetary, minFrequency } =
    criteria;
  if (inactiveDays !== undefined) record.inactiveDays = inactiveDays;
  if (activeWithinDays !== undefined) record.activeWithinDays = activeWithinDays;
  if (lifecycleStage !== undefined) record.lifecycleStage = lifecycleStage;
  if (region !== undefined) record.region = region;
  if (channel !== undefined) record.channel = channel;
  if (minMonetary !== undefined) record.minMonetary = minMonetary;
  if (minFrequency !== undefined) record.minFrequency = minFrequency;
  return record;
}
