import {
  TableClient,
  TableServiceClient,
  type TransactionAction,
  type TableEntityResult,
} from '@azure/data-tables';
import type { TokenCredential } from '@azure/identity';
import type { BatchOperation, StoredEntity, TableEntity, TableStore } from '../../ports/TableStore';
import { AppError, conflict, unavailable } from '../../shared/errors';

export type TableConnection =
  | { kind: 'connectionString'; connectionString: string }
  | { kind: 'endpoint'; endpoint: string; credential: TokenCredential };

const SYSTEM_PROPERTIES = new Set(['etag', 'timestamp', 'odata.metadata', 'odata.etag']);

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' ? status : undefined;
}

function toAppError(error: unknown, action: string): AppError {
  const status = statusOf(error);
  if (status === 409 || status === 412) return conflict(`The record changed while ${action}; please retry.`);
  return unavailable(`The table store is unavailable while ${action}.`, error);
}

function fromResult<T extends TableEntity>(
  result: TableEntityResult<Record<string, unknown>>,
): StoredEntity<T> {
  const entity: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(result)) {
    if (!SYSTEM_PROPERTIES.has(key)) entity[key] = value;
  }
  return { entity: entity as T, etag: result.etag };
}

/**
 * Azure Tables adapter: the same code talks to Azurite (`UseDevelopmentStorage=true`) and to Azure
 * (connection string, or endpoint + Entra ID credential). Table names are prefixed per deployment.
 */
export class AzureTableStore implements TableStore {
  private readonly clients = new Map<string, TableClient>();
  private readonly ensured = new Set<string>();

  constructor(
    private readonly connection: TableConnection,
    private readonly tablePrefix: string,
  ) {}

  private tableName(table: string): string {
    return `${this.tablePrefix}${table}`;
  }

  private client(table: string): TableClient {
    const name = this.tableName(table);
    let client = this.clients.get(name);
    if (!client) {
      client =
        this.connection.kind === 'connectionString'
          ? TableClient.fromConnectionString(this.connection.connectionString, name, {
              allowInsecureConnection: true,
            })
          : new TableClient(this.connection.endpoint, name, this.connection.credential);
      this.clients.set(name, client);
    }
    return client;
  }

  async ensureTable(table: string): Promise<void> {
    if (this.ensured.has(table)) return;
    try {
      await this.client(table).createTable();
      this.ensured.add(table);
    } catch (error) {
      throw toAppError(error, `creating table ${table}`);
    }
  }

  async get<T extends TableEntity>(
    table: string,
    partitionKey: string,
    rowKey: string,
  ): Promise<StoredEntity<T> | undefined> {
    try {
      const result = await this.client(table).getEntity<Record<string, unknown>>(partitionKey, rowKey);
      return fromResult<T>(result);
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw toAppError(error, `reading from ${table}`);
    }
  }

  async insert<T extends TableEntity>(table: string, entity: T): Promise<string> {
    try {
      const response = await this.client(table).createEntity(entity);
      return response.etag ?? '';
    } catch (error) {
      throw toAppError(error, `inserting into ${table}`);
    }
  }

  async upsert<T extends TableEntity>(table: string, entity: T): Promise<string> {
    try {
      const response = await this.client(table).upsertEntity(entity, 'Replace');
      return response.etag ?? '';
    } catch (error) {
      throw toAppError(error, `writing to ${table}`);
    }
  }

  async update<T extends TableEntity>(table: string, entity: T, etag: string): Promise<string> {
    try {
      const response = await this.client(table).updateEntity(entity, 'Replace', { etag });
      return response.etag ?? '';
    } catch (error) {
      throw toAppError(error, `updating ${table}`);
    }
  }

  async delete(table: string, partitionKey: string, rowKey: string): Promise<void> {
    try {
      await this.client(table).deleteEntity(partitionKey, rowKey);
    } catch (error) {
      if (statusOf(error) === 404) return;
      throw toAppError(error, `deleting from ${table}`);
    }
  }

  async listPartition<T extends TableEntity>(
    table: string,
    partitionKey: string,
  ): Promise<Array<StoredEntity<T>>> {
    const escaped = partitionKey.replace(/'/g, "''");
    return this.collect<T>(table, `PartitionKey eq '${escaped}'`);
  }

  async listAll<T extends TableEntity>(table: string): Promise<Array<StoredEntity<T>>> {
    return this.collect<T>(table, undefined);
  }

  private async collect<T extends TableEntity>(
    table: string,
    filter: string | undefined,
  ): Promise<Array<StoredEntity<T>>> {
    const rows: Array<StoredEntity<T>> = [];
    try {
      const iterator = this.client(table).listEntities<Record<string, unknown>>(
        filter === undefined ? {} : { queryOptions: { filter } },
      );
      for await (const result of iterator) rows.push(fromResult<T>(result));
    } catch (error) {
      if (statusOf(error) === 404) return [];
      throw toAppError(error, `listing ${table}`);
    }
    return rows;
  }

  async transact<T extends TableEntity>(table: string, operations: Array<BatchOperation<T>>): Promise<void> {
    if (operations.length === 0) return;
    const actions: TransactionAction[] = operations.map((operation) => {
      switch (operation.kind) {
        case 'insert':
          return ['create', operation.entity];
        case 'upsert':
          return ['upsert', operation.entity, 'Replace'];
        case 'update':
          return ['update', operation.entity, 'Replace', { etag: operation.etag }];
        case 'delete':
          return ['delete', { partitionKey: operation.partitionKey, rowKey: operation.rowKey }];
      }
    });
    try {
      await this.client(table).submitTransaction(actions);
    } catch (error) {
      throw toAppError(error, `writing a batch to ${table}`);
    }
  }

  /** Deletes every table with this store's prefix (tests only, against Azurite). */
  static async dropPrefixedTables(connectionString: string, prefix: string): Promise<void> {
    const service = TableServiceClient.fromConnectionString(connectionString, {
      allowInsecureConnection: true,
    });
    for await (const table of service.listTables()) {
      if (table.name?.startsWith(prefix)) await service.deleteTable(table.name);
    }
  }
}
