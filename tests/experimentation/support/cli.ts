import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { runCli } from '../../../src/cli/main';
import type { CliContext } from '../../../src/cli/cliContext';
import { AppError } from '../../../src/shared/errors';
import { createSilentLogger } from '../../../src/shared/logger';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export const REPO_ROOT = join(__dirname, '..', '..', '..');

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

/** Spawns the real binary `node bin/cpo.js <args>` (dist/ when built, else the sources via tsx). */
export function spawnCpo(args: string[], stdin = ''): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'cpo.js'), ...args], {
      cwd: REPO_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin.end(stdin);
  });
}

/** Parses the single JSON object a command printed, checking it is exactly one line. */
export function parseSingleJson(stdout: string): unknown {
  expect(stdout.endsWith('\n')).toBe(true);
  expect(stdout.trimEnd().includes('\n')).toBe(false);
  return JSON.parse(stdout) as unknown;
}
