import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import type {
  CopiedFile,
  CustomerSource,
  SendListFormat,
  SqlRow,
  SqlStatement,
  SqlValue,
} from '../../ports/CustomerSource';
import { CUSTOMER_CSV_COLUMNS } from '../../customers/customerCsvFormat';
import { invalidInput, notFound, unavailable } from '../../shared/errors';

export const CUSTOMER_FILE_FORMATS = ['csv', 'jsonl', 'parquet'] as const;
export type CustomerFileFormat = (typeof CUSTOMER_FILE_FORMATS)[number];

const RELATION = 'customers';
/** Rows per streamed batch of ids. */
const BATCH_ROWS = 8192;

/** The format a file name says it has: `.csv`, `.jsonl`/`.ndjson`/`.json`, `.parquet`. */
export function customerFileFormatOf(file: string): CustomerFileFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.csv' || extension === '.txt') return 'csv';
  if (extension === '.jsonl' || extension === '.ndjson' || extension === '.json') return 'jsonl';
  if (extension === '.parquet' || extension === '.pq') return 'parquet';
  throw invalidInput(
    `Customer files are CSV, JSONL or Parquet (.csv, .jsonl, .parquet); got "${basename(file)}".`,
  );
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The columns segmentation and send lists read (names and first names never enter the engine's queries). */
const ENGINE_COLUMNS: readonly string[] = [
  'id',
  'email',
  'region',
  'lifecycleStage',
  'recencyDays',
  'frequency',
  'monetary',
  'emailOptIn',
  'smsOptIn',
  'pushOptIn',
];

/** Column types the reader parses to (flags accept true/false, 1/0, yes/no, y/n, t/f in any case). */
const READ_TYPES =
  "{'id': 'VARCHAR', 'email': 'VARCHAR', 'region': 'VARCHAR', 'lifecycleStage': 'VARCHAR', 'recencyDays': 'BIGINT', 'frequency': 'BIGINT', 'monetary': 'DOUBLE', 'emailOptIn': 'BOOLEAN', 'smsOptIn': 'BOOLEAN', 'pushOptIn': 'BOOLEAN'}";

function readerOf(file: string, format: CustomerFileFormat): string {
  switch (format) {
    case 'csv':
      return `read_csv(${literal(file)}, header = true, delim = ',', quote = '"', escape = '"', types = ${READ_TYPES}, ignore_errors = true)`;
    case 'jsonl':
      return `read_json(${literal(file)}, format = 'newline_delimited', columns = ${READ_TYPES}, ignore_errors = true)`;
    case 'parquet':
      return `read_parquet(${literal(file)})`;
  }
}

/**
 * The customers view: typed, normalised columns and the row checks of the CSV reader (`parseCustomerRow`):
 * values that do not parse drop the row (`ignore_errors`), and ids, stages, numbers and the email's shape are
 * checked here, so malformed rows are left out of every segment as the streaming reader skips them. The
 * checks are kept cheap (one pattern on the id, LIKE on the email): they run on every row of every query.
 */
function viewSql(file: string, format: CustomerFileFormat): string {
  return `CREATE VIEW ${RELATION} AS
SELECT id, trim(region) AS region, stage AS "lifecycleStage", "recencyDays", frequency, monetary,
  "emailOptIn", "smsOptIn", "pushOptIn"
FROM (SELECT CAST(id AS VARCHAR) AS id, CAST(email AS VARCHAR) AS email, CAST(region AS VARCHAR) AS region,
    lower(trim(CAST("lifecycleStage" AS VARCHAR))) AS stage,
    TRY_CAST("recencyDays" AS BIGINT) AS "recencyDays", TRY_CAST(frequency AS BIGINT) AS frequency,
    TRY_CAST(monetary AS DOUBLE) AS monetary,
    COALESCE(TRY_CAST("emailOptIn" AS BOOLEAN), false) AS "emailOptIn",
    COALESCE(TRY_CAST("smsOptIn" AS BOOLEAN), false) AS "smsOptIn",
    COALESCE(TRY_CAST("pushOptIn" AS BOOLEAN), false) AS "pushOptIn"
  FROM ${readerOf(file, format)}) AS raw
WHERE regexp_full_match(id, 'C[0-9]{6,}')
  AND email LIKE '%_@_%._%' AND length(email) <= 254
  AND length(trim(region)) BETWEEN 1 AND 40
  AND stage IN ('new', 'active', 'at_risk', 'lapsed', 'churned')
  AND "recencyDays" BETWEEN 0 AND 9999999
  AND frequency BETWEEN 0 AND 9999999
  AND monetary BETWEEN 0 AND 999999999.99`;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Reads back a file `copyToFile` wrote (every column as text). */
function writtenFileReader(file: string, format: SendListFormat): string {
  return format === 'parquet'
    ? `read_parquet(${literal(file)})`
    : `read_csv(${literal(file)}, header = true, all_varchar = true)`;
}

function toSqlValue(value: DuckDBValue): SqlValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (typeof value === 'bigint') return Number(value);
  return String(value);
}

/**
 * The embedded analytical engine: DuckDB in this process, reading the customer file where it lies (CSV,
 * JSONL or Parquet) through a view. Scans stream (memory does not grow with the file) and use every core.
 */
export class DuckDbCustomerSource implements CustomerSource {
  readonly relation = RELATION;

  private constructor(
    private readonly instance: DuckDBInstance,
    readonly description: string,
  ) {}

  static async open(
    file: string,
    format: CustomerFileFormat = customerFileFormatOf(file),
  ): Promise<DuckDbCustomerSource> {
    if (!existsSync(file)) throw notFound(`The customer file ${file} does not exist.`);
    const description = `${basename(file)} via DuckDB (${format})`;
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      // Like the CSV reader, a file without the customer columns is refused up front, naming what is missing.
      let columns: readonly string[];
      try {
        columns = (
          await connection.runAndReadAll(`SELECT * FROM ${readerOf(file, format)} LIMIT 0`)
        ).columnNames();
      } catch (error) {
        throw readFailure(description, error);
      }
      const missing = CUSTOMER_CSV_COLUMNS.filter(
        (column) => ENGINE_COLUMNS.includes(column) && !columns.includes(column),
      );
      if (missing.length > 0) {
        throw invalidInput(
          `The customer file ${basename(file)} is missing column(s): ${missing.join(', ')}.`,
        );
      }
      await connection.run(viewSql(file, format));
    } catch (error) {
      instance.closeSync();
      throw error;
    } finally {
      connection.closeSync();
    }
    return new DuckDbCustomerSource(instance, description);
  }

  async query(statement: SqlStatement): Promise<SqlRow[]> {
    const connection = await this.instance.connect();
    try {
      const reader = await connection.runAndReadAll(statement.text, [...statement.params] as DuckDBValue[]);
      const names = reader.columnNames();
      return reader.getRows().map((row) => {
        const record: SqlRow = {};
        names.forEach((name, index) => (record[name] = toSqlValue(row[index] ?? null)));
        return record;
      });
    } catch (error) {
      throw readFailure(this.description, error);
    } finally {
      connection.closeSync();
    }
  }

  async *streamColumn(statement: SqlStatement): AsyncIterable<string[]> {
    const connection = await this.instance.connect();
    try {
      const result = await connection.stream(statement.text, [...statement.params] as DuckDBValue[]);
      let batch: string[] = [];
      for (;;) {
        const chunk = await result.fetchChunk();
        if (!chunk || chunk.rowCount === 0) break;
        for (const value of chunk.getColumnValues(0)) batch.push(String(value));
        if (batch.length >= BATCH_ROWS) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    } catch (error) {
      throw readFailure(this.description, error);
    } finally {
      connection.closeSync();
    }
  }

  async copyToFile(
    statement: SqlStatement,
    file: string,
    format: SendListFormat,
    countBy: string,
  ): Promise<CopiedFile> {
    const connection = await this.instance.connect();
    try {
      // Rows are written as threads finish (a list's order carries no meaning): memory stays flat at any size.
      await connection.run('SET preserve_insertion_order = false');
      const options = format === 'parquet' ? 'FORMAT parquet, COMPRESSION zstd' : 'FORMAT csv, HEADER true';
      const copied = await connection.runAndReadAll(
        `COPY (${statement.text}) TO ${literal(file)} (${options})`,
        [...statement.params] as DuckDBValue[],
      );
      // The counts come from the file just written (one column of it), not from a second pass over the input.
      const counts: Record<string, number> = {};
      const grouped = await connection.runAndReadAll(
        `SELECT CAST(${quoteIdentifier(countBy)} AS VARCHAR) AS value, count(*) AS n FROM ${writtenFileReader(file, format)} GROUP BY ALL`,
      );
      for (const [value, n] of grouped.getRows()) counts[String(value)] = Number(n);
      return { rows: Number(copied.getRows()[0]?.[0] ?? 0), counts };
    } catch (error) {
      throw readFailure(this.description, error);
    } finally {
      connection.closeSync();
    }
  }

  async close(): Promise<void> {
    this.instance.closeSync();
  }
}

function readFailure(description: string, error: unknown): Error {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return unavailable(`Reading customers from ${description} failed: ${message}`, error);
}
