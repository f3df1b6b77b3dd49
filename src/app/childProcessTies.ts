import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Runs a Node script so that it ends with its parent: the child gets an IPC channel, and when the channel
 * closes (the parent exited, even by SIGKILL) it is sent the `SIGINT` it shuts down on gracefully (Azurite
 * saves its data), then exits after a grace period. Without this, killing the parent orphans its services.
 */
const EXIT_WITH_PARENT = [
  'const script = process.argv[1];',
  "process.on('disconnect', () => {",
  '  setTimeout(() => process.exit(0), 5000).unref();',
  "  if (process.listenerCount('SIGINT') > 0) process.emit('SIGINT', 'SIGINT');",
  '  else process.exit(0);',
  '});',
  'require(script);',
].join('\n');

export interface TiedChildOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

/** Spawns `node <script> <args>` tied to this process (see EXIT_WITH_PARENT); output lines go to `log`. */
export function spawnTiedNodeScript(script: string, args: string[], options: TiedChildOptions): ChildProcess {
  const child = spawn(process.execPath, ['-e', EXIT_WITH_PARENT, script, ...args], {
    cwd: options.cwd,
    ...(options.env === undefined ? {} : { env: options.env }),
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout?.on('data', (chunk: Buffer) => options.log(chunk.toString().trimEnd()));
  child.stderr?.on('data', (chunk: Buffer) => options.log(chunk.toString().trimEnd()));
  // The channel exists only to notice the parent's death: it must not keep the parent alive.
  child.channel?.unref();
  return child;
}

/** Asks a child to stop (SIGINT: a graceful close), escalating to SIGKILL after `graceMs`. */
export async function stopChild(child: ChildProcess | undefined, graceMs = 5000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
