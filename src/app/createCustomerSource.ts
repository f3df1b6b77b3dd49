import { resolve } from 'node:path';
import { DuckDbCustomerSource } from '../adapters/customers/duckDbCustomerSource';
import type { AppConfig } from '../config/schema';
import type { CustomerSource } from '../ports/CustomerSource';
import { configError } from '../shared/errors';
import type { Logger } from '../shared/logger';

/**
 * The customer base where it lives, chosen by configuration: DuckDB embedded over `files.customers` (CSV,
 * JSONL or Parquet; the default) or a PostgreSQL table (`CPO_CUSTOMER_SOURCE=postgres`). `file` names a
 * customer file instead (`cpo run --customers`) and always uses DuckDB. The caller closes the source.
 */
export async function createCustomerSource(
  config: AppConfig,
  logger: Logger,
  options: { cwd?: string; file?: string } = {},
): Promise<CustomerSource> {
  const { source: kind, postgresUrl, postgresTable } = config.customerData;
  let source: CustomerSource;
  if (kind === 'postgres' && options.file === undefined) {
    if (!postgresUrl) {
      throw configError('Set CPO_CUSTOMERS_POSTGRES_URL when CPO_CUSTOMER_SOURCE=postgres.');
    }
    // The PostgreSQL client loads only for this source.
    const { PostgresCustomerSource } = await import('../adapters/customers/postgresCustomerSource');
    source = await PostgresCustomerSource.open(postgresUrl, postgresTable);
  } else {
    const file = resolve(options.cwd ?? process.cwd(), options.file ?? config.files.customers);
    source = await DuckDbCustomerSource.open(file);
  }
  logger.debug({ source: source.description }, 'customer source');
  return source;
}
