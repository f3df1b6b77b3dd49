import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignVariation } from '../../../src/experiments/assignment/assignVariation';
import { runCliInProcess } from '../support/cli';

const request = (id: string | number, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ experiment: 'checkout', id, weights: [0.5, 0.5], ...extra });

describe('cpo assign', () => {
  it('answers one line per input line from stdin, in order', async () => {
    const ids = Array.from({ length: 200 }, (_, index) => `user-${index}`);
    const run = await runCliInProcess(['assign', '-'], {
      stdin: ids.map((id) => request(id)).join('\n') + '\n',
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toEqual(
      ids.map((id) =>
        JSON.stringify({
          id,
          variation: assignVariation({ experiment: 'checkout', id, weights: [0.5, 0.5] }).variation,
        }),
      ),
    );
  });

  it('reads a JSONL file relative to the working folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cpo-assign-'));
    try {
      writeFileSync(join(folder, 'users.jsonl'), `${request('a')}\n${request('b', { coverage: 0 })}\n`);
      const run = await runCliInProcess(['assign', 'users.jsonl'], { cwd: folder });
      expect(run.code).toBe(0);
      expect(run.stdout.trimEnd().split('\n')[1]).toBe('{"id":"b","variation":-1}');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('keeps exit code 0 when some lines fail, writes their error lines and a summary on stderr', async () => {
    const run = await runCliInProcess(['assign', '-'], {
      stdin: [
        request('good'),
        '{"experiment": "checkout", "id": "bad", "weights": "x"}',
        'garbage',
        request(7),
      ].join('\n'),
    });
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((text) => JSON.parse(text) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toEqual({ id: 'bad', error: 'line 2: weights: must be an array of numbers' });
    expect(lines[2]).toMatchObject({ id: null, error: expect.stringMatching(/^line 3: not valid JSON/) });
    expect(lines[3]).toMatchObject({ id: 7 });
    expect(run.stderr).toContain(
      '2 of 4 line(s) failed; first: line 2: weights: must be an array of numbers',
    );
  });

  it('warns on stderr (not stdout) when weights fall back to equal weights', async () => {
    const run = await runCliInProcess(['assign', '-'], { stdin: request('u', { weights: [0.2, 0.2] }) });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      id: 'u',
      variation: assignVariation({ experiment: 'checkout', id: 'u', weights: [0.5, 0.5] }).variation,
    });
    expect(run.stderr).toContain('weights add up to 0.4, not 1; using equal weights');
  });

  it.each([
    ['empty input', ''],
    ['blank lines only', '\n  \n\r\n'],
  ])('rejects %s with exit code 2', async (_label, stdin) => {
    const run = await runCliInProcess(['assign', '-'], { stdin });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('input: is empty');
  });

  it('rejects a missing file with exit code 2', async () => {
    const run = await runCliInProcess(['assign', 'missing.jsonl']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('input: cannot read "missing.jsonl" (no such file)');
  });
});
