/**
 * `cpo run --customers <file> [--config <file>] [--out <dir>]`: drafts, screens, sizes the segment and arms
 * with the customer engine and stores the campaign for approvers; it writes no send list.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CampaignRepository } from '../../src/campaigns/campaignRepository';
import { AzureTableStore } from '../../src/adapters/tables/azureTableStore';
import { AZURITE_CONNECTION } from '../support/azuriteStore';
import { runCpo } from '../support/cliHarness';
import { REPO_ROOT } from '../support/repoRoot';

describe('cpo run', () => {
  it('documents its flags', async () => {
    const help = await runCpo(['run', '--help']);
    expect(help.code).toBe(0);
    for (const flag of ['--customers <file>', '--config <file>', '--out <dir>'])
      expect(help.stdout).toContain(flag);
    const exportHelp = await runCpo(['export', '--help']);
    expect(exportHelp.stdout).toContain('--format <format>');
    expect(exportHelp.stdout).toContain('--out <file>');
  });

  it('stores a draft for approvers and writes plan, segment, variants and summary, but no send list', async () => {
    const work = mkdtempSync(join(tmpdir(), 'cpo-run-'));
    const prefix = `run${Math.random().toString(36).slice(2, 8)}`;
    const config = join(work, 'run.yaml');
    writeFileSync(
      config,
      [
        'campaign: lapsed-emea-run',
        'author: cli',
        'audience: { cohort: lapsed, region: EMEA }',
        'content: { query: spring sale }',
        'message: { variants: 2, channel: email, goal: win-back, topic: spring sale }',
        'experiment: { control: true, holdout: 0.1 }',
      ].join('\n'),
    );
    const out = join(work, 'out');
    const args = [
      'run',
      '--customers',
      join(REPO_ROOT, 'data', 'customers.csv'),
      '--config',
      config,
      '--out',
      out,
    ];
    const run = await runCpo([...args, '--no-progress'], { CPO_TABLES_PREFIX: prefix });
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as {
      status: string;
      segment: { size: number };
      arms: Array<{ name: string; expectedSize: number; weight: number }>;
      files: string[];
    };
    expect(summary.status).toBe('draft');
    expect(summary.segment.size).toBeGreaterThan(0);
    expect(summary.arms.map((arm) => arm.name)).toEqual(expect.arrayContaining(['control', 'holdout']));
    const holdout = summary.arms.find((arm) => arm.name === 'holdout');
    expect(holdout?.expectedSize).toBe(Math.round(0.1 * summary.segment.size));
    expect(readdirSync(join(out, 'lapsed-emea-run')).sort()).toEqual(
      ['plan.json', 'segment.json', 'summary.json', 'variants.json'].sort(),
    );
    expect(existsSync(join(out, 'lapsed-emea-run', 'assignments.csv'))).toBe(false);

    const store = new AzureTableStore(
      { kind: 'connectionString', connectionString: AZURITE_CONNECTION },
      prefix,
    );
    const campaigns = new CampaignRepository(store);
    const stored = await campaigns.getCampaign('lapsed-emea-run');
    expect(stored).toMatchObject({ status: 'draft', segment: { size: summary.segment.size } });
    expect((await campaigns.listReviews('lapsed-emea-run')).map((row) => row.review.status)).toEqual([
      'pending',
      'pending',
    ]);

    // Not approved, not launched: no send list.
    const exported = await runCpo(['export', 'lapsed-emea-run'], { CPO_TABLES_PREFIX: prefix });
    expect(exported.code).toBe(2);
    expect(exported.stderr).toContain('is not launched');
    const unknown = await runCpo(['export', 'no-such-campaign'], { CPO_TABLES_PREFIX: prefix });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown campaign');

    // The same campaign id again is refused rather than overwritten.
    const again = await runCpo([...args, '--no-progress'], { CPO_TABLES_PREFIX: prefix });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
  });
});
