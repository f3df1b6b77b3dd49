import { DefaultAzureCredential } from '@azure/identity';
import { AzureTableStore } from '../adapters/tables/azureTableStore';
import type { AppConfig } from '../config/schema';
import type { TableStore } from '../ports/TableStore';
import { configError } from '../shared/errors';

/** Azure Tables by endpoint with Entra ID (managed identity) when set, else by connection string (Azurite by default). */
export function createTableStore(config: AppConfig): TableStore {
  const { connectionString, endpoint, tablePrefix } = config.tables;
  if (connectionString)
    return new AzureTableStore({ kind: 'connectionString', connectionString }, tablePrefix);
  if (endpoint) {
    return new AzureTableStore(
      { kind: 'endpoint', endpoint, credential: new DefaultAzureCredential() },
      tablePrefix,
    );
  }
  throw configError('Set CPO_TABLES_CONNECTION_STRING or CPO_TABLES_ENDPOINT for the table store.');
}
