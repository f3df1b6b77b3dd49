import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { startAzuriteTables } from '../../scripts/lib/azurite';

/** Starts a real Azurite Table service for the integration tests (reuses one already running). */
export default async function globalSetup(): Promise<void> {
  const verbose = process.env.CPO_TEST_VERBOSE === '1';
  const child = await startAzuriteTables(join(__dirname, '..', '..'), (line) => {
    if (verbose) process.stderr.write(`[azurite] ${line}\n`);
  });
  (globalThis as { __azurite?: ChildProcess | undefined }).__azurite = child;
}
