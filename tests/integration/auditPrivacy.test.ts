import { AuditLog } from '../../src/audit/auditLog';
import { redactAuditDetails } from '../../src/audit/redactAuditDetails';
import { CAMPAIGNS_TABLE } from '../../src/campaigns/campaignRepository';
import type { RunningBot } from '../../src/app/startBot';
import { createTestTableStore } from '../support/azuriteStore';
import { startTestBot } from '../support/botHarness';
import { MARKETER, say } from '../support/botClient';
import { runCpo } from '../support/cliHarness';

const CARD = '4111 1111 1111 1111';
const EMAIL = 'jane.doe@example.org';
const PHONE = '+1 415 555 0137';
const NAME = 'Jane Doe';
const CHAT = `is this text safe? Dear ${NAME}, your card ${CARD} is charged; questions to ${EMAIL} or ${PHONE}.`;
const PERSONAL = [CARD, '4111111111111111', '1111 1111', EMAIL, 'jane.doe', PHONE, '555 0137', NAME];

function expectNoPersonalData(text: string): void {
  for (const value of PERSONAL)
    expect({ value, found: text.includes(value) }).toEqual({ value, found: false });
}

describe('the audit chain holds no personal data', () => {
  it('reduces free text to its length and replaces personal data elsewhere by its kind', () => {
    const redacted = redactAuditDetails({
      steps: [{ tool: 'screen_content', args: { text: CHAT } }],
      comment: 'call Jane',
      reasons: [`found ${EMAIL}`],
      variantId: 'v-1',
      count: 3,
    });
    expect(redacted).toEqual({
      steps: [{ tool: 'screen_content', args: { text: `[redacted: ${CHAT.length} chars]` } }],
      comment: '[redacted: 9 chars]',
      reasons: ['found [email]'],
      variantId: 'v-1',
      count: 3,
    });
  });

  describe('through the bot and `cpo audit export`', () => {
    let bot: RunningBot;
    let prefix: string;
    beforeAll(async () => {
      const started = await startTestBot();
      bot = started.bot;
      prefix = started.config.tables.tablePrefix;
    });
    afterAll(() => bot?.close());

    it('keeps a chat message with a card number, email, phone and name out of every audit record', async () => {
      const reply = await say(bot.port, MARKETER, CHAT, 'conv-audit-privacy');
      expect(reply.status).toBe(200);
      await say(
        bot.port,
        MARKETER,
        `draft a win-back email for ${NAME} and customers who haven't bought in 90 days about the spring sale`,
        'conv-audit-privacy',
      );
      const exported = await runCpo(['audit', 'export'], { CPO_TABLES_PREFIX: prefix });
      expect(exported.code).toBe(0);
      expect(exported.stdout).toContain('"action":"plan"');
      expectNoPersonalData(exported.stdout.replace(/"campaignId":"[^"]*"/g, ''));
      const verified = await runCpo(['audit', 'verify'], { CPO_TABLES_PREFIX: prefix });
      expect(verified.code).toBe(0);
      expect((JSON.parse(verified.stdout) as { firstBreak?: unknown }).firstBreak).toBeUndefined();
    });
  });
});

describe('cpo audit verify reports loss, not only tampering', () => {
  it('reports an empty store (exit 0 when there is no campaign either)', async () => {
    const { prefix } = createTestTableStore();
    const run = await runCpo(['audit', 'verify'], { CPO_TABLES_PREFIX: prefix });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, empty: true, records: 0, campaigns: 0 });
    expect(run.stderr).toMatch(/audit store is empty/);
  });

  it('reports campaigns without a chain (exit 1) and unfinished drafts as aborted (not tampering)', async () => {
    const { store, prefix } = createTestTableStore();
    const audit = new AuditLog(store);
    await audit.init();
    await store.ensureTable(CAMPAIGNS_TABLE);
    // A finished draft: chain and campaign.
    await audit.append({ action: 'plan', actor: 'a', campaignId: 'done-1', details: { steps: [] } });
    await store.upsert(CAMPAIGNS_TABLE, { partitionKey: 'done-1', rowKey: 'campaign', json: '{}' });
    // A draft interrupted after two tool calls: chain, no campaign.
    await audit.append({ action: 'plan', actor: 'a', campaignId: 'cut-1', details: { steps: [] } });
    await audit.append({ action: 'tool_call', actor: 'a', campaignId: 'cut-1', details: { tool: 'x' } });
    // A campaign whose chain is gone.
    await store.upsert(CAMPAIGNS_TABLE, { partitionKey: 'lost-1', rowKey: 'campaign', json: '{}' });

    const run = await runCpo(['audit', 'verify'], { CPO_TABLES_PREFIX: prefix });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: false,
      campaigns: 2,
      records: 3,
      empty: false,
      aborted: { count: 1, partitions: ['cut-1'] },
      missingChains: { count: 1, campaigns: ['lost-1'] },
    });
    expect(JSON.parse(run.stdout).firstBreak).toBeUndefined();
    expect(run.stderr).toMatch(/1 campaign\(s\) have no audit chain/);
    expect(run.stderr).toMatch(/1 draft chain\(s\) aborted .*not tampering/);
  });
});
