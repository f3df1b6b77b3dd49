import type { Customer } from '../../domain/customer';
import { ascendingScore, quintileThresholds, recencyScore } from './rfmScores';
import { filterPredicate, toSegmentCriteria } from './segmentCriteria';
import type { CustomerRows } from './segmentationContext';
import type { SegmentCustomersInput } from '../../tools/inputs/segmentCustomersInput';

/** Grows a Float64Array as values arrive: only numbers are kept, never customer records. */
class NumberColumn {
  private values = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = value;
    this.length += 1;
  }

  view(): Float64Array {
    return this.values.subarray(0, this.length);
  }
}

/**
 * A membership test for the segment a request describes, so a pipeline can stream the customers a second
 * time and act on members only. Cohorts that use RFM scores need the base's quintiles: one extra numeric pass.
 */
export async function segmentMembership(
  input: SegmentCustomersInput,
  source: CustomerRows,
): Promise<(customer: Customer) => boolean> {
  const criteria = toSegmentCriteria(input);
  const passesFilters = filterPredicate(criteria);
  const cohort = criteria.cohort;
  if (!cohort) return passesFilters;
  if (!cohort.usesScores) {
    return (customer) =>
      passesFilters(customer) &&
      cohort.matches(
        { recency: 0, frequency: 0, monetary: 0 },
        { recencyDays: customer.recencyDays, frequency: customer.frequency },
      );
  }
  const recency = new NumberColumn();
  const frequency = new NumberColumn();
  const monetary = new NumberColumn();
  // Quintiles of the whole base, as the segmentation agent scores cohorts.
  for await (const customer of source()) {
    recency.push(customer.recencyDays);
    frequency.push(customer.frequency);
    monetary.push(customer.monetary);
  }
  const thresholds = {
    recency: quintileThresholds(recency.view(), recency.length),
    frequency: quintileThresholds(frequency.view(), frequency.length),
    monetary: quintileThresholds(monetary.view(), monetary.length),
  };
  return (customer) =>
    passesFilters(customer) &&
    cohort.matches(
      {
        recency: recencyScore(customer.recencyDays, thresholds.recency),
        frequency: ascendingScore(customer.frequency, thresholds.frequency),
        monetary: ascendingScore(customer.monetary, thresholds.monetary),
      },
      { recencyDays: customer.recencyDays, frequency: customer.frequency },
    );
}
