import { PassThrough, Readable } from 'node:stream';
import { loadConfig } from '../../src/config/loadConfig';
import type { CliContext } from '../../src/cli/cliContext';
import type { AppConfig } from '../../src/config/schema';
import { runCli } from '../../src/cli/main';
import { createSilentLogger } from '../../src/shared/logger';
import { REPO_ROOT } from './repoRoot';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `cpo <args>` in-process with in-memory streams and the given env overrides. */
export function runCpo(args: string[], env: Record<string, string> = {}, stdin = ''): Promise<CliRun> {
  const config = loadConfig({ CPO_LOG_LEVEL: 'silent', ...env }, REPO_ROOT);
  return runCpoWith(args, () => config, stdin);
}

/**
 * The same, with configuration loaded on first use inside the command, as the real CLI does: a bad
 * configuration then surfaces as the command's own error and exit code.
 */
export function runCpoLoadingConfig(
  args: string[],
  env: Record<string, string> = {},
  stdin = '',
): Promise<CliRun> {
  return runCpoWith(args, () => loadConfig({ CPO_LOG_LEVEL: 'silent', ...env }, REPO_ROOT), stdin);
}

async function runCpoWith(args: string[], config: () => AppConfig, stdin: string): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const context: CliContext = {
    stdin: Readable.from([stdin]),
    stdout,
    stderr,
    cwd: REPO_ROOT,
    config,
    logger: () => createSilentLogger(),
    setExitCode: () => undefined,
  };
  const code = await runCli(['node', 'cpo', ...args], context);
  return { code, stdout: out, stderr: err };
}
