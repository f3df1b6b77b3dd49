/** A value bound to a `$n` placeholder or read from a result (numbers come back as JS numbers). */
export type SqlValue = string | number | boolean | null;

/** One SQL statement with `$1, $2…` placeholders (the syntax DuckDB and PostgreSQL share). */
export interface SqlStatement {
  text: string;
  params: readonly SqlValue[];
}

export type SqlRow = Record<string, SqlValue>;

export const SEND_LIST_FORMATS = ['csv', 'parquet'] as const;
export type SendListFormat = (typeof SEND_LIST_FORMATS)[number];

/** A file an engine wrote: its rows, and how many rows hold each value of the counted column. */
export interface CopiedFile {
  rows: number;
  counts: Record<string, number>;
}

/**
 * Port for the customer base where it lives: an engine that runs the segment SQL next to the data, so a
 * segment is sized by a query rather than by streaming rows into JavaScript. Adapters: DuckDB embedded
 * (CSV, JSONL, Parquet files) and PostgreSQL (a table; Azure Database for PostgreSQL, Cosmos DB for
 * PostgreSQL). Queries read `relation`, whose columns are named as in the customer CSV (`id`, `region`,
 * `"lifecycleStage"`, `"recencyDays"`, `frequency`, `monetary`, `"emailOptIn"`, `"smsOptIn"`, `"pushOptIn"`),
 * with `region` trimmed, `"lifecycleStage"` lower case and malformed rows left out.
 */
export interface CustomerSource {
  /** What is read, for messages and audit ("data/customers.csv via DuckDB"). Never contains secrets. */
  readonly description: string;
  /** The customers as a FROM item (a view or a table name). */
  readonly relation: string;
  /** Runs a read-only query and returns all its rows (aggregates: a few rows). */
  query(statement: SqlStatement): Promise<SqlRow[]>;
  /** Streams the first column of a query as text, in batches, without holding the whole result. */
  streamColumn(statement: SqlStatement): AsyncIterable<string[]>;
  /**
   * Engines that write a query's result to a file themselves (DuckDB) implement this: a send list then never
   * passes through JavaScript. Returns the rows written and their count per value of `countBy` (a column of
   * the result). Without it, callers stream and write.
   */
  copyToFile?(
    statement: SqlStatement,
    file: string,
    format: SendListFormat,
    countBy: string,
  ): Promise<CopiedFile>;
  close(): Promise<void>;
}
