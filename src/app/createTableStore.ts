import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';
import { AzureTableStore } from '../adapters/tables/azureTableStore';
import type { AppConfig } from '../config/schema';
import type { TableStore } from '../ports/TableStore';
import { configError } from '../shared/errors';

/**
 * DefaultAzureCredential, loaded on the first token request: the identity SDK is heavy to load and a
 * connection string (Azurite, the CLI's default) never needs it.
 */
class LazyDefaultAzureCredential implements TokenCredential {
  private credential: Promise<TokenCredential> | undefined;

  async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
    this.credential ??= import('@azure/identity').then((identity) => new identity.DefaultAzureCredential());
    return (await this.credential).getToken(scopes, options);
  }
}

/** Azure Tables by endpoint with Entra ID (managed identity) when set, else by connection string (Azurite by default). */
export function createTableStore(config: AppConfig): TableStore {
  const { connectionString, endpoint, tablePrefix } = config.tables;
  if (connectionString)
    return new AzureTableStore({ kind: 'connectionString', connectionString }, tablePrefix);
  if (endpoint) {
    return new AzureTableStore(
      { kind: 'endpoint', endpoint, credential: new LazyDefaultAzureCredential() },
      tablePrefix,
    );
  }
  throw configError('Set CPO_TABLES_CONNECTION_STRING or CPO_TABLES_ENDPOINT for the table store.');
}
