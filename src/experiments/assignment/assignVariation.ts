import type { AssignmentRequest } from './assignmentRequest';
import { bucketHash } from './bucketHash';
import { bucketRanges, chooseVariation } from './bucketRanges';

export interface Assignment {
  /** Variation index, or −1 when the user is not in the experiment. */
  variation: number;
  /** Adjustments GrowthBook would log (bad weights, clamped coverage, too few variations). */
  warnings: string[];
}

/**
 * Assigns a user exactly as GrowthBook's JS SDK `run()` does with hashVersion 2 and no targeting:
 * 1. fewer than 2 variations → −1;
 * 2. an empty hash attribute ('' or 0, which GrowthBook treats as missing) → −1;
 * 3. n = bucketHash(seed || experiment, String(id));
 * 4. ranges = bucketRanges(variations, coverage, weights); the variation whose range holds n, else −1.
 */
export function assignVariation(request: AssignmentRequest): Assignment {
  const variationCount = request.variations ?? request.weights?.length ?? 0;
  if (variationCount < 2) {
    return { variation: -1, warnings: [`${variationCount} variation(s): an experiment needs at least 2`] };
  }
  if (request.id === '' || request.id === 0) return { variation: -1, warnings: [] };
  const seed = request.seed || request.experiment;
  const { ranges, warnings } = bucketRanges(variationCount, request.coverage, request.weights);
  return { variation: chooseVariation(bucketHash(seed, String(request.id)), ranges), warnings };
}
