import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSyntheticCustomers } from '../../src/customers/syntheticCustomers';
import { customerCsvChunks } from '../../src/customers/writeCustomersCsv';
import { loadContentIndex } from '../../src/adapters/search/local/contentIndexFile';
import { runCpo } from './support/cliHarness';

const ROOT = join(__dirname, '..', '..');
const CONTENT_DIR = join(ROOT, 'data', 'content');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cpo-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('cpo data customers', () => {
  it('writes the same rows as the generator, relative to the working folder, and prints JSON only', async () => {
    const run = await runCpo(['data', 'customers', '--n', '250', '--seed', '7', '--out', 'sub/c.csv'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ customers: 250, seed: 7, out: join('sub', 'c.csv') });
    const expected = [...customerCsvChunks(generateSyntheticCustomers({ count: 250, seed: 7 }))].join('');
    expect(readFileSync(join(dir, 'sub', 'c.csv'), 'utf8')).toBe(expected);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['c.csv']);
  });

  it('defaults to seed 42 and data/customers.csv', async () => {
    const run = await runCpo(['data', 'customers', '--n', '10'], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      customers: 10,
      seed: 42,
      out: join('data', 'customers.csv'),
    });
    const expected = [...customerCsvChunks(generateSyntheticCustomers({ count: 10, seed: 42 }))].join('');
    expect(readFileSync(join(dir, 'data', 'customers.csv'), 'utf8')).toBe(expected);
  });

  it('matches the committed 500-row sample (generated with --n 500 --seed 42)', async () => {
    await runCpo(['data', 'customers', '--n', '500', '--out', 'sample.csv'], dir);
    expect(readFileSync(join(dir, 'sample.csv'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'data', 'customers.csv'), 'utf8'),
    );
  });

  it.each([
    [['--n', '0']],
    [['--n', '-5']],
    [['--n', 'ten']],
    [['--n', '1.5']],
    [['--n', '99999999999']],
    [['--n', '10', '--seed', 'abc']],
    [[]],
  ])('rejects %j with exit code 2 and a message on stderr', async (args) => {
    const run = await runCpo(['data', 'customers', ...args], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--n|--seed/);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });
});

describe('cpo data check', () => {
  it('lists malformed rows with their line numbers on stderr and exits 1', async () => {
    const lines = [...customerCsvChunks(generateSyntheticCustomers({ count: 20, seed: 1 }))]
      .join('')
      .split('\n');
    lines[3] = 'C000003,broken';
    lines[10] = lines[10]?.replace(/,(true|false)$/, ',perhaps') ?? '';
    writeFileSync(join(dir, 'c.csv'), lines.join('\n'));
    const run = await runCpo(['data', 'check', '--customers', 'c.csv'], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ valid: 18, invalid: 2, file: 'c.csv' });
    expect(run.stderr.trim().split('\n')).toEqual([
      'c.csv:4: expected 12 columns, found 2',
      expect.stringMatching(/^c\.csv:11: pushOptIn: must be true or false/),
    ]);
  });

  it('exits 0 for a clean file and 1 for a missing one', async () => {
    await runCpo(['data', 'customers', '--n', '30', '--out', 'ok.csv'], dir);
    const ok = await runCpo(['data', 'check', '--customers', 'ok.csv'], dir);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ valid: 30, invalid: 0 });
    const missing = await runCpo(['data', 'check', '--customers', 'nope.csv'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/does not exist/);
  });
});

describe('cpo index', () => {
  it('builds a loadable index from data/content', async () => {
    const run = await runCpo(
      ['index', '--content', CONTENT_DIR, '--out', 'out/index/content-index.json'],
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const summary = JSON.parse(run.stdout) as { indexed: number; invalid: number; out: string };
    expect(summary.indexed).toBeGreaterThanOrEqual(30);
    expect(summary.invalid).toBe(0);
    const index = await loadContentIndex(join(dir, summary.out));
    const hits = await index.search({ text: 'soldes de printemps', validOn: '2026-11-25', top: 1 });
    expect(hits[0]?.document.id).toBe('offer-spring-sale');
  });

  it('reports invalid files by name and field, indexes the rest and exits 1', async () => {
    const content = join(dir, 'content');
    mkdirSync(content);
    for (const name of ['offer-spring-sale.md', 'offer-free-shipping.md'])
      copyFileSync(join(CONTENT_DIR, name), join(content, name));
    writeFileSync(
      join(content, 'broken.md'),
      '---\nid: broken-doc\ntitle: Broken\nkind: coupon\nchannels: [email]\n---\nBody',
    );
    writeFileSync(
      join(content, 'dates.md'),
      '---\nid: dates-doc\ntitle: Dates\nkind: offer\nvalidTo: 2026-13-01\nchannels: [email]\n---\nBody',
    );
    const run = await runCpo(['index', '--content', 'content', '--out', 'idx.json'], dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ indexed: 2, invalid: 2, out: 'idx.json' });
    expect(run.stderr).toContain('invalid content: broken.md: kind:');
    expect(run.stderr).toContain('invalid content: dates.md: validTo: is not a real calendar date');
    expect((await loadContentIndex(join(dir, 'idx.json'))).size).toBe(2);
  });

  it('fails with exit code 2 when nothing valid is left, and 1 when the folder is missing', async () => {
    const content = join(dir, 'empty');
    mkdirSync(content);
    const empty = await runCpo(['index', '--content', 'empty'], dir);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/No valid content documents/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const missing = await runCpo(['index', '--content', 'nowhere'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/does not exist/);
  });
});

describe('the real cpo binary', () => {
  const run = (args: string[]): ReturnType<typeof spawnSync> =>
    spawnSync(process.execPath, [join(ROOT, 'bin', 'cpo.js'), ...args], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('generates customers deterministically with a clean stdout', () => {
    const first = run(['data', 'customers', '--n', '1000', '--seed', '3', '--out', 'a.csv']);
    const second = run(['data', 'customers', '--n', '1000', '--seed', '3', '--out', 'b.csv']);
    expect(first.status).toBe(0);
    expect(JSON.parse(String(first.stdout))).toMatchObject({ customers: 1000, seed: 3 });
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe(readFileSync(join(dir, 'b.csv'), 'utf8'));
    expect(second.status).toBe(0);
  });

  it('builds the content index and exits 2 on a bad option', () => {
    const built = run(['index', '--content', CONTENT_DIR]);
    expect(built.status).toBe(0);
    expect(existsSync(join(dir, 'out', 'index', 'content-index.json'))).toBe(true);
    const bad = run(['data', 'customers', '--n', 'zero']);
    expect(bad.status).toBe(2);
    expect(String(bad.stderr)).toMatch(/--n must be a whole number/);
  });
});
