import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { waitForPort } from './azurite';

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
  const cli = join(options.repoRoot, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
  const child = spawn(
    process.execPath,
    [cli, '-e', options.botEndpoint, '-c', 'msteams', '-p', String(options.port), '--disable-telemetry'],
    {
      cwd: options.repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        ...(options.configPath ? { M365_AGENTS_PLAYGROUND_CONFIG_PATH: options.configPath } : {}),
      },
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => options.log(chunk.toString().trimEnd()));
  child.stderr?.on('data', (chunk: Buffer) => options.log(chunk.toString().trimEnd()));
  await waitForPort(options.port, 60_000, child);
  return child;
}

export async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
