import { Readable, Writable } from 'node:stream';
import type { CliContext } from '../../../src/cli/cliContext';
import { runCli } from '../../../src/cli/main';
import { createSilentLogger } from '../../../src/shared/logger';
import { loadConfig } from '../../../src/config/loadConfig';
import { REPO_ROOT } from '../../support/repoRoot';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

class Collector extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    done();
  }
}

/** Runs `cpo …` in-process through runCli with in-memory stdin, stdout and stderr. */
export async function runPlanCli(args: string[], stdin = '', cwd = process.cwd()): Promise<CliRun> {
  const stdout = new Collector();
  const stderr = new Collector();
  const context: CliContext = {
    stdin: Readable.from(stdin === '' ? [] : [Buffer.from(stdin, 'utf8')]),
    stdout,
    stderr,
    cwd,
    // `cpo plan` honours CPO_LLM: with an empty environment that is the offline planner.
    config: () => loadConfig({}, REPO_ROOT),
    logger: () => createSilentLogger(),
    setExitCode: () => undefined,
  };
  const code = await runCli(['node', 'cpo', ...args], context);
  return { code, stdout: stdout.text, stderr: stderr.text };
}
