import type { Segment } from '../../domain/segment';
import { invalidInput } from '../../shared/errors';
import type { RfmThresholds } from './rfmScores';
import { segmentCustomersInput, type SegmentCustomersInput } from '../../tools/inputs/segmentCustomersInput';

const INPUT_KEYS = [
  'method',
  'cohort',
  'inactiveDays',
  'activeWithinDays',
  'lifecycleStage',
  'region',
  'channel',
  'minMonetary',
  'minFrequency',
] as const;

/** The request a stored segment was built from (its `criteria` record), to select its members again. */
export function segmentInputOf(segment: Segment): SegmentCustomersInput {
  const picked: Record<string, unknown> = {};
  for (const key of INPUT_KEYS) if (segment.criteria[key] !== undefined) picked[key] = segment.criteria[key];
  const parsed = segmentCustomersInput.safeParse(picked);
  if (!parsed.success) throw invalidInput(`The stored segment "${segment.id}" has unreadable criteria.`);
  return parsed.data;
}

function cutPoints(value: string | number | boolean | undefined): number[] | undefined {
  if (typeof value !== 'string') return undefined;
  const numbers = value.split(',').map(Number);
  return numbers.length === 4 && numbers.every(Number.isFinite) ? numbers : undefined;
}

/**
 * The RFM quintiles the segment was sized with, when it used scores: members are selected with the
 * thresholds that were approved, not with quintiles of a customer base that has changed since.
 */
export function storedThresholdsOf(segment: Segment): RfmThresholds | undefined {
  const recency = cutPoints(segment.criteria.recencyQuintiles);
  const frequency = cutPoints(segment.criteria.frequencyQuintiles);
  const monetary = cutPoints(segment.criteria.monetaryQuintiles);
  return recency && frequency && monetary ? { recency, frequency, monetary } : undefined;
}
