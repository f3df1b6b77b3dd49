import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AzureTableStore } from '../../src/adapters/tables/azureTableStore';
import type { RunningBot } from '../../src/app/startBot';
import { AuditLog } from '../../src/audit/auditLog';
import { ApprovalService } from '../../src/campaigns/approvalService';
import { CampaignRepository } from '../../src/campaigns/campaignRepository';
import { loadApprovalPolicy } from '../../src/governance/approvalPolicy';
import { RoleDirectory } from '../../src/governance/roleDirectory';
import { startTestBot } from '../support/botHarness';
import { APPROVER, MARKETER, say } from '../support/botClient';
import { AZURITE_CONNECTION } from '../support/azuriteStore';
import { runCpo } from '../support/cliHarness';
import { REPO_ROOT } from '../support/repoRoot';

const CAMPAIGN = 'spring-winback-demo';

/**
 * One campaign from `cpo run` to `cpo report`, the way a team follows it: drafted and queued for approvers
 * (no send list), its state reported while it waits, approved, launched in chat, engagement simulated,
 * the report written with the model cost, the send list exported, and the audit chain intact.
 */
describe('the CLI lifecycle of one campaign: cpo run → approve → launch → simulate → report → export', () => {
  const prefix = `life${Math.random().toString(36).slice(2, 8)}`;
  const outDir = mkdtempSync(join(tmpdir(), 'cpo-life-'));
  const env = { CPO_OUT_DIR: outDir, CPO_TABLES_PREFIX: prefix };
  let bot: RunningBot;

  beforeAll(async () => {
    ({ bot } = await startTestBot(env));
  });
  afterAll(() => bot?.close());

  it('follows the campaign through every state', async () => {
    const run = await runCpo(['run', '--customers', 'data/customers.csv', '--no-progress'], env);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
    expect(summary).toMatchObject({ campaign: CAMPAIGN, status: 'draft' });
    expect(existsSync(join(outDir, CAMPAIGN, 'assignments.csv'))).toBe(false);

    const waiting = await runCpo(['report', CAMPAIGN], env);
    expect(waiting.code).toBe(1);
    expect(waiting.stderr).toMatch(/awaits approval/);
    const unknown = await runCpo(['report', 'spring-winback-dem'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(CAMPAIGN);

    const store = new AzureTableStore(
      { kind: 'connectionString', connectionString: AZURITE_CONNECTION },
      prefix,
    );
    const campaigns = new CampaignRepository(store);
    const approvals = new ApprovalService(
      campaigns,
      new RoleDirectory(join(REPO_ROOT, 'config', 'roles.yaml')),
      new AuditLog(store),
      loadApprovalPolicy(join(REPO_ROOT, 'config', 'policy.yaml')),
    );
    const reviews = await campaigns.listReviews(CAMPAIGN);
    for (const { review } of reviews) {
      if (review.variant.safety?.verdict === 'block') continue;
      await approvals.approve(CAMPAIGN, review.variant.id, { id: APPROVER.aadObjectId, name: APPROVER.name });
    }

    const launch = await say(
      bot.port,
      MARKETER,
      `launch the experiment for campaign ${CAMPAIGN}`,
      'conv-life',
    );
    expect(JSON.stringify(launch.activities)).toMatch(/[Ll]aunched/);

    const simulated = await runCpo(
      ['simulate', '--campaign', CAMPAIGN, '--days', '7', '--lift', '0.12'],
      env,
    );
    expect(simulated.code).toBe(0);
    const report = await runCpo(['report', CAMPAIGN], env);
    expect(report.code).toBe(0);
    const markdown = readFileSync(join(outDir, 'reports', `${CAMPAIGN}.md`), 'utf8');
    expect(markdown).toContain('Model cost: none (drafted offline).');
    expect(markdown).toContain(APPROVER.name);

    const exported = await runCpo(['export', CAMPAIGN], env);
    expect(exported.code).toBe(0);
    const verify = await runCpo(['audit', 'verify', '--campaign', CAMPAIGN], env);
    expect(verify.code).toBe(0);
  }, 180_000);
});
