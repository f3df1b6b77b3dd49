/** A variation's slice [start, end) of the unit interval. */
export type BucketRange = [number, number];

export interface BucketRangesResult {
  ranges: BucketRange[];
  /** Why the inputs were adjusted (clamped coverage, fallback to equal weights); empty when used as given. */
  warnings: string[];
}

/** n equal weights 1/n (none for n ≤ 0). */
export function equalWeights(count: number): number[] {
  return count <= 0 ? [] : new Array<number>(count).fill(1 / count);
}

/**
 * GrowthBook's `getBucketRanges`, rule for rule:
 * - coverage (default 1) is clamped to [0, 1];
 * - weights default to equal; a weights array whose length differs from the number of variations, or whose
 *   sum lies outside [0.99, 1.01], is replaced by equal weights;
 * - variation i gets [cᵢ, cᵢ + coverage·wᵢ) with cᵢ = w₀ + … + wᵢ₋₁, so lowering coverage shrinks every
 *   slice from its end and never moves a user to another variation.
 */
export function bucketRanges(
  variationCount: number,
  coverage: number | undefined,
  weights: readonly number[] | undefined,
): BucketRangesResult {
  const warnings: string[] = [];
  let clampedCoverage = coverage ?? 1;
  if (clampedCoverage < 0) {
    warnings.push(`coverage ${clampedCoverage} is below 0; using 0`);
    clampedCoverage = 0;
  } else if (clampedCoverage > 1) {
    warnings.push(`coverage ${clampedCoverage} is above 1; using 1`);
    clampedCoverage = 1;
  }

  const equal = equalWeights(variationCount);
  let used: readonly number[] = weights ?? equal;
  if (used.length !== variationCount) {
    warnings.push(`weights has ${used.length} entries for ${variationCount} variations; using equal weights`);
    used = equal;
  }
  const total = used.reduce((sum, weight) => sum + weight, 0);
  if (total < 0.99 || total > 1.01) {
    warnings.push(`weights add up to ${total}, not 1; using equal weights`);
    used = equal;
  }

  let cumulative = 0;
  const ranges = used.map((weight): BucketRange => {
    const start = cumulative;
    cumulative += weight;
    return [start, start + clampedCoverage * weight];
  });
  return { ranges, warnings };
}

/** Index of the first range with start ≤ n < end, or −1 when n falls in none (outside coverage). */
export function chooseVariation(n: number, ranges: readonly BucketRange[]): number {
  for (let index = 0; index < ranges.length; index++) {
    const range = ranges[index];
    if (range && n >= range[0] && n < range[1]) return index;
  }
  return -1;
}
