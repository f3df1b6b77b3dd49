import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditLog } from '../../src/audit/auditLog';
import { Pseudonymizer } from '../../src/privacy/pseudonymizer';
import { createTestTableStore } from '../support/azuriteStore';
import { runCpo } from '../support/cliHarness';
import { REPO_ROOT } from '../support/repoRoot';

describe('cpo forget', () => {
  const { store, prefix } = createTestTableStore();
  const file = join(mkdtempSync(join(tmpdir(), 'cpo-forget-')), 'customers.csv');

  beforeAll(() => copyFileSync(join(REPO_ROOT, 'data', 'customers.csv'), file));

  it('removes only that customer, keeps every other line byte for byte, audits the pseudonym only', async () => {
    const before = readFileSync(file, 'utf8').split('\n');
    const victim = before[7]?.split(',')[0] ?? '';
    expect(victim).toMatch(/^C\d+/);
    const run = await runCpo(['forget', victim, '--actor', 'dpo'], {
      CPO_TABLES_PREFIX: prefix,
      CPO_CUSTOMERS_FILE: file,
    });
    expect(run.code).toBe(0);
    const pseudonym = new Pseudonymizer('local-development-pseudonym-key-change-me', 'dev1').customer(victim);
    expect(JSON.parse(run.stdout)).toEqual({ pseudonym, removedRows: 1 });
    const after = readFileSync(file, 'utf8').split('\n');
    expect(after).toEqual(before.filter((_, index) => index !== 7));
    const records = await new AuditLog(store).records();
    expect(records.map((record) => record.action)).toEqual(['erasure']);
    expect(JSON.stringify(records)).not.toContain(victim);
    expect(records[0]?.details).toContain(pseudonym);
  });

  it('reports an unknown customer as zero rows and a missing file clearly', async () => {
    const unknown = await runCpo(['forget', 'C999999999'], {
      CPO_TABLES_PREFIX: prefix,
      CPO_CUSTOMERS_FILE: file,
    });
    expect(JSON.parse(unknown.stdout)).toMatchObject({ removedRows: 0 });
    const missing = await runCpo(['forget', 'C1'], {
      CPO_TABLES_PREFIX: prefix,
      CPO_CUSTOMERS_FILE: `${file}.nope`,
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/does not exist/);
  });
});
