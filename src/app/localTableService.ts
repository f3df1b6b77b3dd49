import type { ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import type { AppConfig } from '../config/schema';
import { configError, unavailable } from '../shared/errors';
import { spawnTiedNodeScript, stopChild } from './childProcessTies';
import { tableServiceEndpointOf } from './tableServiceEndpoint';

/** A table service this process started; `stop` closes it gracefully so its data is on disk. */
export interface LocalTableService {
  host: string;
  port: number;
  /** Folder the service persists to. */
  location: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** True when something accepts TCP connections on host:port within `timeoutMs`. */
export function isPortOpen(port: number, host = '127.0.0.1', timeoutMs = 3000): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ port, host });
    const finish = (open: boolean) => {
      socket.destroy();
      done(open);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

/** The project-local folder the embedded table service persists to (shared by the CLI and `npm run dev`). */
export function localTablesDir(config: AppConfig, cwd: string): string {
  return resolve(cwd, config.customerData.localStateDir, 'tables');
}

function azuriteTableMain(): string {
  try {
    return join(dirname(require.resolve('azurite/package.json')), 'dist', 'src', 'table', 'main.js');
  } catch {
    throw configError(
      'The embedded table service (Azurite) is not installed: run `npm ci`, or set CPO_TABLES_CONNECTION_STRING to a running table service.',
    );
  }
}

export interface StartTableServiceOptions {
  host: string;
  port: number;
  /** Folder to persist to; undefined keeps everything in memory. */
  location?: string;
  /** Delete the folder first (start from empty). */
  fresh?: boolean;
  cwd: string;
  log: (line: string) => void;
}

/**
 * Starts Azurite's Table service on host:port, tied to this process (it ends when this process dies).
 * Resolves once it accepts connections.
 */
export async function startLocalTableService(options: StartTableServiceOptions): Promise<LocalTableService> {
  const { host, port, location } = options;
  const storage = location === undefined ? ['--inMemoryPersistence'] : ['--location', location];
  if (location !== undefined) {
    if (options.fresh) rmSync(location, { recursive: true, force: true });
    mkdirSync(location, { recursive: true });
  }
  let announceClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (announceClosed = resolve));
  const child = spawnTiedNodeScript(
    azuriteTableMain(),
    [
      ...storage,
      '--tableHost',
      host,
      '--tablePort',
      String(port),
      '--skipApiVersionCheck',
      '--loose',
      '--disableTelemetry',
    ],
    {
      cwd: options.cwd,
      log: (line) => {
        // Azurite saves and closes on SIGINT but keeps the process alive: this line says it is done.
        if (line.includes('Table service successfully closed')) announceClosed();
        options.log(line);
      },
    },
  );
  const deadline = Date.now() + 30_000;
  while (!(await isPortOpen(port, host, 500))) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw unavailable(`The embedded table service could not start on ${host}:${port}.`);
    }
    if (Date.now() > deadline) {
      await stopChild(child);
      throw unavailable(`The embedded table service did not open ${host}:${port} within 30 s.`);
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    const timer = setTimeout(announceClosed, 5000);
    await Promise.race([closed, exited]);
    clearTimeout(timer);
    child.kill('SIGKILL');
    await exited;
  };
  return { host, port, location: location ?? ':memory:', child, stop };
}

/**
 * Makes sure the configured table service answers before a command uses it. The local development storage
 * that nobody serves is started here, persisting to the project-local folder, and returned so the caller
 * stops it when done. A remote endpoint that does not answer is an error naming its variable: never
 * replaced by a local one. Undefined when the service already answers (or none is configured).
 */
export async function ensureTableService(
  config: AppConfig,
  options: { cwd: string; log: (line: string) => void },
): Promise<LocalTableService | undefined> {
  const endpoint = tableServiceEndpointOf(config);
  if (!endpoint) return undefined;
  const { host, port, variable } = endpoint;
  if (await isPortOpen(port, host, endpoint.local ? 1000 : 5000)) return undefined;
  if (!endpoint.local) {
    throw unavailable(
      `The table service at ${host}:${port} (from ${variable}) does not answer. Check ${variable}, the network and the service; unset it to use the local development storage.`,
    );
  }
  try {
    return await startLocalTableService({
      host,
      port,
      location: localTablesDir(config, options.cwd),
      cwd: options.cwd,
      log: options.log,
    });
  } catch (error) {
    // Another command may have started it at the same moment: use theirs.
    if (await isPortOpen(port, host)) return undefined;
    throw error;
  }
}
