import { PassThrough, Readable } from 'node:stream';
import type { CliContext } from '../../../src/cli/cliContext';
import { runCli } from '../../../src/cli/main';
import { configError } from '../../../src/shared/errors';
import { createSilentLogger } from '../../../src/shared/logger';

export interface ScreenRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout split into lines (the trailing newline removed). */
  lines: string[];
}

/** Runs `cpo <args>` in-process with in-memory streams, from `cwd`; `config()` is never needed by screen. */
export async function runScreenCli(
  args: string[],
  options: { stdin?: string; cwd: string },
): Promise<ScreenRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const context: CliContext = {
    stdin: Readable.from([options.stdin ?? '']),
    stdout,
    stderr,
    cwd: options.cwd,
    config: () => {
      throw configError('cpo screen must not need the app configuration');
    },
    logger: () => createSilentLogger(),
    setExitCode: () => undefined,
  };
  const code = await runCli(['node', 'cpo', ...args], context);
  const lines = out === '' ? [] : out.replace(/\n$/, '').split('\n');
  return { code, stdout: out, stderr: err, lines };
}

export function jsonl(rows: readonly unknown[]): string {
  return `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`;
}
