import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import { join } from 'node:path';

export const AZURITE_TABLE_PORT = 10002;

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function isPortOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function waitForPort(port: number, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await isPortOpen(port)) return;
    if (child && child.exitCode !== null)
      throw new Error(`process exited with ${child.exitCode} before port ${port} opened`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`port ${port} did not open within ${timeoutMs} ms`);
}

/**
 * Starts Azurite's Table service in memory on 127.0.0.1:10002 (connection string UseDevelopmentStorage=true).
 * Returns undefined when one is already listening (reused, not owned).
 */
export async function startAzuriteTables(
  repoRoot: string,
  log: (line: string) => void,
): Promise<ChildProcess | undefined> {
  if (await isPortOpen(AZURITE_TABLE_PORT)) {
    log(`Azurite Table service already listening on ${AZURITE_TABLE_PORT}; reusing it`);
    return undefined;
  }
  const bin = join(repoRoot, 'node_modules', 'azurite', 'dist', 'src', 'table', 'main.js');
  const child = spawn(
    process.execPath,
    [
      bin,
      '--inMemoryPersistence',
      '--tableHost',
      '127.0.0.1',
      '--tablePort',
      String(AZURITE_TABLE_PORT),
      '--skipApiVersionCheck',
      '--loose',
      '--disableTelemetry',
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (chunk: Buffer) => log(chunk.toString().trimEnd()));
  child.stderr?.on('data', (chunk: Buffer) => log(chunk.toString().trimEnd()));
  await waitForPort(AZURITE_TABLE_PORT, 30_000, child);
  return child;
}
