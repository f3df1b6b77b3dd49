/**
 * Privacy: distinctive PII seeded into the customer base must never appear in a log line, a table row or an
 * output file after the whole pipeline (`cpo run`), the bot flow and the send-list export of the launched
 * campaign (`cpo export`, CSV and Parquet) have run. Customers are referenced by keyed pseudonyms only.
 */
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { TableServiceClient, TableClient } from '@azure/data-tables';
import type { RunningBot } from '../../src/app/startBot';
import { startTestBot } from '../support/botHarness';
import { MARKETER, APPROVER, cardsOf, clickAction, say } from '../support/botClient';
import { runCpo } from '../support/cliHarness';
import { REPO_ROOT } from '../support/repoRoot';
import { AZURITE_CONNECTION } from '../support/azuriteStore';
import { Pseudonymizer } from '../../src/privacy/pseudonymizer';
import { loadConfig } from '../../src/config/loadConfig';

const DEV_PSEUDONYM_KEY = loadConfig({}).privacy.pseudonymKey;

const CANARY_ID = 'C777001';
const CANARY_EMAIL = 'zq.canary.7781@example.com';
const CANARY_NAME = 'Qwertzuiopa';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function allTableText(prefix: string): Promise<string> {
  const service = TableServiceClient.fromConnectionString(AZURITE_CONNECTION, {
    allowInsecureConnection: true,
  });
  const parts: string[] = [];
  for await (const table of service.listTables()) {
    if (!table.name?.startsWith(prefix)) continue;
    const client = TableClient.fromConnectionString(AZURITE_CONNECTION, table.name, {
      allowInsecureConnection: true,
    });
    for await (const entity of client.listEntities()) parts.push(JSON.stringify(entity));
  }
  return parts.join('\n');
}

describe('no customer PII leaves the process', () => {
  const work = mkdtempSync(join(tmpdir(), 'cpo-pii-'));
  const customers = join(work, 'customers.csv');
  const outDir = join(work, 'out');
  const prefix = `pii${Math.random().toString(36).slice(2, 8)}`;
  const logLines: string[] = [];
  const logger = pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) });
  const env = { CPO_CUSTOMERS_FILE: customers, CPO_OUT_DIR: outDir, CPO_TABLES_PREFIX: prefix };
  let bot: RunningBot;

  beforeAll(async () => {
    const sample = readFileSync(join(REPO_ROOT, 'data', 'customers.csv'), 'utf8')
      .trimEnd()
      .split('\n');
    // A lapsed, high-value customer who lands in every segment the tests use; plus a malformed row with PII.
    sample.push(
      `${CANARY_ID},${CANARY_EMAIL},${CANARY_NAME},EMEA,lapsed,200,9,1999.00,email|sms,true,true,true`,
    );
    sample.push(`C777002,${CANARY_EMAIL},${CANARY_NAME},EMEA,nonsense,x,y,z,fax,maybe,true,true`);
    writeFileSync(customers, `${sample.join('\n')}\n`);
    ({ bot } = await startTestBot(env, logger));
  });
  afterAll(() => bot?.close());

  it('runs the pipeline and the bot flow with zero hits in logs, tables and outputs', async () => {
    const run = await runCpo(['run', '--config', 'config/experiment.yaml', '--no-progress'], env);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}')).toMatchObject({
      campaign: 'spring-winback-demo',
    });

    // `cpo run` drafts only: no send list for variants nobody approved.
    expect(filesUnder(outDir).some((file) => /assignments|send-list/.test(file))).toBe(false);

    const draft = await say(
      bot.port,
      MARKETER,
      "draft 3 emails for customers who haven't bought in 90 days about the spring sale",
    );
    const campaignId = /campaign \*\*([a-z0-9-_]+)\*\*/.exec(
      draft.activities.map((activity) => activity.text ?? '').join(' '),
    )?.[1];
    if (!campaignId) throw new Error('no campaign id in the draft reply');
    const early = await runCpo(['export', campaignId], env);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('is not launched');
    for (const card of cardsOf(draft)) {
      const approve = ((card.actions as Array<Record<string, unknown>> | undefined) ?? []).find(
        (action) => action.verb === 'approveVariant',
      );
      if (approve) await clickAction(bot.port, APPROVER, { action: approve });
    }
    await say(bot.port, MARKETER, `launch the experiment for campaign ${campaignId}`);
    const csv = await runCpo(['export', campaignId], env);
    expect(csv.code).toBe(0);
    expect(JSON.parse(csv.stdout)).toMatchObject({ campaign: campaignId, format: 'csv' });
    const parquet = await runCpo(['export', campaignId, '--format', 'parquet'], env);
    expect(parquet.code).toBe(0);
    const trail = await runCpo(['audit', 'export', '--campaign', campaignId], env);
    expect(trail.stdout.match(/send_list_exported/g)).toHaveLength(2);
    await say(bot.port, MARKETER, 'show me the VIP customers');

    const outputs = filesUnder(outDir).map((file) => readFileSync(file, 'utf8'));
    expect(outputs.length).toBeGreaterThan(0);
    const everything = [
      run.stdout,
      run.stderr,
      csv.stdout,
      csv.stderr,
      parquet.stdout,
      parquet.stderr,
      ...logLines,
      await allTableText(prefix),
      ...outputs,
      JSON.stringify(draft),
    ].join('\n');
    expect(logLines.length).toBeGreaterThan(0);
    for (const secret of [CANARY_ID, CANARY_EMAIL, CANARY_NAME, 'C777002']) {
      expect(everything.includes(secret)).toBe(false);
    }
    // The canary is in the send list, pseudonymized.
    const canaryRef = new Pseudonymizer(DEV_PSEUDONYM_KEY, 'dev1').customer(CANARY_ID);
    expect(outputs.join('\n')).toContain(canaryRef);
  });
});
