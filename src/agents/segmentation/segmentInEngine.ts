import { LIFECYCLE_STAGES, type LifecycleStage } from '../../domain/customer';
import type { CustomerSource, SqlRow } from '../../ports/CustomerSource';
import { emptyAggregates, type SegmentAggregates } from './describeSegment';
import type { CohortDefinition } from './namedCohorts';
import type { RfmThresholds } from './rfmScores';
import type { SegmentCriteria } from './segmentCriteria';
import { rfmHistogramSql, segmentAggregateSql, segmentMemberIdsSql } from './segmentSql';

const QUINTILES = [1, 2, 3, 4];

function numberOf(row: SqlRow, column: string): number {
  const value = row[column];
  return typeof value === 'number' ? value : Number(value ?? 0);
}

/** Nearest-rank cut points from (value, count) pairs: the same numbers `quintileThresholds` picks from a sort. */
function quintilesOf(histogram: Array<[number, number]>): number[] {
  const count = histogram.reduce((total, [, n]) => total + n, 0);
  if (count === 0) return [];
  histogram.sort((a, b) => a[0] - b[0]);
  return QUINTILES.map((quintile) => {
    const rank = Math.max(0, Math.ceil((quintile / 5) * count) - 1);
    let seen = 0;
    for (const [value, n] of histogram) {
      seen += n;
      if (seen > rank) return value;
    }
    return histogram[histogram.length - 1]?.[0] ?? 0;
  });
}

/** RFM quintile thresholds of the whole base, from one grouped query (memory bounded by distinct values). */
export async function thresholdsInEngine(source: CustomerSource): Promise<RfmThresholds> {
  const rows = await source.query(rfmHistogramSql(source.relation));
  const histograms: Record<keyof RfmThresholds, Array<[number, number]>> = {
    recency: [],
    frequency: [],
    monetary: [],
  };
  for (const row of rows) {
    const column = row.column as keyof RfmThresholds;
    histograms[column]?.push([numberOf(row, 'value'), numberOf(row, 'n')]);
  }
  return {
    recency: quintilesOf(histograms.recency),
    frequency: quintilesOf(histograms.frequency),
    monetary: quintilesOf(histograms.monetary),
  };
}

/** Population and member aggregates, computed by the engine (one query). */
export async function aggregatesInEngine(
  source: CustomerSource,
  criteria: SegmentCriteria,
  cohort: CohortDefinition | undefined,
  thresholds: RfmThresholds | undefined,
): Promise<SegmentAggregates> {
  const rows = await source.query(segmentAggregateSql(source.relation, criteria, cohort, thresholds));
  const totals = emptyAggregates(rows.reduce((sum, row) => sum + numberOf(row, 'population'), 0));
  const regionCounts = new Map<string, { n: number; firstId: string }>();
  for (const row of rows) {
    const size = numberOf(row, 'size');
    if (size === 0) continue;
    totals.size += size;
    totals.sumRecency += numberOf(row, 'sum_recency');
    totals.sumFrequency += numberOf(row, 'sum_frequency');
    totals.sumMonetary += numberOf(row, 'sum_monetary');
    totals.optIns.email += numberOf(row, 'email');
    totals.optIns.sms += numberOf(row, 'sms');
    totals.optIns.push += numberOf(row, 'push');
    const stage = String(row.stage) as LifecycleStage;
    if (LIFECYCLE_STAGES.includes(stage)) totals.stages[stage] += size;
    const region = String(row.region);
    const firstId = String(row.first_id ?? '');
    const known = regionCounts.get(region);
    regionCounts.set(region, {
      n: (known?.n ?? 0) + size,
      firstId: known && known.firstId < firstId ? known.firstId : firstId,
    });
  }
  // Regions in the order a scan of an id-ordered file meets them, as the streaming path does.
  [...regionCounts.entries()]
    .sort((a, b) => (a[1].firstId < b[1].firstId ? -1 : a[1].firstId > b[1].firstId ? 1 : 0))
    .forEach(([region, { n }]) => totals.regions.set(region, n));
  return totals;
}

/** Streams the member ids of a segment from the engine, in batches (a send list, never for sizing). */
export function memberIdsInEngine(
  source: CustomerSource,
  criteria: SegmentCriteria,
  cohort: CohortDefinition | undefined,
  thresholds: RfmThresholds | undefined,
): AsyncIterable<string[]> {
  return source.streamColumn(segmentMemberIdsSql(source.relation, criteria, cohort, thresholds));
}
