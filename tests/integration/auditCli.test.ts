import { AuditLog, AUDIT_TABLE } from '../../src/audit/auditLog';
import type { AuditRecord } from '../../src/audit/auditRecord';
import { createTestTableStore } from '../support/azuriteStore';
import { runCpo } from '../support/cliHarness';

describe('cpo audit verify / export', () => {
  const { store, prefix } = createTestTableStore();
  const audit = new AuditLog(store);
  const env = { CPO_TABLES_PREFIX: prefix };

  beforeAll(async () => {
    await audit.init();
    for (let i = 0; i < 3; i += 1) {
      await audit.append({ action: 'approval', actor: 'a1', campaignId: 'camp-a', details: { i } });
      await audit.append({ action: 'plan', actor: 'a2', campaignId: 'camp-b', details: { i } });
    }
  });

  it('reports intact chains', async () => {
    const run = await runCpo(['audit', 'verify'], env);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, partitions: 2, records: 6 });
  });

  it('exports JSON lines with parsed details', async () => {
    const run = await runCpo(['audit', 'export', '--campaign', 'camp-a'], env);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ seq: 1, action: 'approval', actor: 'a1', details: { i: 0 } });
  });

  it('detects one tampered row and names it', async () => {
    const row = await store.get<AuditRecord>(AUDIT_TABLE, 'camp-b', '000000000002');
    if (!row) throw new Error('row missing');
    await store.upsert(AUDIT_TABLE, { ...row.entity, details: JSON.stringify({ i: 99 }) });
    const run = await runCpo(['audit', 'verify'], env);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, firstBreak: { partition: 'camp-b', seq: 2 } });
    expect(run.stderr).toMatch(/camp-b at record 2/);
    const scoped = await runCpo(['audit', 'verify', '--campaign', 'camp-a'], env);
    expect(scoped.code).toBe(0);
  });
});
