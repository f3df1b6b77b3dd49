import { spawnCpo } from '../support/cli';

/** A few runs of the real binary (`node bin/cpo.js`: dist/ when it is newer than every source, else the sources through tsx). */
describe('cpo binary', () => {
  it('analyze - prints one JSON line and exits 0', async () => {
    const run = await spawnCpo(
      ['analyze', '-'],
      JSON.stringify({
        metric: 'binomial',
        control: 'A',
        arms: [
          { name: 'A', users: 1000, conversions: 100 },
          { name: 'B', users: 1000, conversions: 120 },
        ],
      }),
    );
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as { arms: Array<{ chanceToWin?: number }> };
    expect(output.arms[1]?.chanceToWin).toBeCloseTo(0.92318343897362543, 12);
  });

  it('analyze - exits 2 with the field on stderr', async () => {
    const run = await spawnCpo(
      ['analyze', '-'],
      '{"metric":"binomial","control":"A","arms":[{"name":"A","users":1,"conversions":2}]}',
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('arms: must list at least two arms');
  });

  it('power - prints usersPerArm', async () => {
    const run = await spawnCpo(['power', '-'], '{"baselineRate":0.1,"mde":0.1}');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('{"usersPerArm":14751}\n');
  });

  it('assign - streams lines', async () => {
    const run = await spawnCpo(
      ['assign', '-'],
      '{"experiment":"e","id":"u1","weights":[0.5,0.5]}\n{"experiment":"e","id":"u2","weights":[0.5,0.5],"coverage":0}\n',
    );
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('{"id":"u2","variation":-1}');
  });
});
