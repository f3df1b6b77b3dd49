import { configError } from '../shared/errors';
import { resolveModelSettings } from './modelSettings';
import type { AppConfig } from './schema';

/**
 * Every "provider X needs setting Y" rule, checked once when configuration is loaded, so a missing endpoint
 * is reported in one place with one message naming the variable (the bot stops at start-up, the CLI exits 2).
 */
export function checkProviders(config: AppConfig): void {
  if (config.search.provider === 'azure' && config.search.endpoint === undefined) {
    throw configError('AZURE_SEARCH_ENDPOINT is required when CPO_SEARCH_PROVIDER=azure.');
  }
  if (config.safety.provider === 'azure' && config.safety.endpoint === undefined) {
    throw configError('AZURE_CONTENT_SAFETY_ENDPOINT is required when CPO_SAFETY_PROVIDER=azure.');
  }
  if (config.tables.connectionString === undefined && config.tables.endpoint === undefined) {
    throw configError('Set CPO_TABLES_CONNECTION_STRING or CPO_TABLES_ENDPOINT for the table store.');
  }
  if (config.customerData.source === 'postgres' && config.customerData.postgresUrl === undefined) {
    throw configError('CPO_CUSTOMERS_POSTGRES_URL is required when CPO_CUSTOMER_SOURCE=postgres.');
  }
  resolveModelSettings(config);
}
