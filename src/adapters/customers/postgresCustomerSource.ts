import { Pool, type PoolClient } from 'pg';
import type { CustomerSource, SqlRow, SqlStatement, SqlValue } from '../../ports/CustomerSource';
import { unavailable } from '../../shared/errors';

/** Rows per FETCH from the server-side cursor. */
const BATCH_ROWS = 8192;

function quoteTable(table: string): string {
  return table
    .split('.')
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join('.');
}

/** Host, port and database of a connection string, for messages: never the user or password. */
function describeServer(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'the configured server';
  }
}

function failure(description: string, error: unknown): Error {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return unavailable(`Reading customers from ${description} failed: ${message}`, error);
}

/**
 * Customers in a PostgreSQL table (Azure Database for PostgreSQL; Azure Cosmos DB for PostgreSQL, where a
 * distributed table runs the same SQL on every worker): the segment SQL runs in the database and only
 * aggregates come back. The table has the customer CSV's columns, quoted as written there
 * (`"lifecycleStage"`, `"recencyDays"`, `"emailOptIn"`…); region and stage are normalised in the view below.
 */
export class PostgresCustomerSource implements CustomerSource {
  readonly relation: string;
  readonly description: string;

  constructor(
    private readonly pool: Pool,
    table: string,
    server: string,
  ) {
    this.relation = `(SELECT id, trim(region) AS region, lower(trim("lifecycleStage")) AS "lifecycleStage",
  "recencyDays", frequency, monetary, "emailOptIn", "smsOptIn", "pushOptIn" FROM ${quoteTable(table)}) AS customer_rows`;
    this.description = `table ${table} on ${server} via PostgreSQL`;
  }

  static async open(connectionString: string, table: string): Promise<PostgresCustomerSource> {
    const pool = new Pool({ connectionString, max: 4 });
    const source = new PostgresCustomerSource(pool, table, describeServer(connectionString));
    try {
      await pool.query(`SELECT 1 FROM ${quoteTable(table)} LIMIT 0`);
    } catch (error) {
      await pool.end();
      throw failure(source.description, error);
    }
    return source;
  }

  async query(statement: SqlStatement): Promise<SqlRow[]> {
    try {
      const result = await this.pool.query<SqlRow>(statement.text, [...statement.params]);
      return result.rows;
    } catch (error) {
      throw failure(this.description, error);
    }
  }

  /** A server-side cursor in a read-only transaction: the result is fetched in batches, never held whole. */
  async *streamColumn(statement: SqlStatement): AsyncIterable<string[]> {
    let client: PoolClient | undefined;
    try {
      client = await this.pool.connect();
      await client.query('BEGIN READ ONLY');
      await client.query(`DECLARE cpo_members NO SCROLL CURSOR FOR ${statement.text}`, [...statement.params]);
      for (;;) {
        const batch = await client.query<Record<string, SqlValue>>(`FETCH ${BATCH_ROWS} FROM cpo_members`);
        if (batch.rows.length === 0) break;
        yield batch.rows.map((row) => String(Object.values(row)[0]));
      }
      await client.query('COMMIT');
    } catch (error) {
      await client?.query('ROLLBACK').catch(() => undefined);
      throw failure(this.description, error);
    } finally {
      client?.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
