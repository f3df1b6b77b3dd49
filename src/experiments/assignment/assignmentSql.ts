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

/**
 * The experiment's assignment as SQL over an id column, in three steps (each the input column of the next,
 * so every expression is computed once per row): the id's first hash, its bucket, the bucket's arm.
 */
export interface AssignmentSql {
  /** FNV-1a 32 of seed + id, or NULL for the empty id. */
  hash(id: string): string;
  /** The bucket 0–9999 of a first hash (`bucketHash` × 10000). */
  bucket(hash: string): string;
  /** The arm key of a bucket, or NULL when the bucket lies outside every arm (coverage below 1). */
  arm(bucket: string): string;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const BUCKETS = 10000;

/** One FNV-1a step per element of a list of code units, from `state`, modulo 2³² (BIGINT never overflows). */
function fnvFold(units: string, state: string): string {
  return `list_reduce(${units}, lambda h, u: ${fnvStep('h', 'u')}, ${state})`;
}

/** The code units of an ASCII text (one per character). */
function asciiUnits(text: string): string {
  return `list_transform(string_split(${text}, ''), lambda ch: unicode(ch))`;
}

/**
 * The UTF-16 code units of a text, as JavaScript's charCodeAt sees them: one per code point below U+10000,
 * a surrogate pair above (DuckDB strings are UTF-8 and split into code points).
 */
function utf16Units(text: string): string {
  return `flatten(list_transform(string_split(${text}, ''), lambda ch: CASE WHEN unicode(ch) < 65536 THEN [unicode(ch)] ELSE [55296 + ((unicode(ch) - 65536) >> 10), 56320 + ((unicode(ch) - 65536) & 1023)] END))`;
}

/** One FNV-1a step over one code unit, as SQL. */
function fnvStep(state: string, unit: string): string {
  return `((xor(${state}, ${unit}) * ${FNV_PRIME}) & 4294967295)`;
}

/**
 * FNV-1a 32 over the decimal digits of a hash (below 2³², so 1 to 10 digits), in integer arithmetic: one
 * unrolled fold per digit count, chosen by the hash's magnitude (no string is built per row).
 */
function digitsHash(hash: string): string {
  const branches: string[] = [];
  for (let digits = 1; digits <= 10; digits += 1) {
    let state = `CAST(${FNV_OFFSET} AS BIGINT)`;
    for (let power = digits - 1; power >= 0; power -= 1) {
      state = fnvStep(state, `(48 + (${hash} // ${10 ** power}) % 10)`);
    }
    branches.push(digits === 10 ? `ELSE ${state}` : `WHEN ${hash} < ${10 ** digits} THEN ${state}`);
  }
  return `CASE ${branches.join(' ')} END`;
}

/** Longest ASCII id hashed by an unrolled fold (customer ids are C + 6 or more digits); longer ones use a list. */
const UNROLLED_LENGTH = 16;

/** FNV-1a 32 over an ASCII text of each length up to UNROLLED_LENGTH, unrolled; NULL for longer texts. */
function unrolledAsciiHash(text: string, seed: string): string {
  const branches: string[] = [];
  let state = seed;
  for (let length = 1; length <= UNROLLED_LENGTH; length += 1) {
    state = fnvStep(state, `ascii(${text}[${length}])`);
    branches.push(`WHEN ${length} THEN ${state}`);
  }
  return `CASE strlen(${text}) ${branches.join(' ')} END`;
}

function stringLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
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
 * seed + id (the seed's part is folded here, once), again over the decimal digits of that hash (integer
 * arithmetic), modulo 10000;
 * the bucket's arm comes from a table of bucket runs computed here with the TypeScript `bucketRanges` and
 * `chooseVariation`, so no floating-point comparison happens in SQL. The seed's state and the arm keys are
 * written as literals, not bound: DuckDB runs this expression several times slower with parameters in it.
 */
export function assignmentSql(parameters: AssignmentParameters): AssignmentSql {
  const seedState = fnv1a32(parameters.seed);
  if (parameters.keys.length < 2) {
    // Fewer than two variations: nobody is in the experiment.
    return {
      hash: () => 'CAST(NULL AS BIGINT)',
      bucket: () => 'CAST(NULL AS BIGINT)',
      arm: () => 'CAST(NULL AS VARCHAR)',
    };
  }
  const runs = bucketRuns(parameters);
  return {
    hash: (id) => {
      const seed = `CAST(${seedState} AS BIGINT)`;
      // ASCII ids (bytes = characters, as every customer id) skip the surrogate-pair expansion.
      return `CASE WHEN ${id} = '' THEN NULL
        WHEN strlen(${id}) = length(${id}) AND strlen(${id}) <= ${UNROLLED_LENGTH} THEN ${unrolledAsciiHash(id, seed)}
        WHEN strlen(${id}) = length(${id}) THEN ${fnvFold(asciiUnits(id), seed)}
        ELSE ${fnvFold(utf16Units(id), seed)} END`;
    },
    bucket: (hash) => `${digitsHash(hash)} % ${BUCKETS}`,
    arm: (bucket) => {
      const cases = runs.map(([end, variation]) => {
        const key = variation < 0 ? undefined : parameters.keys[variation];
        return `WHEN ${bucket} < ${end} THEN ${key === undefined ? 'NULL' : `CAST(${stringLiteral(key)} AS VARCHAR)`}`;
      });
      return `CASE ${cases.join(' ')} END`;
    },
  };
}
