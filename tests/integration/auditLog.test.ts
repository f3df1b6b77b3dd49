import { AuditLog, AUDIT_TABLE } from '../../src/audit/auditLog';
import type { AuditRecord } from '../../src/audit/auditRecord';
import { tableRoundTrips } from '../../src/adapters/tables/tableRoundTrips';
import { createTestTableStore } from '../support/azuriteStore';

describe('AuditLog (hash-chained, on Azurite)', () => {
  const { store } = createTestTableStore();
  const audit = new AuditLog(store);

  beforeAll(() => audit.init());

  it('chains records per campaign and verifies clean chains', async () => {
    await audit.append({ action: 'plan', actor: 'u1', campaignId: 'c-clean', details: { steps: 4 } });
    await audit.append({
      action: 'variant_created',
      actor: 'u1',
      campaignId: 'c-clean',
      details: { id: 'v1' },
    });
    const records = await audit.records('c-clean');
    expect(records.map((record) => record.seq)).toEqual([1, 2]);
    expect(records[1]?.prevHash).toBe(records[0]?.hash);
    expect(await audit.verify('c-clean')).toMatchObject({ partitions: 1, records: 2, empty: false });
  });

  it('never forks the chain under concurrent appends', async () => {
    await Promise.all(
      Array.from({ length: 15 }, (_, index) =>
        audit.append({ action: 'tool_call', actor: `u${index}`, campaignId: 'c-race', details: { index } }),
      ),
    );
    const records = await audit.records('c-race');
    expect(records.map((record) => record.seq)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect((await audit.verify('c-race')).firstBreak).toBeUndefined();
  });

  it('groups concurrent appends of one writer into few batches, and two writers still never fork', async () => {
    const before = tableRoundTrips().byOperation.transact ?? 0;
    await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        audit.append({ action: 'tool_call', actor: 'u', campaignId: 'c-group', details: { index } }),
      ),
    );
    // The first append goes alone; the others wait for it and go together.
    expect((tableRoundTrips().byOperation.transact ?? 0) - before).toBeLessThanOrEqual(3);
    const other = new AuditLog(store);
    await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        (index % 2 === 0 ? audit : other).append({
          action: 'approval',
          actor: `a${index}`,
          campaignId: 'c-group',
          details: { index },
        }),
      ),
    );
    const records = await audit.records('c-group');
    expect(records.map((record) => record.seq)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect((await audit.verify('c-group')).firstBreak).toBeUndefined();
  });

  it('detects an altered record and names the first broken link', async () => {
    for (let i = 0; i < 3; i += 1) {
      await audit.append({ action: 'approval', actor: 'approver', campaignId: 'c-tamper', details: { i } });
    }
    const stored = await store.get<AuditRecord>(AUDIT_TABLE, 'c-tamper', '000000000002');
    if (!stored) throw new Error('missing row');
    await store.upsert(AUDIT_TABLE, { ...stored.entity, actor: 'mallory' });
    const result = await audit.verify('c-tamper');
    expect(result.firstBreak).toMatchObject({ partition: 'c-tamper', seq: 2 });
  });

  it('detects a deleted record and a truncated tail', async () => {
    for (let i = 0; i < 3; i += 1) {
      await audit.append({ action: 'approval', actor: 'a', campaignId: 'c-delete', details: { i } });
      await audit.append({ action: 'approval', actor: 'a', campaignId: 'c-trunc', details: { i } });
    }
    await store.delete(AUDIT_TABLE, 'c-delete', '000000000002');
    expect((await audit.verify('c-delete')).firstBreak).toMatchObject({ seq: 2 });
    await store.delete(AUDIT_TABLE, 'c-trunc', '000000000003');
    expect((await audit.verify('c-trunc')).firstBreak?.problem).toMatch(/removed/);
  });

  it('appends a batch as the same chain, across batches of 99 and writers that remember stale heads', async () => {
    const other = new AuditLog(store);
    await audit.append({ action: 'plan', actor: 'u1', campaignId: 'c-batch', details: { steps: 1 } });
    const events = Array.from({ length: 120 }, (_, index) => ({
      action: 'variant_created' as const,
      actor: 'u1',
      campaignId: 'c-batch',
      details: { index },
    }));
    const appended = await audit.appendMany(events);
    expect(appended.map((record) => record.seq)).toEqual(Array.from({ length: 120 }, (_, i) => i + 2));
    // Another writer moves the head; the first one's remembered head is stale and must not fork the chain.
    await other.append({ action: 'approval', actor: 'a1', campaignId: 'c-batch', details: {} });
    await audit.appendMany([events[0]!, { ...events[1]!, campaignId: 'c-batch-2' }]);
    const records = await audit.records('c-batch');
    expect(records.map((record) => record.seq)).toEqual(Array.from({ length: 123 }, (_, i) => i + 1));
    expect(await audit.verify('c-batch')).toMatchObject({ records: 123 });
    expect((await audit.verify('c-batch')).firstBreak).toBeUndefined();
    expect((await audit.records('c-batch-2')).map((record) => record.seq)).toEqual([1]);
  });

  it("holds a turn's appends back and writes them as one batch per partition when the work ends", async () => {
    const before = tableRoundTrips().byOperation.transact ?? 0;
    const result = await audit.deferred(async () => {
      await audit.append({ action: 'plan', actor: 'u1', campaignId: 'c-deferred', details: {} });
      await audit.appendMany([
        { action: 'tool_call', actor: 'u1', campaignId: 'c-deferred', details: { tool: 'a' } },
        { action: 'tool_call', actor: 'u1', campaignId: 'c-deferred', details: { tool: 'b' } },
      ]);
      // Nested deferral writes with the outer one.
      await audit.deferred(() =>
        audit.append({ action: 'generation', actor: 'u1', campaignId: 'c-deferred', details: {} }),
      );
      expect(await audit.records('c-deferred')).toEqual([]);
      return 'done';
    });
    expect(result).toBe('done');
    expect((tableRoundTrips().byOperation.transact ?? 0) - before).toBe(1);
    const records = await audit.records('c-deferred');
    expect(records.map((record) => [record.seq, record.action])).toEqual([
      [1, 'plan'],
      [2, 'tool_call'],
      [3, 'tool_call'],
      [4, 'generation'],
    ]);
    expect((await audit.verify('c-deferred')).firstBreak).toBeUndefined();
  });

  it('still writes held records when the deferred work fails, and rethrows its error', async () => {
    await expect(
      audit.deferred(async () => {
        await audit.append({ action: 'plan', actor: 'u1', campaignId: 'c-deferred-fail', details: {} });
        throw new Error('step failed');
      }),
    ).rejects.toThrow('step failed');
    expect((await audit.records('c-deferred-fail')).map((record) => record.action)).toEqual(['plan']);
  });

  it('a writer that never saw an existing chain continues it (its first, unread batch is refused)', async () => {
    await audit.append({ action: 'plan', actor: 'u1', campaignId: 'c-unseen', details: {} });
    const fresh = new AuditLog(store);
    await fresh.append({ action: 'approval', actor: 'a1', campaignId: 'c-unseen', details: {} });
    expect((await audit.records('c-unseen')).map((record) => record.seq)).toEqual([1, 2]);
    expect((await audit.verify('c-unseen')).firstBreak).toBeUndefined();
  });
});
