import type { SqlStatement, SqlValue } from '../../ports/CustomerSource';
import type { CohortDefinition } from './namedCohorts';
import type { RfmThresholds } from './rfmScores';
import type { SegmentCriteria } from './segmentCriteria';

/**
 * Segment definitions as SQL, in the dialect DuckDB and PostgreSQL share (`$n` placeholders, FILTER,
 * GROUPING SETS, `::FLOAT8`), so the same segment runs in the embedded engine and in a database. Every
 * user-supplied value is a bound parameter; identifiers are fixed.
 */
class Parameters {
  readonly values: SqlValue[] = [];

  bind(value: SqlValue): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const OPT_IN_COLUMN = { email: '"emailOptIn"', sms: '"smsOptIn"', push: '"pushOptIn"' } as const;

/** 1 + the number of thresholds the column exceeds (`ascendingScore`), as SQL. */
function ascendingScoreSql(column: string, thresholds: readonly number[], params: Parameters): string {
  if (thresholds.length === 0) return '1';
  return `(1${thresholds.map((t) => ` + CASE WHEN ${column} > ${params.bind(t)} THEN 1 ELSE 0 END`).join('')})`;
}

function cohortSql(
  cohort: CohortDefinition,
  thresholds: RfmThresholds | undefined,
  params: Parameters,
): string {
  if (!cohort.usesScores || !thresholds) {
    return cohort.sql({ recency: '1', frequency: '1', monetary: '1' });
  }
  // Getters: a rule binds the thresholds of the scores it uses only (unused parameters are an error).
  return cohort.sql({
    get recency() {
      return `(6 - ${ascendingScoreSql('"recencyDays"', thresholds.recency, params)})`;
    },
    get frequency() {
      return ascendingScoreSql('frequency', thresholds.frequency, params);
    },
    get monetary() {
      return ascendingScoreSql('monetary', thresholds.monetary, params);
    },
  });
}

/** The membership condition: behaviour rules, attribute filters and, when given, the cohort rule. */
function conditionSql(
  criteria: SegmentCriteria,
  cohort: CohortDefinition | undefined,
  thresholds: RfmThresholds | undefined,
  params: Parameters,
): string {
  const clauses: string[] = [];
  const { inactiveDays, activeWithinDays, lifecycleStage, region, channel, minMonetary, minFrequency } =
    criteria;
  if (inactiveDays !== undefined) clauses.push(`"recencyDays" >= ${params.bind(inactiveDays)}`);
  if (activeWithinDays !== undefined) clauses.push(`"recencyDays" <= ${params.bind(activeWithinDays)}`);
  if (lifecycleStage !== undefined) clauses.push(`"lifecycleStage" = ${params.bind(lifecycleStage)}`);
  if (region !== undefined) clauses.push(`lower(region) = ${params.bind(region.trim().toLowerCase())}`);
  if (channel !== undefined) clauses.push(OPT_IN_COLUMN[channel]);
  if (minMonetary !== undefined) clauses.push(`monetary >= ${params.bind(minMonetary)}`);
  if (minFrequency !== undefined) clauses.push(`frequency >= ${params.bind(minFrequency)}`);
  if (cohort) clauses.push(cohortSql(cohort, thresholds, params));
  return clauses.length === 0 ? 'TRUE' : clauses.map((clause) => `(${clause})`).join(' AND ');
}

/** How many customers have each value of each RFM column: the nearest-rank quintiles come from these counts. */
export function rfmHistogramSql(relation: string): SqlStatement {
  return {
    text: `SELECT CASE WHEN GROUPING("recencyDays") = 0 THEN 'recency' WHEN GROUPING(frequency) = 0 THEN 'frequency' ELSE 'monetary' END AS "column",
  COALESCE("recencyDays"::FLOAT8, frequency::FLOAT8, monetary::FLOAT8) AS value, count(*)::FLOAT8 AS n
FROM ${relation}
GROUP BY GROUPING SETS (("recencyDays"), (frequency), (monetary))`,
    params: [],
  };
}

/**
 * Population and the member aggregates per region and lifecycle stage, in one scan: sizing a segment is
 * this query. `first_id` orders regions as a scan of an id-ordered file meets them (engines keep no row order).
 */
export function segmentAggregateSql(
  relation: string,
  criteria: SegmentCriteria,
  cohort: CohortDefinition | undefined,
  thresholds: RfmThresholds | undefined,
): SqlStatement {
  const params = new Parameters();
  const condition = conditionSql(criteria, cohort, thresholds, params);
  return {
    text: `SELECT region, "lifecycleStage" AS stage, count(*)::FLOAT8 AS population,
  count(*) FILTER (WHERE member)::FLOAT8 AS size,
  COALESCE(sum("recencyDays") FILTER (WHERE member), 0)::FLOAT8 AS sum_recency,
  COALESCE(sum(frequency) FILTER (WHERE member), 0)::FLOAT8 AS sum_frequency,
  COALESCE(sum(monetary) FILTER (WHERE member), 0)::FLOAT8 AS sum_monetary,
  count(*) FILTER (WHERE member AND "emailOptIn")::FLOAT8 AS email,
  count(*) FILTER (WHERE member AND "smsOptIn")::FLOAT8 AS sms,
  count(*) FILTER (WHERE member AND "pushOptIn")::FLOAT8 AS push,
  min(id) FILTER (WHERE member) AS first_id
FROM (SELECT region, "lifecycleStage", "recencyDays", frequency, monetary, "emailOptIn", "smsOptIn", "pushOptIn", id,
  (${condition}) AS member FROM ${relation}) AS customers
GROUP BY region, "lifecycleStage"`,
    params: params.values,
  };
}

/** The ids of the members (for a send list only: never for sizing). */
export function segmentMemberIdsSql(
  relation: string,
  criteria: SegmentCriteria,
  cohort: CohortDefinition | undefined,
  thresholds: RfmThresholds | undefined,
): SqlStatement {
  const params = new Parameters();
  const condition = conditionSql(criteria, cohort, thresholds, params);
  return { text: `SELECT id FROM ${relation} WHERE ${condition}`, params: params.values };
}

/** What the engine needs to pseudonymize ids itself: the key id and the HMAC pads (hex). */
export interface PseudonymSqlKey {
  keyId: string;
  innerPadHex: string;
  outerPadHex: string;
}

/** An arm assignment as SQL (`assignmentSql` in experiments). */
export interface SendListArms {
  /** The id's first hash; each step's result is the next step's input column (computed once per row). */
  hash(id: string): string;
  /** The bucket of a first hash. */
  bucket(hash: string): string;
  /** The arm of a bucket, NULL when the member is outside the experiment. */
  arm(bucket: string): string;
}

/**
 * The send list as one DuckDB query: the `Pseudonymizer`'s pseudonym computed in the engine (HMAC-SHA-256
 * from two SHA-256 passes over the padded keys) and the arm from the experiment's assignment in SQL; members
 * outside the experiment (coverage below 1) are left out. Raw ids never leave the engine and no row passes
 * through JavaScript. DuckDB dialect (`unhex`, `encode`, lambdas).
 */
export function segmentSendListSql(
  relation: string,
  criteria: SegmentCriteria,
  cohort: CohortDefinition | undefined,
  thresholds: RfmThresholds | undefined,
  key: PseudonymSqlKey,
  arms: SendListArms,
): SqlStatement {
  const params = new Parameters();
  const condition = conditionSql(criteria, cohort, thresholds, params);
  const prefix = params.bind(`cus_${key.keyId}_`);
  const inner = params.bind(key.innerPadHex);
  const outer = params.bind(key.outerPadHex);
  const digest = `sha256(unhex(${outer}) || unhex(sha256(unhex(${inner}) || encode(id))))`;
  return {
    text: `SELECT "customerRef", arm FROM (
  SELECT "customerRef", ${arms.arm('bucket')} AS arm FROM (
    SELECT "customerRef", ${arms.bucket('first_hash')} AS bucket FROM (
      SELECT ${prefix} || left(${digest}, 20) AS "customerRef", ${arms.hash('id')} AS first_hash
      FROM ${relation} WHERE ${condition}) AS members) AS hashed) AS assigned
WHERE arm IS NOT NULL`,
    params: params.values,
  };
}
