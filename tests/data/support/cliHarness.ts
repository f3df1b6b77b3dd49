import { Readable } from 'node:stream';
import { runCli } from '../../../src/cli/main';
import type { CliContext } from '../../../src/cli/cliContext';
import { createSilentLogger } from '../../../src/shared/logger';
import { MemoryWritable } from './streams';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `cpo <args>` in-process with in-memory streams and returns what the binary would exit with. */
export async function runCpo(args: string[], cwd: string): Promise<CliRun> {
  const stdout = new MemoryWritable();
  const stderr = new MemoryWritable();
  const context: CliContext = {
    stdin: Readable.from([]),
    stdout,
    stderr,
    cwd,
    config: () => {
      throw new Error('these commands must not need the app config');
    },
    logger: () => createSilentLogger(),
    setExitCode: () => undefined,
  };
  const code = await runCli(['node', 'cpo', ...args], context);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
