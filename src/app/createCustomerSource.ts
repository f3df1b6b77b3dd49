import { resolve } from 'node:path';
import { DuckDbCustomerSource } from '../adapters/customers/duckDbCustomerSource';
import type { AppConfig } from '../config/schema';
import type { CustomerSource } from '../ports/CustomerSource';
import type { Logger } from '../shared/logger';

/**
 * The customer base where it lives, chosen by configuration: DuckDB embedded over `files.customers` (CSV,
 * JSONL or Parquet; the default) or a PostgreSQL table. `file` overrides the configured customer file
 * (`cpo run --customers`). The caller closes the source when done.
 */
export async function createCustomerSource(
  config: AppConfig,
  logger: Logger,
  options: { cwd?: string; file?: string } = {},
): Promise<CustomerSource> {
  const file = resolve(options.cwd ?? process.cwd(), options.file ?? config.files.customers);
  const source = await DuckDbCustomerSource.open(file);
  logger.debug({ source: source.description }, 'customer source');
  return source;
}
