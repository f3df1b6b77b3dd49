import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { Bench } from './bench';

/** Bench modules; each exports `benches: Bench[]`. */
const MODULES: Array<() => Promise<{ benches: Bench[] }>> = [
  () => import('./data.bench'),
  () => import('./stats.bench'),
  () => import('./planner.bench'),
  () => import('./safety.bench'),
  () => import('./experiments.bench'),
  () => import('./bot.bench'),
  () => import('./botLoad.bench'),
  () => import('./outage.bench'),
  () => import('./customerEngine.bench'),
];

type Results = Record<string, Record<string, number | string> & { measuredAt?: string }>;

/**
 * `npm run bench [filter]`: runs every benchmark (or those whose name contains the filter) and merges the
 * figures into bench/results/latest.json, so a partial run never erases the others.
 */
async function main(): Promise<void> {
  const filter = process.argv[2];
  const file = join(__dirname, 'results', 'latest.json');
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { results?: Results }) : {};
  const results: Results = { ...(previous.results ?? {}) };
  for (const load of MODULES) {
    const { benches } = await load();
    for (const bench of benches) {
      if (filter && !bench.name.includes(filter)) continue;
      process.stderr.write(`bench ${bench.name} ...\n`);
      const figures = await bench.run();
      results[bench.name] = { ...figures, measuredAt: new Date().toISOString() };
      process.stderr.write(`  ${JSON.stringify(figures)}\n`);
    }
  }
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify({ node: process.version, cpus: cpus().length, results }, null, 2)}\n`,
  );
  process.stderr.write('wrote bench/results/latest.json\n');
}

void main();
