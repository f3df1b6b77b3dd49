import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOOL_CATALOG, type ToolName } from '../../src/tools/toolCatalog';
import { runPlanCli } from './support/runPlanCli';

interface Step {
  tool: string;
  args: Record<string, unknown>;
}

const toolsOf = (steps: Step[]): string[] => steps.map((step) => step.tool);
const parseLines = (text: string): Array<Record<string, unknown>> =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('cpo plan "<utterance>" --json', () => {
  it('prints exactly one JSON object {"steps":[…]} on stdout and nothing else', async () => {
    const run = await runPlanCli(['plan', 'draft 3 emails for customers inactive for 90 days', '--json']);
    expect(run.code).toBe(0);
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const plan = JSON.parse(run.stdout) as { steps: Step[] };
    expect(Object.keys(plan)).toEqual(['steps']);
    expect(toolsOf(plan.steps)).toEqual([
      'segment_customers',
      'retrieve_content',
      'generate_variants',
      'screen_content',
    ]);
    expect(plan.steps[0]?.args).toMatchObject({ inactiveDays: 90 });
    expect(plan.steps[2]?.args).toMatchObject({ variants: 3, channel: 'email' });
  });

  it.each([
    ['empty utterance', ['plan', '', '--json']],
    ['no utterance at all', ['plan', '--json']],
    ['whitespace only', ['plan', '   ', '--json']],
    ['no --json flag', ['plan']],
  ])('plans help for %s, exit 0', async (_name, args) => {
    const run = await runPlanCli(args);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as { steps: Step[] };
    expect(toolsOf(plan.steps)).toEqual(['help']);
    expect(typeof plan.steps[0]?.args).toBe('object');
  });

  it('joins unquoted words into one utterance', async () => {
    const run = await runPlanCli(['plan', 'show', 'results', 'for', 'campaign', 'SPRING-2025', '--json']);
    expect(JSON.parse(run.stdout)).toEqual({
      steps: [{ tool: 'summarize_results', args: { campaign: 'spring-2025' } }],
    });
  });

  it('accepts --json before the utterance', async () => {
    const run = await runPlanCli(['plan', '--json', 'launch the experiment for campaign spring-winback']);
    expect(JSON.parse(run.stdout)).toEqual({
      steps: [{ tool: 'run_experiment', args: { campaign: 'spring-winback', action: 'launch' } }],
    });
  });

  it('reads the utterance from stdin when it is "-"', async () => {
    const run = await runPlanCli(['plan', '-', '--json'], 'who are my lapsed customers?\n');
    expect(JSON.parse(run.stdout)).toEqual({
      steps: [{ tool: 'segment_customers', args: { cohort: 'lapsed' } }],
    });
  });

  it('uses --campaign for "how is it doing?"', async () => {
    const run = await runPlanCli(['plan', 'how is it doing?', '--json', '--campaign', 'fall-promo']);
    expect(JSON.parse(run.stdout)).toEqual({
      steps: [{ tool: 'summarize_results', args: { campaign: 'fall-promo' } }],
    });
  });

  it.each([
    ['weather', 'what is the weather'],
    ['SQL injection', "'; DROP TABLE customers; --"],
    ['HTML injection', '<script>alert(1)</script>'],
    ['emoji only', '🙂🙂🙂'],
    ['6,000 characters', 'x'.repeat(6000)],
    ['a leading minus', '-5% lift?'],
    ['an unknown flag', '--unknown-flag'],
  ])('never crashes on %s: plans a valid step list', async (_name, utterance) => {
    const run = await runPlanCli(['plan', utterance, '--json']);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as { steps: Step[] };
    for (const step of plan.steps) {
      expect(TOOL_CATALOG[step.tool as ToolName].inputSchema.safeParse(step.args).success).toBe(true);
    }
  });

  it('keeps stdout JSON-only for very long input (stdout has a single line)', async () => {
    const run = await runPlanCli([
      'plan',
      `check this text: ${'Buy now and save big! '.repeat(400)}`,
      '--json',
    ]);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const plan = JSON.parse(run.stdout) as { steps: Step[] };
    expect(toolsOf(plan.steps)).toEqual(['screen_content']);
  });
});

describe('cpo plan --jsonl', () => {
  it('plans one {"id","steps"} line per input line, echoing string and number ids as given', async () => {
    const input = [
      JSON.stringify({ id: 1, text: 'draft 2 sms for VIPs' }),
      JSON.stringify({ id: 'b-2', text: 'how is the spring-winback test doing?' }),
      JSON.stringify({ id: 0, text: '' }),
      JSON.stringify({ id: '4', text: 'find approved content about free shipping' }),
    ].join('\n');
    const run = await runPlanCli(['plan', '--jsonl', '-'], `${input}\n`);
    expect(run.code).toBe(0);
    const lines = parseLines(run.stdout);
    expect(lines.map((line) => line.id)).toEqual([1, 'b-2', 0, '4']);
    expect(lines.every((line) => Object.keys(line).join(',') === 'id,steps')).toBe(true);
    expect(toolsOf(lines[0]?.steps as Step[])).toEqual([
      'segment_customers',
      'retrieve_content',
      'generate_variants',
      'screen_content',
    ]);
    expect(lines[1]?.steps).toEqual([{ tool: 'summarize_results', args: { campaign: 'spring-winback' } }]);
    expect(toolsOf(lines[2]?.steps as Step[])).toEqual(['help']);
    expect(lines[3]?.steps).toEqual([{ tool: 'retrieve_content', args: { query: 'free shipping' } }]);
  });

  it('answers malformed lines with {"id","error"} on their own line and processes the rest', async () => {
    const input = [
      JSON.stringify({ id: 'ok-1', text: 'show me the VIPs' }),
      'this is not json',
      '{"id": 7, "text": ',
      JSON.stringify({ id: 8 }),
      JSON.stringify({ id: 9, text: 42 }),
      JSON.stringify({ text: 'no id here' }),
      JSON.stringify({ id: { nested: true }, text: 'object id' }),
      JSON.stringify(['id', 'text']),
      'null',
      '',
      JSON.stringify({ id: 'ok-2', text: 'lift summary' }),
    ].join('\n');
    const run = await runPlanCli(['plan', '--jsonl', '-'], `${input}\n`);
    expect(run.code).toBe(0);
    const lines = parseLines(run.stdout);
    expect(lines).toHaveLength(11);
    expect(lines[0]).toEqual({ id: 'ok-1', steps: [{ tool: 'segment_customers', args: { cohort: 'vip' } }] });
    expect(lines.slice(1, 10).every((line) => typeof line.error === 'string' && !('steps' in line))).toBe(
      true,
    );
    expect(lines.slice(1, 10).map((line) => line.id)).toEqual([
      null,
      null,
      8,
      9,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(lines[10]).toEqual({ id: 'ok-2', steps: [{ tool: 'summarize_results', args: {} }] });
    expect(run.stderr).toMatch(/9 of 11 lines/);
  });

  it('handles CRLF line endings and a byte order mark', async () => {
    const run = await runPlanCli(
      ['plan', '--jsonl', '-'],
      `\uFEFF${JSON.stringify({ id: 1, text: 'hola' })}\r\n${JSON.stringify({ id: 2, text: 'Ayuda' })}\r\n`,
    );
    const lines = parseLines(run.stdout);
    expect(lines.map((line) => line.id)).toEqual([1, 2]);
    expect(lines.every((line) => Array.isArray(line.steps))).toBe(true);
  });

  it('reads a file relative to the working directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpo-plan-'));
    writeFileSync(
      join(dir, 'requests.jsonl'),
      `${JSON.stringify({ id: 'x', text: 'simulate a week with 5% lift' })}\n`,
    );
    const run = await runPlanCli(['plan', '--jsonl', 'requests.jsonl'], '', dir);
    expect(parseLines(run.stdout)).toEqual([
      { id: 'x', steps: [{ tool: 'run_experiment', args: { action: 'simulate', days: 7, lift: 0.05 } }] },
    ]);
  });

  it('exits 2 with a message naming the problem for a missing file', async () => {
    const run = await runPlanCli(['plan', '--jsonl', 'does-not-exist.jsonl'], '', tmpdir());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/does-not-exist\.jsonl: file not found/);
  });

  it('exits 2 when an utterance and --jsonl are both given', async () => {
    const run = await runPlanCli(['plan', 'hello', '--jsonl', '-']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('accepts an empty input (no lines, no output)', async () => {
    const run = await runPlanCli(['plan', '--jsonl', '-'], '');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
  });

  it('uses a per-line currentCampaign', async () => {
    const run = await runPlanCli(
      ['plan', '--jsonl', '-'],
      `${JSON.stringify({ id: 1, text: 'launch it', currentCampaign: 'summer_sale' })}\n`,
    );
    expect(parseLines(run.stdout)).toEqual([
      { id: 1, steps: [{ tool: 'run_experiment', args: { campaign: 'summer_sale', action: 'launch' } }] },
    ]);
  });
});

describe('the real binary (node bin/cpo.js plan …)', () => {
  const root = join(__dirname, '..', '..');
  const cpo = (args: string[], input?: string) =>
    spawnSync(process.execPath, [join(root, 'bin', 'cpo.js'), ...args], {
      cwd: root,
      input,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('prints the plan JSON on stdout with exit code 0', () => {
    const result = cpo(['plan', 'Rédige trois e-mails pour les clients inactifs depuis 2 mois', '--json']);
    expect(result.status).toBe(0);
    const plan = JSON.parse(result.stdout) as { steps: Step[] };
    expect(toolsOf(plan.steps)).toEqual([
      'segment_customers',
      'retrieve_content',
      'generate_variants',
      'screen_content',
    ]);
    expect(plan.steps[0]?.args).toMatchObject({ inactiveDays: 60 });
    expect(plan.steps[2]?.args).toMatchObject({ variants: 3, channel: 'email' });
  });

  it('streams --jsonl - from stdin', () => {
    const result = cpo(['plan', '--jsonl', '-'], `${JSON.stringify({ id: 'a', text: 'hi' })}\nnot json\n`);
    expect(result.status).toBe(0);
    const lines = parseLines(result.stdout);
    expect(lines[0]).toEqual({ id: 'a', steps: [{ tool: 'help', args: { reason: 'greeting' } }] });
    expect(lines[1]).toMatchObject({ id: null });
    expect(typeof lines[1]?.error).toBe('string');
  });
});
