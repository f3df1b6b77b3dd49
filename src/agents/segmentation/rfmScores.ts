/**
 * RFM scoring by quintiles of the whole customer base: each customer gets 1-5 for recency
 * (5 = bought most recently), frequency and monetary (5 = highest). Thresholds are the 20th, 40th,
 * 60th and 80th percentiles (nearest rank) of each column.
 */
export interface RfmThresholds {
  recency: number[];
  frequency: number[];
  monetary: number[];
}

export interface RfmScores {
  recency: number;
  frequency: number;
  monetary: number;
}

/** Quintile cut points of a numeric column; sorts a copy, the column is not modified. */
export function quintileThresholds(values: ArrayLike<number>, count: number): number[] {
  if (count === 0) return [];
  const sorted = Float64Array.from({ length: count }, (_, index) => values[index] ?? 0).sort();
  return [1, 2, 3, 4].map((quintile) => sorted[Math.max(0, Math.ceil((quintile / 5) * count) - 1)] ?? 0);
}

/** 1 + the number of thresholds the value exceeds: higher values score higher. */
export function ascendingScore(value: number, thresholds: readonly number[]): number {
  let score = 1;
  for (const threshold of thresholds) if (value > threshold) score += 1;
  return score;
}

/** For recency fewer days is better: at or below the first threshold scores 5. */
export function recencyScore(days: number, thresholds: readonly number[]): number {
  return 6 - ascendingScore(days, thresholds);
}

export function formatThresholds(thresholds: readonly number[]): string {
  return thresholds.map((value) => String(Math.round(value * 100) / 100)).join(',');
}
