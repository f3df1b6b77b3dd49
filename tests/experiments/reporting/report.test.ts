import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateReport } from '../../../src/experiments/reporting/generateReport';
import { escapeMarkdown } from '../../../src/experiments/reporting/markdownReport';
import { runSimulation } from '../../../src/experiments/simulation/runSimulation';
import { sampleVariant } from '../../support/fixtures';
import { createExperimentWorld, launchCampaign, type ExperimentWorld } from '../support/experimentFixtures';

const HOSTILE_BODY = 'Hi <script>alert(1)</script> | **free** [link](http://evil.example) & more';

describe('cpo report: Markdown and self-contained HTML', () => {
  let world: ExperimentWorld;
  let dir: string;
  beforeAll(async () => {
    world = await createExperimentWorld();
    dir = mkdtempSync(join(tmpdir(), 'cpo-report-'));
    await launchCampaign(world.services, {
      id: 'report-ok',
      audience: 90_000,
      holdout: true,
      reviews: {
        1: {
          variant: sampleVariant({
            id: 'v2',
            campaignId: 'report-ok',
            body: HOSTILE_BODY,
            subject: '<img src=x onerror=alert(1)>',
          }),
        },
      },
    });
    await runSimulation({ campaignId: 'report-ok', days: 7, lift: 0.15, seed: 11 }, world.services);
    await launchCampaign(world.services, { id: 'report-skewed', audience: 60_000 });
    await runSimulation(
      { campaignId: 'report-skewed', days: 3, lift: 0.1, seed: 3, skew: 0.15 },
      world.services,
    );
    await launchCampaign(world.services, { id: 'report-empty', audience: 1_000 });
    world.setNow(new Date('2026-03-14T00:00:00.000Z'));
  });

  it('writes both files and returns their paths as given with the recommendation', async () => {
    const outcome = await generateReport(
      { campaign: 'report-ok', outDir: dir, displayDir: 'out/reports', actor: 'analyst-1' },
      world.services,
    );
    expect(outcome).toMatchObject({
      campaign: 'report-ok',
      markdown: 'out/reports/report-ok.md',
      html: 'out/reports/report-ok.html',
    });
    expect(['ship', 'keep_running', 'stop']).toContain(outcome.recommendation.action);
    const markdown = readFileSync(join(dir, 'report-ok.md'), 'utf8');
    for (const section of [
      '# Experiment report: report-ok',
      '> **Recommendation:',
      '## Trust checks',
      'Sample ratio check passed',
      'Data freshness: Data from 2026-03-02',
      '## Primary metric: click rate',
      '| Arm | Recipients | Clickers | Click rate | Lift vs control \\[95% CI\\] | p (Holm) | Chance to win |',
      '## Secondary metrics',
      '## Holdout: does messaging help at all?',
      '## Guardrails',
      '## Breakdown by segment',
      '## Why each variant was generated',
      '### Variant 1 (v1)',
      '- **Sources:**',
      '`offer-spring-sale`',
      '- **Generator / template:** `template:winback-1@1`',
      'avg 142 days since last order',
      '## Review feedback',
      '## Method',
    ]) {
      expect(markdown).toContain(section);
    }
    expect(markdown).toMatch(/- Variant 1 lifts click rate by \d+(\.\d)?% \(95% CI/);
    expect(markdown).toContain('⚠️'); // the simulated-data caveat
  });

  it('shows people by name (from the people directory) while the audit record keeps their ids', async () => {
    await world.services.people.remember({ id: 'marketer-1', name: 'Mia Marketer-Lopez' });
    await world.services.people.remember({ id: 'approver-1', name: 'Ada Approver-King' });
    await generateReport(
      { campaign: 'report-ok', outDir: dir, displayDir: dir, actor: 'analyst-1' },
      world.services,
    );
    const markdown = readFileSync(join(dir, 'report-ok.md'), 'utf8');
    expect(markdown).toMatch(/launched 2026-03-02 09:00 UTC by Mia Marketer-Lopez ·/);
    expect(markdown).toContain('- **Approved by:** Ada Approver-King');
    expect(markdown).not.toContain('marketer-1');
    expect(readFileSync(join(dir, 'report-ok.html'), 'utf8')).toContain('by Mia Marketer-Lopez');
    const launch = (await world.services.audit.records('report-ok')).find(
      (entry) => entry.action === 'launch',
    );
    expect(launch?.actor).toBe('marketer-1');
  });

  it('makes the HTML self-contained: inline SVG charts, no script, no external resource', async () => {
    await generateReport(
      { campaign: 'report-ok', outDir: dir, displayDir: dir, actor: 'analyst-1' },
      world.services,
    );
    const html = readFileSync(join(dir, 'report-ok.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('Content-Security-Policy" content="default-src \'none\'');
    expect(html.match(/<svg /g)).toHaveLength(3);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\s(src|href)="https?:/i);
    for (const id of [
      'recommendation',
      'trust',
      'primary',
      'secondary',
      'holdout',
      'guardrails',
      'segments',
      'explanations',
      'method',
    ]) {
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toContain('Click rate by arm (95% CI)');
  });

  it('escapes campaign text in both formats', async () => {
    await generateReport(
      { campaign: 'report-ok', outDir: dir, displayDir: dir, actor: 'analyst-1' },
      world.services,
    );
    const html = readFileSync(join(dir, 'report-ok.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const markdown = readFileSync(join(dir, 'report-ok.md'), 'utf8');
    expect(markdown).toContain(escapeMarkdown(HOSTILE_BODY));
    expect(markdown).not.toContain('<script>');
    expect(escapeMarkdown('a|b <c> [d](e) *f* & #g')).toBe('a\\|b \\<c\\> \\[d\\](e) \\*f\\* &amp; \\#g');
  });

  it('shows a failed SRM check prominently and marks the results untrustworthy', async () => {
    const outcome = await generateReport(
      { campaign: 'report-skewed', outDir: dir, displayDir: dir, actor: 'analyst-1' },
      world.services,
    );
    expect(outcome.recommendation.action).toBe('stop');
    const markdown = readFileSync(join(dir, 'report-skewed.md'), 'utf8');
    expect(markdown).toContain('> ⛔ **These results are untrustworthy');
    expect(markdown).toContain('⛔ SAMPLE RATIO MISMATCH');
    const html = readFileSync(join(dir, 'report-skewed.html'), 'utf8');
    expect(html).toContain('class="untrustworthy"');
    expect(html).toContain('Traffic split: MISMATCH');
  });

  it('reports an experiment without data, and finds the campaign by its words', async () => {
    const outcome = await generateReport(
      { campaign: 'empty', outDir: dir, displayDir: dir, actor: 'analyst-1' },
      world.services,
    );
    expect(outcome.campaign).toBe('report-empty');
    expect(outcome.recommendation.action).toBe('keep_running');
    const html = readFileSync(join(dir, 'report-empty.html'), 'utf8');
    expect(html).not.toContain('<svg');
    expect(readFileSync(join(dir, 'report-empty.md'), 'utf8')).toContain('No engagement recorded yet.');
  });

  it('audits report_generated', async () => {
    const records = await world.services.audit.records('report-ok');
    const generated = records.filter((record) => record.action === 'report_generated');
    expect(generated.length).toBeGreaterThanOrEqual(1);
    expect(generated[0]?.actor).toBe('analyst-1');
    expect(JSON.parse(generated[0]?.details ?? '{}')).toMatchObject({
      markdown: 'out/reports/report-ok.md',
      trustworthy: true,
    });
  });

  it('refuses an unknown campaign', async () => {
    await expect(
      generateReport({ campaign: 'no-such-thing', outDir: dir, displayDir: dir, actor: 'a' }, world.services),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
