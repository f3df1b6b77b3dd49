/** A row in a table: Azure Tables' keys plus scalar properties. */
export interface TableEntity {
  partitionKey: string;
  rowKey: string;
  [property: string]: string | number | boolean | Date | undefined;
}

export interface StoredEntity<T extends TableEntity> {
  entity: T;
  /** Opaque version token; pass it back to `update` for optimistic concurrency. */
  etag: string;
}

export type BatchOperation<T extends TableEntity> =
  | { kind: 'insert'; entity: T }
  | { kind: 'upsert'; entity: T }
  | { kind: 'update'; entity: T; etag: string }
  | { kind: 'delete'; partitionKey: string; rowKey: string };

/** Rows whose numeric `property` is greater than `above`. */
export interface NumericFilter {
  property: string;
  above: number;
}

/**
 * Port for key/value rows with ETag concurrency. Adapter: Azure Tables (Azurite locally, the same code).
 * `update` with a stale ETag and `insert` of an existing key throw an AppError with code CONFLICT.
 */
export interface TableStore {
  ensureTable(table: string): Promise<void>;
  get<T extends TableEntity>(
    table: string,
    partitionKey: string,
    rowKey: string,
  ): Promise<StoredEntity<T> | undefined>;
  insert<T extends TableEntity>(table: string, entity: T): Promise<string>;
  upsert<T extends TableEntity>(table: string, entity: T): Promise<string>;
  update<T extends TableEntity>(table: string, entity: T, etag: string): Promise<string>;
  delete(table: string, partitionKey: string, rowKey: string): Promise<void>;
  /**
   * All rows of one partition, in row-key order; with `where`, only rows whose numeric property is above a
   * value (filtered by the service, so the rows left out never cross the wire).
   */
  listPartition<T extends TableEntity>(
    table: string,
    partitionKey: string,
    options?: { where?: NumericFilter },
  ): Promise<Array<StoredEntity<T>>>;
  /** All rows of a table (small tables only: audit export, erasure). */
  listAll<T extends TableEntity>(table: string): Promise<Array<StoredEntity<T>>>;
  /**
   * Atomic batch within one partition, at most 100 operations, in one request. Resolves to each operation's
   * new ETag in order ('' for deletes and where the service gave none).
   */
  transact<T extends TableEntity>(table: string, operations: Array<BatchOperation<T>>): Promise<string[]>;
}
