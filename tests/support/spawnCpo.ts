import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { CliRun } from './cliHarness';
import { REPO_ROOT } from './repoRoot';

/**
 * Spawns the real binary `node bin/cpo.js <args>` from the repository root (dist/ when it is newer than every source, else the
 * sources via tsx), with optional stdin and extra environment variables.
 */
export function spawnCpo(
  args: string[],
  options: { stdin?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'cpo.js'), ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...(options.env ?? {}) },
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
    child.stdin.end(options.stdin ?? '');
  });
}
