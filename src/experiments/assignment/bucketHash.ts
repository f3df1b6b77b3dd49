import { fnv1a32 } from './fnv1a32';

/**
 * GrowthBook hash version 2: a position in [0, 1) for `value` within the experiment's `seed`,
 *   n = (fnv1a32(String(fnv1a32(seed + value))) mod 10000) / 10000,
 * i.e. four decimal places; the double hashing removes version 1's bias.
 */
export function bucketHash(seed: string, value: string): number {
  return (fnv1a32(String(fnv1a32(seed + value))) % 10000) / 10000;
}
