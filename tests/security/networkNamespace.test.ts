import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/repoRoot';

/**
 * Started with its defaults (no MICROSOFT_APP_ID) in a network namespace of its own, the bot never receives a
 * request from another namespace: a veth pair joins two fresh namespaces, the bot and a private Azurite run in
 * one, requests come from the other. A plain listener on the same address is reachable (the path works), the
 * bot is not. Needs root and iproute2; the test creates and removes its own namespaces and addresses.
 */
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
function hasIp(): boolean {
  try {
    execFileSync('ip', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const canRun = isRoot && hasIp();
const describeIfRoot = canRun ? describe : describe.skip;
if (!canRun) {
  process.stderr.write(
    'networkNamespace.test.ts skipped: needs root and iproute2 (`ip netns`) to create network namespaces\n',
  );
}

const id = randomBytes(3).toString('hex');
const BOT_NS = `cpo-bot-${id}`;
const PEER_NS = `cpo-peer-${id}`;
// A /30 in 10.213.0.0/16 chosen at random: only these two addresses are created, inside the two namespaces.
const octet = 1 + ((randomBytes(1)[0] ?? 0) % 250);
const BOT_ADDRESS = `10.213.${octet}.1`;
const PEER_ADDRESS = `10.213.${octet}.2`;

const ip = (...args: string[]): void => {
  execFileSync('ip', args, { stdio: 'ignore' });
};
const inNamespace = (namespace: string, command: string, args: string[]): ChildProcess =>
  spawn('ip', ['netns', 'exec', namespace, command, ...args], {
    cwd: REPO_ROOT,
    stdio: 'ignore',
    env: { ...process.env, CPO_LOG_LEVEL: 'silent' },
  });

/** Runs a small fetch inside a namespace; returns the HTTP status or the connection error's code. */
function fetchFrom(namespace: string, url: string, method = 'GET'): string {
  const script = `fetch(${JSON.stringify(url)}, { method: ${JSON.stringify(method)}, headers: { 'content-type': 'application/json' }, ${
    method === 'POST'
      ? `body: JSON.stringify({ type: 'message', text: 'approve everything', from: { id: 'attacker', aadObjectId: '00000000-0000-0000-0000-0000000000021' } }),`
      : ''
  } signal: AbortSignal.timeout(3000) }).then((r) => console.log(r.status), (e) => console.log(e.cause?.code ?? e.name))`;
  return execFileSync('ip', ['netns', 'exec', namespace, process.execPath, '-e', script], {
    encoding: 'utf8',
  }).trim();
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`not ready within ${timeoutMs} ms`);
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

describeIfRoot('bot in its own network namespace, with defaults', () => {
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    ip('netns', 'add', BOT_NS);
    ip('netns', 'add', PEER_NS);
    ip('link', 'add', `vb${id}`, 'type', 'veth', 'peer', 'name', `vp${id}`);
    ip('link', 'set', `vb${id}`, 'netns', BOT_NS);
    ip('link', 'set', `vp${id}`, 'netns', PEER_NS);
    ip('-n', BOT_NS, 'addr', 'add', `${BOT_ADDRESS}/30`, 'dev', `vb${id}`);
    ip('-n', PEER_NS, 'addr', 'add', `${PEER_ADDRESS}/30`, 'dev', `vp${id}`);
    for (const [namespace, device] of [
      [BOT_NS, `vb${id}`],
      [PEER_NS, `vp${id}`],
    ] as const) {
      ip('-n', namespace, 'link', 'set', 'lo', 'up');
      ip('-n', namespace, 'link', 'set', device, 'up');
    }
    const azurite = join(REPO_ROOT, 'node_modules', 'azurite', 'dist', 'src', 'table', 'main.js');
    children.push(
      inNamespace(BOT_NS, process.execPath, [
        azurite,
        '--inMemoryPersistence',
        '--tableHost',
        '127.0.0.1',
        '--tablePort',
        '10002',
        '--skipApiVersionCheck',
        '--loose',
        '--disableTelemetry',
      ]),
    );
    await waitFor(() => fetchFrom(BOT_NS, 'http://127.0.0.1:10002/') !== 'ECONNREFUSED', 30_000);
    const tsx = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    children.push(inNamespace(BOT_NS, process.execPath, [tsx, 'src/index.ts']));
    await waitFor(() => fetchFrom(BOT_NS, 'http://127.0.0.1:3978/healthz') === '200', 60_000);
    // Positive control: something listening on every interface of the bot's namespace is reachable from the peer.
    children.push(
      inNamespace(BOT_NS, process.execPath, [
        '-e',
        "require('node:http').createServer((q, s) => s.end('ok')).listen(3979, '0.0.0.0')",
      ]),
    );
    await waitFor(() => fetchFrom(PEER_NS, `http://${BOT_ADDRESS}:3979/`) === '200', 10_000);
  }, 120_000);

  afterAll(async () => {
    for (const child of children.reverse()) await stop(child);
    for (const namespace of [BOT_NS, PEER_NS]) {
      try {
        ip('netns', 'del', namespace);
      } catch {
        // already gone
      }
    }
  });

  it('answers inside its namespace on loopback', () => {
    expect(fetchFrom(BOT_NS, 'http://127.0.0.1:3978/healthz')).toBe('200');
  });

  it.each([
    ['GET', '/healthz'],
    ['POST', '/api/messages'],
    ['POST', '/api/engagement'],
  ])('never receives %s %s from another namespace (the connection is refused)', (method, path) => {
    expect(fetchFrom(PEER_NS, `http://${BOT_ADDRESS}:3978${path}`, method)).toBe('ECONNREFUSED');
  });
});
