import { Readable, Writable } from 'node:stream';
import { REPO_ROOT } from '../../support/repoRoot';
import { spawnCpo as spawnBinary } from '../../support/spawnCpo';
import { runCli } from '../../../src/cli/main';
import type { CliContext } from '../../../src/cli/cliContext';
import { AppError } from '../../../src/shared/errors';
import { createSilentLogger } from '../../../src/shared/logger';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export { REPO_ROOT };

function collector(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      callback();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Runs `cpo <args>` in-process (src/cli/main `runCli`) with in-memory streams. */
export async function runCliInProcess(
  args: string[],
  options: { stdin?: string | Readable; cwd?: string } = {},
): Promise<CliRun> {
  const stdout = collector();
  const stderr = collector();
  const stdin =
    options.stdin instanceof Readable
      ? options.stdin
      : Readable.from(
          options.stdin === undefined || options.stdin === '' ? [] : [Buffer.from(options.stdin)],
        );
  const context: CliContext = {
    stdin,
    stdout: stdout.stream,
    stderr: stderr.stream,
    cwd: options.cwd ?? REPO_ROOT,
    config: () => {
      throw new AppError('CONFIG', 'statistics commands do not read configuration');
    },
    logger: () => createSilentLogger(),
    setExitCode: () => undefined,
  };
  const code = await runCli(['node', 'cpo', ...args], context);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Spawns the real binary `node bin/cpo.js <args>` with `stdin`. */
export function spawnCpo(args: string[], stdin = ''): Promise<CliRun> {
  return spawnBinary(args, { stdin });
}

/** Parses the single JSON object a command printed, checking it is exactly one line. */
export function parseSingleJson(stdout: string): unknown {
  expect(stdout.endsWith('\n')).toBe(true);
  expect(stdout.trimEnd().includes('\n')).toBe(false);
  return JSON.parse(stdout) as unknown;
}
