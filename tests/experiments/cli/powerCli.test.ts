import { parseSingleJson, runCliInProcess } from '../support/cli';

async function power(document: unknown): Promise<unknown> {
  const run = await runCliInProcess(['power', '-'], { stdin: JSON.stringify(document) });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return parseSingleJson(run.stdout);
}

/**
 * Oracle: R 4.2.2 ceiling(power.prop.test(p1 = b, p2 = b*(1+mde), sig.level = alpha/(arms-1), power = pw,
 * strict = TRUE)$n); R's default strict = FALSE is reachable with "strict": false.
 */
describe('cpo power', () => {
  it.each([
    // [input, R call, usersPerArm]
    [
      { baselineRate: 0.1, mde: 0.1 },
      'power.prop.test(p1=0.1, p2=0.11, power=0.8, strict=TRUE) → 14750.75',
      14751,
    ],
    [{ baselineRate: 0.1, mde: 0.05, alpha: 0.05, power: 0.8 }, 'p2=0.105 → 57762.51', 57763],
    [
      { baselineRate: 0.05, mde: 0.2, alpha: 0.05, power: 0.9, arms: 3 },
      'p2=0.06, sig.level=0.025, power=0.9 → 12899.19',
      12900,
    ],
    [{ baselineRate: 0.3, mde: -0.1 }, 'p2=0.27 → 3553.05', 3554],
    [{ baselineRate: 0.02, mde: 0.2, arms: 4 }, 'p2=0.024, sig.level=0.05/3 → 28155.32', 28156],
    [
      { baselineRate: 0.5, mde: 0.1, alpha: 0.01, power: 0.95 },
      'p2=0.55, sig.level=0.01, power=0.95 → 3550.45',
      3551,
    ],
    [{ baselineRate: 0.1, mde: 8 }, 'p2=0.9 → 4.75', 5],
  ])('%j (%s)', async (input, _oracle, usersPerArm) => {
    expect(await power(input)).toEqual({ usersPerArm });
  });

  it('follows R default (strict = FALSE) unless strict is asked: p1=0.1, p2=0.105 → 57762.65', async () => {
    expect(await power({ baselineRate: 0.1, mde: 0.05 })).toEqual({ usersPerArm: 57763 });
    // A case where the two differ (R: 752702.46 default vs 752700.62 with strict = TRUE):
    expect(await power({ baselineRate: 0.05, mde: 0.02 })).toEqual({ usersPerArm: 752703 });
    expect(await power({ baselineRate: 0.05, mde: 0.02, strict: true })).toEqual({ usersPerArm: 752701 });
  });

  it('ignores unknown fields', async () => {
    expect(await power({ baselineRate: 0.1, mde: 0.05, note: 'spring test' })).toEqual({
      usersPerArm: 57763,
    });
  });

  it('needs more users for smaller effects, more arms, more power and smaller alpha', async () => {
    const base = ((await power({ baselineRate: 0.1, mde: 0.1 })) as { usersPerArm: number }).usersPerArm;
    for (const change of [{ mde: 0.08 }, { arms: 3 }, { power: 0.9 }, { alpha: 0.01 }]) {
      const n = ((await power({ baselineRate: 0.1, mde: 0.1, ...change })) as { usersPerArm: number })
        .usersPerArm;
      expect(n).toBeGreaterThan(base);
    }
  });

  it.each([
    [{ mde: 0.1 }, 'baselineRate: is required'],
    [{ baselineRate: 0, mde: 0.1 }, 'baselineRate: must be between 0 and 1 (exclusive)'],
    [{ baselineRate: 1, mde: 0.1 }, 'baselineRate: must be between 0 and 1 (exclusive)'],
    [{ baselineRate: 0.1 }, 'mde: is required'],
    [{ baselineRate: 0.1, mde: 0 }, 'mde: must not be 0'],
    [{ baselineRate: 0.5, mde: 1 }, 'mde: puts the treatment rate baselineRate·(1 + mde) = 1 outside (0, 1)'],
    [{ baselineRate: 0.5, mde: -1 }, 'mde: puts the treatment rate'],
    [{ baselineRate: 0.1, mde: 0.1, alpha: 0 }, 'alpha: must be between 0 and 1 (exclusive)'],
    [{ baselineRate: 0.1, mde: 0.1, power: 1 }, 'power: must be between 0 and 1 (exclusive)'],
    [{ baselineRate: 0.1, mde: 0.1, power: 0.01 }, 'power: must exceed'],
    [{ baselineRate: 0.1, mde: 0.1, arms: 1 }, 'arms: must be at least 2'],
    [{ baselineRate: 0.1, mde: 0.1, arms: 2.5 }, 'arms: must be a whole number'],
    [{ baselineRate: '0.1', mde: 0.1 }, 'baselineRate: must be a number'],
  ])('rejects %j with exit code 2', async (input, message) => {
    const run = await runCliInProcess(['power', '-'], { stdin: JSON.stringify(input) });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  it.each([
    ['', 'input: is empty'],
    ['{"baselineRate": ', 'input: is not valid JSON'],
    ['42', 'input: must be a JSON object'],
  ])('rejects input %j', async (text, message) => {
    const run = await runCliInProcess(['power', '-'], { stdin: text });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
