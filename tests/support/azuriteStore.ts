import { randomBytes } from 'node:crypto';
import { AzureTableStore } from '../../src/adapters/tables/azureTableStore';

export const AZURITE_CONNECTION = 'UseDevelopmentStorage=true';

/** A store on the shared Azurite with a unique table prefix, so test files never see each other's rows. */
export function createTestTableStore(): { store: AzureTableStore; prefix: string } {
  const prefix = `t${randomBytes(5).toString('hex')}`;
  return {
    store: new AzureTableStore({ kind: 'connectionString', connectionString: AZURITE_CONNECTION }, prefix),
    prefix,
  };
}
