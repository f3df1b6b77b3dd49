import type { SqlValue } from '../../ports/CustomerSource';
import { bucketRanges, chooseVariation } from './bucketRanges';
import { fnv1a32 } from './fnv1a32';

/** What the assignment of one experiment depends on (as `assignVariation` takes it). */
export interface AssignmentParameters {
  /** The hash seed: the experiment's seed, or its key when it has none. */
  seed: string;
  /** The arms' keys, in the experiment's order (variation i is keys[i]). */
  keys: readonly string[];
  weights: readonly number[];
  coverage?: number;
}

/** The experiment's assignment as SQL over an id column, in two steps so the hash is computed once per row. */
export interface AssignmentSql {
  /** The id's hash bucket 0–9999 (`bucketHash` × 10000), or NULL for the empty id. */
  bucket(id: string): string;
  /** The arm key of a bucket, or NULL when the bucket lies outside every arm (coverage below 1). */
  arm(bucket: string): string;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const BUCKETS = 10000;

/** One FNV-1a step per element of a list of code units, from `state`, modulo 2³² (BIGINT never overflows). */
function fnvFold(units: string, state: string): string {
  return `list_reduce(${units}, lambda h, u: (xor(h, u) * ${FNV_PRIME}) & 4294967295, ${state})`;
}

/**
 * The UTF-16 code units of a text, as JavaScript's charCodeAt sees them: one per code point below U+10000,
 * a surrogate pair above (DuckDB strings are UTF-8 and split into code points).
 */
function utf16Units(text: string): string {
  return `flatten(list_transform(string_split(${text}, ''), lambda ch: CASE WHEN unicode(ch) < 65536 THEN [unicode(ch)] ELSE [55296 + ((unicode(ch) - 65536) >> 10), 56320 + ((unicode(ch) - 65536) & 1023)] END))`;
}

/** The code units of a decimal number's digits (ASCII: one per character). */
function digitUnits(text: string): string {
  return `list_transform(string_split(${text}, ''), lambda ch: unicode(ch))`;
}

/** Consecutive buckets with the same variation: [end (exclusive), variation], in bucket order. */
function bucketRuns(parameters: AssignmentParameters): Array<[number, number]> {
  const { ranges } = bucketRanges(parameters.keys.length, parameters.coverage, parameters.weights);
  const runs: Array<[number, number]> = [];
  for (let bucket = 0; bucket < BUCKETS; bucket += 1) {
    // Exactly bucketHash's n = (h mod 10000) / 10000, so every bucket lands where assignVariation puts it.
    const variation = chooseVariation(bucket / BUCKETS, ranges);
    const last = runs[runs.length - 1];
    if (last && last[1] === variation) last[0] = bucket + 1;
    else runs.push([bucket + 1, variation]);
  }
  return runs;
}

/**
 * `assignVariation` (GrowthBook hash v2) as DuckDB SQL, bit for bit: FNV-1a 32 over the UTF-16 code units of
 * seed + id (the seed's part is folded here, once), again over the decimal digits of that hash, modulo 10000;
 * the bucket's arm comes from a table of bucket runs computed here with the TypeScript `bucketRanges` and
 * `chooseVariation`, so no floating-point comparison happens in SQL. Values are bound through `bind`.
 */
export function assignmentSql(
  parameters: AssignmentParameters,
  bind: (value: SqlValue) => string,
): AssignmentSql {
  const seedState = fnv1a32(parameters.seed);
  if (parameters.keys.length < 2) {
    // Fewer than two variations: nobody is in the experiment.
    return { bucket: () => 'CAST(NULL AS BIGINT)', arm: () => 'CAST(NULL AS VARCHAR)' };
  }
  const runs = bucketRuns(parameters);
  return {
    bucket: (id) => {
      const first = fnvFold(utf16Units(id), `CAST(${bind(seedState)} AS BIGINT)`);
      const second = fnvFold(digitUnits(`CAST(${first} AS VARCHAR)`), `CAST(${FNV_OFFSET} AS BIGINT)`);
      return `CASE WHEN ${id} = '' THEN NULL ELSE ${second} % ${BUCKETS} END`;
    },
    arm: (bucket) => {
      const cases = runs.map(([end, variation]) => {
        const key = variation < 0 ? undefined : parameters.keys[variation];
        return `WHEN ${bucket} < ${end} THEN ${key === undefined ? 'NULL' : `CAST(${bind(key)} AS VARCHAR)`}`;
      });
      return `CASE ${cases.join(' ')} END`;
    },
  };
}
