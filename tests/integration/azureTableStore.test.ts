import { createTestTableStore } from '../support/azuriteStore';
import { isAppError } from '../../src/shared/errors';

interface Row {
  partitionKey: string;
  rowKey: string;
  count: number;
  label?: string;
  [key: string]: string | number | boolean | Date | undefined;
}

describe('AzureTableStore against Azurite', () => {
  const { store } = createTestTableStore();

  beforeAll(async () => {
    await store.ensureTable('Rows');
    await store.ensureTable('Rows'); // idempotent
  });

  it('round-trips an entity and strips system properties', async () => {
    await store.insert<Row>('Rows', { partitionKey: 'p1', rowKey: 'r1', count: 1, label: 'ä ß 日本' });
    const stored = await store.get<Row>('Rows', 'p1', 'r1');
    expect(stored?.entity).toEqual({ partitionKey: 'p1', rowKey: 'r1', count: 1, label: 'ä ß 日本' });
    expect(stored?.etag).toMatch(/^W\//);
  });

  it('returns undefined for a missing row', async () => {
    expect(await store.get('Rows', 'p1', 'missing')).toBeUndefined();
  });

  it('rejects a duplicate insert with CONFLICT', async () => {
    await store.insert<Row>('Rows', { partitionKey: 'p2', rowKey: 'dup', count: 1 });
    await expect(
      store.insert<Row>('Rows', { partitionKey: 'p2', rowKey: 'dup', count: 2 }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('rejects an update with a stale ETag (412) as CONFLICT and keeps the winner', async () => {
    const etag = await store.insert<Row>('Rows', { partitionKey: 'p3', rowKey: 'r', count: 0 });
    await store.update<Row>('Rows', { partitionKey: 'p3', rowKey: 'r', count: 1 }, etag);
    const error = await store
      .update<Row>('Rows', { partitionKey: 'p3', rowKey: 'r', count: 99 }, etag)
      .catch((e) => e);
    expect(isAppError(error) && error.code).toBe('CONFLICT');
    expect((await store.get<Row>('Rows', 'p3', 'r'))?.entity.count).toBe(1);
  });

  it('lists a partition in row-key order and runs batch transactions atomically', async () => {
    await store.transact<Row>('Rows', [
      { kind: 'insert', entity: { partitionKey: 'p4', rowKey: 'b', count: 2 } },
      { kind: 'insert', entity: { partitionKey: 'p4', rowKey: 'a', count: 1 } },
    ]);
    const rows = await store.listPartition<Row>('Rows', 'p4');
    expect(rows.map((row) => row.entity.rowKey)).toEqual(['a', 'b']);
    // One failing operation (duplicate insert) rolls back the whole batch.
    await expect(
      store.transact<Row>('Rows', [
        { kind: 'insert', entity: { partitionKey: 'p4', rowKey: 'c', count: 3 } },
        { kind: 'insert', entity: { partitionKey: 'p4', rowKey: 'a', count: 9 } },
      ]),
    ).rejects.toBeDefined();
    expect(await store.get('Rows', 'p4', 'c')).toBeUndefined();
  });

  it('escapes quotes in partition keys', async () => {
    await store.insert<Row>('Rows', { partitionKey: "o'brien", rowKey: 'x', count: 1 });
    expect(await store.listPartition<Row>('Rows', "o'brien")).toHaveLength(1);
  });

  it('deletes idempotently', async () => {
    await store.insert<Row>('Rows', { partitionKey: 'p5', rowKey: 'x', count: 1 });
    await store.delete('Rows', 'p5', 'x');
    await store.delete('Rows', 'p5', 'x');
    expect(await store.get('Rows', 'p5', 'x')).toBeUndefined();
  });
});
