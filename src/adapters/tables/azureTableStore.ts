import {
  TableClient,
  TableServiceClient,
  type TransactionAction,
  type TableEntityResult,
} from '@azure/data-tables';
import type { TokenCredential } from '@azure/identity';
import type {
  BatchOperation,
  NumericFilter,
  StoredEntity,
  TableEntity,
  TableStore,
} from '../../ports/TableStore';
import { AppError, conflict, invalidInput, unavailable } from '../../shared/errors';
import { botMetrics } from '../../telemetry/metrics';
import { withSpan } from '../../telemetry/tracer';
import { countTableRoundTrip } from './tableRoundTrips';

export type TableConnection =
  | { kind: 'connectionString'; connectionString: string }
  | { kind: 'endpoint'; endpoint: string; credential: TokenCredential };

const SYSTEM_PROPERTIES = new Set(['etag', 'timestamp', 'odata.metadata', 'odata.etag']);

export interface TableStoreOptions {
  /** SDK retries of one request (connection failures, 5xx, 429): few and short, so a turn fails fast. */
  maxRetries?: number;
  retryDelayMs?: number;
  /** Longest one point operation or batch may take before it is abandoned. */
  requestTimeoutMs?: number;
  /** After a connection failure, calls fail at once for this long instead of each waiting for its retries. */
  outageCooldownMs?: number;
  /** Told when a table that vanished (service restarted empty, table deleted) is recreated and the call retried. */
  onTableRecreated?: (table: string) => void;
}

const DEFAULT_OPTIONS: Required<Omit<TableStoreOptions, 'onTableRecreated'>> = {
  maxRetries: 2,
  retryDelayMs: 150,
  requestTimeoutMs: 10_000,
  outageCooldownMs: 2_000,
};

/** The table itself is missing (not just the entity): Azure and Azurite say `TableNotFound`. */
function isTableMissing(error: unknown): boolean {
  if (statusOf(error) !== 404) return false;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : '';
  return code === 'TableNotFound' || /TableNotFound|table specified does not exist/i.test(message);
}

/** No HTTP answer at all (refused, reset, DNS, timeout): the service is down or unreachable. */
function isConnectionFailure(error: unknown): boolean {
  return statusOf(error) === undefined && !(error instanceof AppError);
}

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
  private readonly options: Required<Omit<TableStoreOptions, 'onTableRecreated'>> &
    Pick<TableStoreOptions, 'onTableRecreated'>;
  /** Epoch ms until which the service is presumed down (see `outageCooldownMs`). */
  private downUntil = 0;

  constructor(
    private readonly connection: TableConnection,
    private readonly tablePrefix: string,
    options: TableStoreOptions = {},
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
  }

  private tableName(table: string): string {
    return `${this.tablePrefix}${table}`;
  }

  private client(table: string): TableClient {
    const name = this.tableName(table);
    let client = this.clients.get(name);
    if (!client) {
      const retryOptions = {
        maxRetries: this.options.maxRetries,
        retryDelayInMs: this.options.retryDelayMs,
        maxRetryDelayInMs: this.options.retryDelayMs * 4,
      };
      client =
        this.connection.kind === 'connectionString'
          ? TableClient.fromConnectionString(this.connection.connectionString, name, {
              allowInsecureConnection: true,
              retryOptions,
            })
          : new TableClient(this.connection.endpoint, name, this.connection.credential, { retryOptions });
      this.clients.set(name, client);
    }
    return client;
  }

  /**
   * One call to the service, in a span, failing at once while the service is known to be down. With
   * `recreate`, a table that vanished since it was ensured (the service restarted empty) is created again and
   * the call retried once, so the bot recovers without a restart.
   */
  private async call<R>(
    operation: string,
    table: string,
    action: string,
    run: (client: TableClient, abortSignal: AbortSignal) => Promise<R>,
    options: { recreate?: boolean; onError?: (error: unknown) => { value: R } | undefined } = {},
  ): Promise<R> {
    return withSpan(
      `table.${operation}`,
      { 'db.system': 'azure_tables', 'cpo.table': table },
      async (annotate) => {
        if (Date.now() < this.downUntil) throw unavailable(`The table store is unavailable while ${action}.`);
        const attempt = async () => {
          const started = performance.now();
          try {
            return await run(this.client(table), AbortSignal.timeout(this.options.requestTimeoutMs));
          } finally {
            countTableRoundTrip(operation, table, performance.now() - started);
          }
        };
        try {
          try {
            return await attempt();
          } catch (error) {
            if (!options.recreate || !isTableMissing(error)) throw error;
            annotate({ 'cpo.table.recreated': true });
            this.ensured.delete(table);
            await this.client(table).createTable();
            this.ensured.add(table);
            this.options.onTableRecreated?.(table);
            botMetrics.tableRecreated();
            return await attempt();
          }
        } catch (error) {
          const handled = options.onError?.(error);
          if (handled !== undefined) return handled.value;
          if (isConnectionFailure(error)) {
            this.downUntil = Date.now() + this.options.outageCooldownMs;
            botMetrics.tableOutage();
          }
          throw toAppError(error, action);
        }
      },
    );
  }

  async ensureTable(table: string): Promise<void> {
    if (this.ensured.has(table)) return;
    await this.call('create_table', table, `creating table ${table}`, (client, abortSignal) =>
      client.createTable({ abortSignal }),
    );
    this.ensured.add(table);
  }

  /**
   * Reaches the service now, bypassing the outage cooldown (readiness probes): a point read that may find
   * nothing, which proves the endpoint answers and the credentials are accepted.
   */
  async probe(table: string): Promise<void> {
    try {
      await this.client(table).getEntity('~probe', '~probe', {
        abortSignal: AbortSignal.timeout(this.options.requestTimeoutMs),
      });
    } catch (error) {
      if (statusOf(error) === 404) return;
      throw toAppError(error, `reaching ${table}`);
    }
  }

  async get<T extends TableEntity>(
    table: string,
    partitionKey: string,
    rowKey: string,
  ): Promise<StoredEntity<T> | undefined> {
    return this.call<StoredEntity<T> | undefined>(
      'get',
      table,
      `reading from ${table}`,
      async (client, abortSignal) =>
        fromResult<T>(await client.getEntity<Record<string, unknown>>(partitionKey, rowKey, { abortSignal })),
      { onError: (error) => (statusOf(error) === 404 ? { value: undefined } : undefined) },
    );
  }

  async insert<T extends TableEntity>(table: string, entity: T): Promise<string> {
    return this.call(
      'insert',
      table,
      `inserting into ${table}`,
      async (client, abortSignal) => (await client.createEntity(entity, { abortSignal })).etag ?? '',
      { recreate: true },
    );
  }

  async upsert<T extends TableEntity>(table: string, entity: T): Promise<string> {
    return this.call(
      'upsert',
      table,
      `writing to ${table}`,
      async (client, abortSignal) =>
        (await client.upsertEntity(entity, 'Replace', { abortSignal })).etag ?? '',
      { recreate: true },
    );
  }

  async update<T extends TableEntity>(table: string, entity: T, etag: string): Promise<string> {
    return this.call(
      'update',
      table,
      `updating ${table}`,
      async (client, abortSignal) =>
        (await client.updateEntity(entity, 'Replace', { etag, abortSignal })).etag ?? '',
    );
  }

  async delete(table: string, partitionKey: string, rowKey: string): Promise<void> {
    await this.call(
      'delete',
      table,
      `deleting from ${table}`,
      async (client, abortSignal) => {
        await client.deleteEntity(partitionKey, rowKey, { abortSignal });
        return true;
      },
      { onError: (error) => (statusOf(error) === 404 ? { value: true } : undefined) },
    );
  }

  async listPartition<T extends TableEntity>(
    table: string,
    partitionKey: string,
    options: { where?: NumericFilter } = {},
  ): Promise<Array<StoredEntity<T>>> {
    const escaped = partitionKey.replace(/'/g, "''");
    const where = options.where;
    if (where && (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(where.property) || !Number.isFinite(where.above))) {
      throw invalidInput(`Cannot filter rows on "${where.property}" above ${where.above}.`);
    }
    const condition = where ? ` and ${where.property} gt ${where.above}` : '';
    return this.collect<T>(table, `PartitionKey eq '${escaped}'${condition}`);
  }

  async listAll<T extends TableEntity>(table: string): Promise<Array<StoredEntity<T>>> {
    return this.collect<T>(table, undefined);
  }

  private async collect<T extends TableEntity>(
    table: string,
    filter: string | undefined,
  ): Promise<Array<StoredEntity<T>>> {
    return this.call(
      'list',
      table,
      `listing ${table}`,
      async (client) => {
        const rows: Array<StoredEntity<T>> = [];
        const iterator = client.listEntities<Record<string, unknown>>(
          filter === undefined ? {} : { queryOptions: { filter } },
        );
        for await (const result of iterator) rows.push(fromResult<T>(result));
        return rows;
      },
      { onError: (error) => (statusOf(error) === 404 ? { value: [] } : undefined) },
    );
  }

  async transact<T extends TableEntity>(
    table: string,
    operations: Array<BatchOperation<T>>,
  ): Promise<string[]> {
    if (operations.length === 0) return [];
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
    return this.call(
      'transact',
      table,
      `writing a batch to ${table}`,
      async (client, abortSignal) => {
        const response = await client.submitTransaction(actions, { abortSignal });
        // Sub-responses come back in the order of the operations; each carries its row's new ETag.
        return operations.map((_operation, index) => response.subResponses[index]?.etag ?? '');
      },
      { recreate: true },
    );
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
