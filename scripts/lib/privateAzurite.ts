import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { waitForPort } from './azurite';

/** Azurite's well-known development account key (public, documented by Microsoft). */
const DEV_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** A TCP port nothing listens on right now (on 127.0.0.1). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Connection string for an Azurite Table service on another port than the shared 10002. */
export function azuriteConnectionString(port: number): string {
  return `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${DEV_ACCOUNT_KEY};TableEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
}

/** A private, in-memory Azurite Table service on its own port (outage tests and benchmarks stop and restart it). */
export async function startPrivateAzurite(repoRoot: string, port: number): Promise<ChildProcess> {
  const bin = join(repoRoot, 'node_modules', 'azurite', 'dist', 'src', 'table', 'main.js');
  const child = spawn(
    process.execPath,
    [bin, '--inMemoryPersistence', '--tableHost', '127.0.0.1', '--tablePort', String(port)].concat([
      '--skipApiVersionCheck',
      '--loose',
      '--disableTelemetry',
    ]),
    { cwd: repoRoot, stdio: 'ignore' },
  );
  await waitForPort(port, 30_000, child);
  return child;
}

export async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
