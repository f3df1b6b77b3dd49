import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createExperimentServices,
  initExperimentServices,
  type ExperimentServices,
} from '../../../src/experiments/definition/experimentServices';
import { launchExperiment } from '../../../src/experiments/definition/launchExperiment';
import { createTestTableStore } from '../../support/azuriteStore';
import { runCpo, type CliRun } from '../../support/cliHarness';
import { spawnCpo as spawnBinary } from '../../support/spawnCpo';
import { createCampaign, DEV_PSEUDONYMIZER, MARKETER } from '../support/experimentFixtures';

const spawnCpo = (args: string[], env: Record<string, string>): Promise<CliRun> =>
  spawnBinary(args, { env: { CPO_LOG_LEVEL: 'silent', ...env } });

const json = (run: CliRun): Record<string, unknown> => {
  expect(run.stdout.endsWith('\n')).toBe(true);
  expect(run.stdout.trimEnd().includes('\n')).toBe(false);
  return JSON.parse(run.stdout) as Record<string, unknown>;
};

describe('cpo import-events, simulate and report', () => {
  const { store, prefix } = createTestTableStore();
  const env = { CPO_TABLES_PREFIX: prefix };
  const dir = mkdtempSync(join(tmpdir(), 'cpo-exp-cli-'));
  let services: ExperimentServices;
  const hour = (offset: number): string => new Date(Date.now() - offset * 3600 * 1000).toISOString();

  beforeAll(async () => {
    services = createExperimentServices(store, { pseudonymizer: DEV_PSEUDONYMIZER });
    await initExperimentServices(services);
    await createCampaign(services, { id: 'cli-import', campaign: { createdAt: hour(48) } });
    await launchExperiment({ campaignId: 'cli-import', holdout: false, actor: MARKETER }, services);
    await createCampaign(services, { id: 'cli-sim', audience: 30_000 });
  });

  it('imports a CSV file: JSON summary on stdout, malformed lines with numbers on stderr, exit 1', async () => {
    const file = join(dir, 'events.csv');
    writeFileSync(
      file,
      [
        'campaign,arm,customer,type,timestamp',
        `cli-import,control,C1,delivered,${hour(2)}`,
        `cli-import,v1,C2,delivered,${hour(2)}`,
        `cli-import,v1,C2,click,${hour(1)}`,
        `cli-import,v1,C3,explode,${hour(1)}`,
        'cli-import,v1',
      ].join('\n'),
    );
    const run = await runCpo(['import-events', file], env);
    expect(run.code).toBe(1);
    expect(json(run)).toMatchObject({
      file: 'events.csv',
      format: 'csv',
      lines: 5,
      imported: 3,
      malformed: 2,
      duplicate: false,
    });
    expect(run.stderr).toContain('cpo: line 5: type: is not an event type');
    expect(run.stderr).toContain('cpo: line 6: has 2 field(s), the header has 5');
    expect(run.stderr).not.toContain('C3');

    const again = await runCpo(['import-events', file], env);
    expect(json(again)).toMatchObject({ imported: 0, skipped: 3, duplicate: true });
    expect(again.stderr).toMatch(/3 event\(s\) were already counted \("events.csv"/);
  });

  it('imports JSON Lines from standard input and exits 0 when every line is valid', async () => {
    const line = JSON.stringify({
      campaign: 'cli-import',
      arm: 'v2',
      customer: 'C9',
      type: 'delivered',
      timestamp: hour(3),
    });
    const run = await runCpo(['import-events', '-'], env, `${line}\n`);
    expect(run.code).toBe(0);
    expect(json(run)).toMatchObject({ file: 'stdin', format: 'jsonl', imported: 1, malformed: 0 });
    expect(run.stderr).toBe('');
  });

  it('reports unusable input clearly', async () => {
    const missing = await runCpo(['import-events', join(dir, 'nope.csv')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cpo: The file .*nope.csv does not exist\./);
    const header = join(dir, 'header.csv');
    writeFileSync(header, 'campaign,arm\ncli-import,v1\n');
    const badHeader = await runCpo(['import-events', header], env);
    expect(badHeader.code).toBe(2);
    expect(badHeader.stderr).toMatch(/lacks column\(s\) customer, type, timestamp/);
    const format = await runCpo(['import-events', header, '--format', 'xml'], env);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/must be one of csv, jsonl/);
  });

  it('simulates with --launch, then reports to --out with paths as given', async () => {
    const run = await runCpo(
      [
        'simulate',
        '--campaign',
        'cli-sim',
        '--launch',
        '--holdout',
        '--days',
        '7',
        '--lift',
        '0.12',
        '--seed',
        '4',
      ],
      env,
    );
    expect(run.code).toBe(0);
    const summary = json(run);
    expect(summary).toMatchObject({
      campaign: 'cli-sim',
      days: 7,
      trueLift: 0.12,
      seed: 4,
      users: 30_000,
      launched: true,
    });
    expect(run.stderr).toMatch(/cpo: launched cpo-cli-sim\. With [\d,]+ customers per arm/);

    const out = join(dir, 'reports');
    const report = await runCpo(['report', 'cli-sim', '--out', out], env);
    expect(report.code).toBe(0);
    const outcome = json(report);
    expect(outcome).toMatchObject({
      campaign: 'cli-sim',
      markdown: join(out, 'cli-sim.md'),
      html: join(out, 'cli-sim.html'),
    });
    expect(['ship', 'keep_running', 'stop']).toContain((outcome.recommendation as { action: string }).action);
    expect(readFileSync(join(out, 'cli-sim.md'), 'utf8')).toContain('## Primary metric: click rate');
    expect(existsSync(join(out, 'cli-sim.html'))).toBe(true);
  });

  it('writes the report under the configured out directory by default', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'cpo-out-'));
    const report = await runCpo(['report', 'cli-sim'], { ...env, CPO_OUT_DIR: outDir });
    expect(report.code).toBe(0);
    expect(json(report)).toMatchObject({ markdown: join(outDir, 'reports', 'cli-sim.md') });
    expect(existsSync(join(outDir, 'reports', 'cli-sim.html'))).toBe(true);
  });

  it('rejects bad options and unknown campaigns', async () => {
    const lift = await runCpo(['simulate', '--campaign', 'cli-sim', '--lift', 'lots'], env);
    expect(lift.code).toBe(2);
    expect(lift.stderr).toMatch(/must be a number/);
    const noCampaign = await runCpo(['simulate'], env);
    expect(noCampaign.code).toBe(2);
    const unknown = await runCpo(['simulate', '--campaign', 'ghost'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/cpo: There is no campaign "ghost"\./);
    const report = await runCpo(['report', 'ghost-town'], env);
    expect(report.code).toBe(2);
    expect(report.stderr).toMatch(/There is no campaign "ghost-town"/);
  });

  it('takes exact ids only: a near miss lists the closest ids, words never pick another campaign', async () => {
    const typo = await runCpo(['report', 'cli-sm'], env);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/cpo: There is no campaign "cli-sm"\. Closest ids: cli-sim\b/);
    const words = await runCpo(['report', 'sim'], env);
    expect(words.code).toBe(2);
    expect(words.stdout).toBe('');
    const simulate = await runCpo(['simulate', '--campaign', 'cli-imprt'], env);
    expect(simulate.code).toBe(2);
    expect(simulate.stderr).toMatch(/Closest ids: cli-import\b/);
  });

  it('says the state of a campaign that is not launched yet instead of reporting another one', async () => {
    await createCampaign(services, { id: 'cli-pending', reviews: { 0: { status: 'pending' } } });
    const report = await runCpo(['report', 'cli-pending'], env);
    expect(report.code).toBe(1);
    expect(report.stdout).toBe('');
    expect(report.stderr).toMatch(
      /cpo: Campaign "cli-pending" is not launched yet \(in review\): Variant 1 awaits approval from [^;]+; Variant 2 is approved\./,
    );
    const simulate = await runCpo(['simulate', '--campaign', 'cli-pending'], env);
    expect(simulate.code).toBe(1);
    expect(simulate.stderr).toMatch(/is not launched yet \(in review\)/);
  });

  describe('the real binary (node bin/cpo.js, dist/ only when newer than the sources)', () => {
    it('prints help for the three commands', async () => {
      for (const command of ['import-events', 'simulate', 'report']) {
        const run = await spawnCpo([command, '--help'], env);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain(`Usage: cpo ${command}`);
      }
    });

    it('imports and reports in separate processes', async () => {
      const file = join(dir, 'spawned.jsonl');
      writeFileSync(
        file,
        `${JSON.stringify({ campaign: 'cli-import', arm: 'control', customer: 'C77', type: 'delivered', timestamp: hour(1) })}\n`,
      );
      const imported = await spawnCpo(['import-events', file], env);
      expect(imported.code).toBe(0);
      expect(json(imported)).toMatchObject({ imported: 1 });
      const out = join(dir, 'spawned-reports');
      const report = await spawnCpo(['report', 'cli-import', '--out', out], env);
      expect(report.code).toBe(0);
      expect(json(report)).toMatchObject({ campaign: 'cli-import' });
      expect(readFileSync(join(out, 'cli-import.html'), 'utf8')).toContain('<!doctype html>');
    });
  });
});
