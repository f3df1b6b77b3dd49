import type { ChildProcess } from 'node:child_process';
import { spawnTiedNodeScript, stopChild } from '../../src/app/childProcessTies';
import { join } from 'node:path';
import { isPortOpen, waitForPort } from './azurite';

export interface PlaygroundOptions {
  repoRoot: string;
  botEndpoint: string;
  port: number;
  /** A `.m365agentsplayground.yml`-style file choosing the signed-in user; default: the repo's file. */
  configPath?: string;
  log: (line: string) => void;
}

/** Starts the Microsoft 365 Agents Playground (Teams channel) against the bot, without opening a browser. */
export async function startPlayground(options: PlaygroundOptions): Promise<ChildProcess> {
  // A Playground left on the port by an earlier run would answer for a bot that no longer exists.
  if (await isPortOpen(options.port)) {
    throw new Error(`port ${options.port} is already in use: stop the process that holds it first`);
  }
  const cli = join(options.repoRoot, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
  // Tied to this process: killing the bot (or `npm run dev`) never leaves a Playground behind.
  const child = spawnTiedNodeScript(
    cli,
    ['-e', options.botEndpoint, '-c', 'msteams', '-p', String(options.port), '--disable-telemetry'],
    {
      cwd: options.repoRoot,
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        ...(options.configPath ? { M365_AGENTS_PLAYGROUND_CONFIG_PATH: options.configPath } : {}),
      },
      log: options.log,
    },
  );
  try {
    await waitForPort(options.port, 120_000, child);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return child;
}

/** Stops a child gracefully (SIGINT lets Azurite save its data), SIGKILL after 5 s. */
export async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  await stopChild(child);
}
