import type { ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import { startLocalTableService } from '../../src/app/localTableService';

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
 * Starts Azurite's Table service on 127.0.0.1:10002 (connection string UseDevelopmentStorage=true), in memory
 * unless `storage.location` is given, tied to this process so it never outlives it.
 * Returns undefined when one is already listening (reused, not owned).
 */
export async function startAzuriteTables(
  repoRoot: string,
  log: (line: string) => void,
  storage: { location?: string; fresh?: boolean } = {},
): Promise<ChildProcess | undefined> {
  if (await isPortOpen(AZURITE_TABLE_PORT)) {
    log(`Azurite Table service already listening on ${AZURITE_TABLE_PORT}; reusing it`);
    return undefined;
  }
  const service = await startLocalTableService({
    host: '127.0.0.1',
    port: AZURITE_TABLE_PORT,
    ...(storage.location === undefined ? {} : { location: storage.location }),
    ...(storage.fresh === undefined ? {} : { fresh: storage.fresh }),
    cwd: repoRoot,
    log,
  });
  return service.child;
}
