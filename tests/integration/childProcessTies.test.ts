/**
 * Dev supervision: a service started with `spawnTiedNodeScript` ends when its parent dies, even by SIGKILL,
 * so killing the bot (or `npm run dev`) never leaves a table service or a Playground behind.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isPortOpen } from '../../src/app/localTableService';
import { freePort } from '../../scripts/lib/privateAzurite';

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((wake) => setTimeout(wake, 100));
  }
  return false;
}

describe('children tied to their parent', () => {
  it('stop when the parent is killed with SIGKILL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpo-ties-'));
    const port = await freePort();
    const service = join(dir, 'service.js');
    writeFileSync(
      service,
      `require('node:net').createServer().listen(${port}, '127.0.0.1');\nprocess.on('SIGINT', () => process.exit(0));\n`,
    );
    const parent = join(dir, 'parent.ts');
    writeFileSync(
      parent,
      [
        `import { spawnTiedNodeScript } from ${JSON.stringify(join(__dirname, '..', '..', 'src', 'app', 'childProcessTies'))};`,
        `spawnTiedNodeScript(${JSON.stringify(service)}, [], { cwd: ${JSON.stringify(dir)}, log: () => undefined });`,
        'setInterval(() => undefined, 1000);',
      ].join('\n'),
    );
    const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), parent], {
      stdio: 'ignore',
    });
    try {
      expect(await until(() => isPortOpen(port), 30_000)).toBe(true);
      child.kill('SIGKILL');
      expect(await until(async () => !(await isPortOpen(port)), 10_000)).toBe(true);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
