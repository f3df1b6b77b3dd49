import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSingleJson, runCliInProcess } from '../support/cli';

const BINOMIAL = {
  metric: 'binomial',
  control: 'A',
  arms: [
    { name: 'A', users: 1000, conversions: 100 },
    { name: 'B', users: 1000, conversions: 120 },
    { name: 'C', users: 1010, conversions: 95 },
  ],
};

type Json = Record<string, unknown>;

async function analyze(document: unknown): Promise<{ code: number; output: Json; stderr: string }> {
  const run = await runCliInProcess(['analyze', '-'], { stdin: JSON.stringify(document) });
  expect(run.code).toBe(0);
  return { code: run.code, output: parseSingleJson(run.stdout) as Json, stderr: run.stderr };
}

async function rejected(input: string): Promise<string> {
  const run = await runCliInProcess(['analyze', '-'], { stdin: input });
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  return run.stderr;
}

describe('cpo analyze — output contract', () => {
  it('prints exactly {srm, arms} with the documented keys, in order', async () => {
    const { output, stderr } = await analyze(BINOMIAL);
    expect(stderr).toBe('');
    expect(Object.keys(output)).toEqual(['srm', 'arms']);
    expect(Object.keys(output.srm as Json)).toEqual(['chiSquare', 'pValue', 'mismatch']);
    const arms = output.arms as Json[];
    expect(Object.keys(arms[0] ?? {})).toEqual(['name', 'users', 'rate']);
    for (const arm of arms.slice(1)) {
      expect(Object.keys(arm)).toEqual([
        'name',
        'users',
        'rate',
        'absolute',
        'relative',
        'adjustedPValue',
        'significant',
        'chanceToWin',
      ]);
      expect(Object.keys(arm.absolute as Json)).toEqual(['estimate', 'ci', 'pValue']);
      expect(Object.keys(arm.relative as Json)).toEqual(['estimate', 'ci', 'pValue']);
      expect((arm.absolute as Json).ci).toHaveLength(2);
      expect(typeof arm.significant).toBe('boolean');
    }
  });

  it('keeps the input order wherever the control is listed', async () => {
    for (const order of [
      ['A', 'B', 'C'],
      ['B', 'A', 'C'],
      ['C', 'B', 'A'],
    ]) {
      const arms = order.map((name) => BINOMIAL.arms.find((arm) => arm.name === name));
      const { output } = await analyze({ ...BINOMIAL, arms });
      const listed = output.arms as Json[];
      expect(listed.map((arm) => arm.name)).toEqual(order);
      const control = listed.find((arm) => arm.name === 'A');
      expect(control).toEqual({ name: 'A', users: 1000, rate: 0.1 });
    }
  });

  it('gives the same statistics whatever the order (Holm is over the treatments, not positions)', async () => {
    const forward = (await analyze(BINOMIAL)).output.arms as Json[];
    const reversed = (await analyze({ ...BINOMIAL, arms: [...BINOMIAL.arms].reverse() })).output
      .arms as Json[];
    for (const name of ['B', 'C']) {
      expect(reversed.find((arm) => arm.name === name)).toEqual(forward.find((arm) => arm.name === name));
    }
  });

  it('uses "mean" instead of "rate" for the mean metric', async () => {
    const { output } = await analyze({
      metric: 'mean',
      control: 'ctl',
      arms: [
        { name: 'ctl', users: 400, mean: 1.2, stddev: 0.4 },
        { name: 'new', users: 410, mean: 1.26, stddev: 0.45 },
      ],
    });
    const arms = output.arms as Json[];
    expect(arms[0]).toEqual({ name: 'ctl', users: 400, mean: 1.2 });
    expect(Object.keys(arms[1] ?? {})).toContain('mean');
    expect(Object.keys(arms[1] ?? {})).not.toContain('rate');
  });

  it('prints nulls, never NaN or Infinity, when the control rate is 0', async () => {
    const run = await runCliInProcess(['analyze', '-'], {
      stdin: JSON.stringify({
        metric: 'binomial',
        control: 'A',
        arms: [
          { name: 'A', users: 200, conversions: 0 },
          { name: 'B', users: 200, conversions: 0 },
          { name: 'C', users: 200, conversions: 4 },
        ],
      }),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/NaN|Infinity/);
    const arms = (JSON.parse(run.stdout) as Json).arms as Json[];
    expect(arms[1]?.relative).toEqual({ estimate: null, ci: null, pValue: null });
    expect(arms[1]?.absolute).toEqual({ estimate: 0, ci: [0, 0], pValue: 1 });
    expect(arms[1]?.chanceToWin).toBeCloseTo(0.5, 12);
  });

  it('marks significance against alpha after the correction', async () => {
    const document = {
      metric: 'binomial',
      control: 'A',
      arms: [
        { name: 'A', users: 10000, conversions: 1000 },
        { name: 'B', users: 10000, conversions: 1150 },
        { name: 'C', users: 10000, conversions: 1000 },
        { name: 'D', users: 10000, conversions: 1040 },
      ],
    };
    const holm = (await analyze(document)).output.arms as Json[];
    const none = (await analyze({ ...document, correction: 'none' })).output.arms as Json[];
    const bh = (await analyze({ ...document, correction: 'bh' })).output.arms as Json[];
    for (const arms of [holm, none, bh]) {
      for (const arm of arms.slice(1)) {
        expect(arm.significant).toBe((arm.adjustedPValue as number) < 0.05);
      }
    }
    expect(holm[1]?.significant).toBe(true);
    expect(none[1]?.adjustedPValue).toBe((none[1]?.absolute as Json).pValue);
    expect(holm[3]?.adjustedPValue as number).toBeGreaterThanOrEqual(bh[3]?.adjustedPValue as number);
  });

  it('uses alpha for the interval level', async () => {
    const narrow = ((await analyze({ ...BINOMIAL, alpha: 0.2 })).output.arms as Json[])[1]?.absolute as Json;
    const wide = ((await analyze({ ...BINOMIAL, alpha: 0.01 })).output.arms as Json[])[1]?.absolute as Json;
    const width = (ci: unknown): number => ((ci as number[])[1] ?? 0) - ((ci as number[])[0] ?? 0);
    expect(width(narrow.ci)).toBeLessThan(width(wide.ci));
  });

  it('widens the absolute interval under sequential testing', async () => {
    const fixed = ((await analyze(BINOMIAL)).output.arms as Json[])[1]?.absolute as Json;
    const sequential = (
      (await analyze({ ...BINOMIAL, sequential: { tuning: 5000 } })).output.arms as Json[]
    )[1]?.absolute as Json;
    const width = (ci: unknown): number => ((ci as number[])[1] ?? 0) - ((ci as number[])[0] ?? 0);
    expect(width(sequential.ci)).toBeGreaterThan(width(fixed.ci));
    expect(sequential.pValue as number).toBeGreaterThan(fixed.pValue as number);
  });

  it('reads a file path relative to the working folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cpo-analyze-'));
    try {
      writeFileSync(join(folder, 'results.json'), JSON.stringify(BINOMIAL));
      const fromFile = await runCliInProcess(['analyze', 'results.json'], { cwd: folder });
      const fromStdin = await runCliInProcess(['analyze', '-'], { stdin: JSON.stringify(BINOMIAL) });
      expect(fromFile.code).toBe(0);
      expect(fromFile.stdout).toBe(fromStdin.stdout);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('accepts a UTF-8 BOM and surrounding whitespace', async () => {
    const run = await runCliInProcess(['analyze', '-'], {
      stdin: `\uFEFF\n  ${JSON.stringify(BINOMIAL)}\n\n`,
    });
    expect(run.code).toBe(0);
  });
});

describe('cpo analyze — invalid input exits 2 and names the field', () => {
  const arms = BINOMIAL.arms;
  it.each([
    [
      'negative users',
      { ...BINOMIAL, arms: [arms[0], { name: 'B', users: -5, conversions: 0 }] },
      'arms[1].users: must be at least 1',
    ],
    [
      'zero users',
      { ...BINOMIAL, arms: [arms[0], { name: 'B', users: 0, conversions: 0 }] },
      'arms[1].users: must be at least 1',
    ],
    [
      'negative conversions',
      { ...BINOMIAL, arms: [arms[0], { name: 'B', users: 5, conversions: -1 }] },
      'arms[1].conversions: must not be negative',
    ],
    [
      'conversions above users',
      { ...BINOMIAL, arms: [arms[0], { name: 'B', users: 5, conversions: 6 }] },
      'arms[1].conversions: must not exceed users',
    ],
    [
      'fractional users',
      { ...BINOMIAL, arms: [arms[0], { name: 'B', users: 5.5, conversions: 1 }] },
      'arms[1].users: must be a whole number',
    ],
    ['one arm', { ...BINOMIAL, arms: [arms[0]] }, 'arms: must list at least two arms'],
    ['no arms', { ...BINOMIAL, arms: [] }, 'arms: must list at least two arms'],
    ['arms missing', { metric: 'binomial', control: 'A' }, 'arms: is required'],
    ['arms not an array', { ...BINOMIAL, arms: { A: 1 } }, 'arms: must be an array of arms'],
    ['unknown metric', { ...BINOMIAL, metric: 'revenue' }, "metric: must be 'binomial' or 'mean'"],
    ['missing metric', { control: 'A', arms }, "metric: must be 'binomial' or 'mean'"],
    ['missing control', { metric: 'binomial', arms }, 'control: is required'],
    [
      'control not an arm',
      { ...BINOMIAL, control: 'Z' },
      'control: "Z" is not one of the arm names (A, B, C)',
    ],
    [
      'duplicate names',
      { ...BINOMIAL, arms: [arms[0], arms[1], { ...arms[1] }] },
      'arms[2].name: duplicate arm name "B"',
    ],
    [
      'empty name',
      { ...BINOMIAL, arms: [arms[0], { name: '', users: 5, conversions: 1 }] },
      'arms[1].name: must not be empty',
    ],
    ['alpha 0', { ...BINOMIAL, alpha: 0 }, 'alpha: must be between 0 and 1 (exclusive)'],
    ['alpha 1', { ...BINOMIAL, alpha: 1 }, 'alpha: must be between 0 and 1 (exclusive)'],
    ['alpha 1.5', { ...BINOMIAL, alpha: 1.5 }, 'alpha: must be between 0 and 1 (exclusive)'],
    ['alpha as text', { ...BINOMIAL, alpha: '0.05' }, 'alpha: must be a number'],
    [
      'unknown correction',
      { ...BINOMIAL, correction: 'bonferroni' },
      "correction: must be one of 'none', 'holm', 'bh'",
    ],
    [
      'weights of wrong length',
      { ...BINOMIAL, expectedWeights: [0.5, 0.5] },
      'expectedWeights: must have one weight per arm (3), got 2',
    ],
    [
      'negative weight',
      { ...BINOMIAL, expectedWeights: [0.5, -0.25, 0.75] },
      'expectedWeights[1]: must be greater than 0',
    ],
    [
      'non-positive tuning',
      { ...BINOMIAL, sequential: { tuning: 0 } },
      'sequential.tuning: must be greater than 0',
    ],
    [
      'sequential as a number',
      { ...BINOMIAL, sequential: 5000 },
      'sequential: must be an object like {"tuning": 5000}',
    ],
    [
      'mean arm for binomial',
      { ...BINOMIAL, arms: [arms[0], { name: 'B', users: 5, mean: 1, stddev: 1 }] },
      'arms[1]',
    ],
    [
      'mean stddev < 0',
      {
        metric: 'mean',
        control: 'A',
        arms: [
          { name: 'A', users: 5, mean: 1, stddev: 1 },
          { name: 'B', users: 5, mean: 1, stddev: -1 },
        ],
      },
      'arms[1].stddev: must not be negative',
    ],
    [
      'mean with one user',
      {
        metric: 'mean',
        control: 'A',
        arms: [
          { name: 'A', users: 1, mean: 1, stddev: 0 },
          { name: 'B', users: 5, mean: 1, stddev: 1 },
        ],
      },
      'arms[0].users: must be at least 2',
    ],
    [
      'mean missing stddev',
      {
        metric: 'mean',
        control: 'A',
        arms: [
          { name: 'A', users: 5, mean: 1 },
          { name: 'B', users: 5, mean: 1, stddev: 1 },
        ],
      },
      'arms[0].stddev: is required',
    ],
  ])('%s', async (_label, document, message) => {
    expect(await rejected(JSON.stringify(document))).toContain(message);
  });

  it('ignores unknown fields (top level and arms)', async () => {
    const plain = await runCliInProcess(['analyze', '-'], { stdin: JSON.stringify(BINOMIAL) });
    const extra = await runCliInProcess(['analyze', '-'], {
      stdin: JSON.stringify({
        ...BINOMIAL,
        note: 'x',
        arms: BINOMIAL.arms.map((arm) => ({ ...arm, label: 'y' })),
      }),
    });
    expect(extra.code).toBe(0);
    expect(extra.stdout).toBe(plain.stdout);
  });

  it('rejects non-finite numbers written as 1e999', async () => {
    const text = JSON.stringify(BINOMIAL).replace(
      '"users":1000,"conversions":120',
      '"users":1e999,"conversions":120',
    );
    expect(await rejected(text)).toContain('arms[1].users: must be a finite number');
  });

  it.each([
    ['malformed JSON', '{"metric": "binomial",', 'input: is not valid JSON'],
    ['empty input', '', 'input: is empty'],
    ['whitespace only', '  \n\t', 'input: is empty'],
    ['a JSON array', '[1, 2]', 'input: must be a JSON object'],
    ['JSON null', 'null', 'input: must be a JSON object'],
  ])('%s', async (_label, text, message) => {
    expect(await rejected(text)).toContain(message);
  });

  it('reports a missing file with exit code 2', async () => {
    const run = await runCliInProcess(['analyze', 'does-not-exist.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('input: cannot read "does-not-exist.json" (no such file)');
  });

  it('requires the file argument', async () => {
    const run = await runCliInProcess(['analyze']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});
