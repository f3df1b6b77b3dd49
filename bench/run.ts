import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Bench } from './bench';

/** Bench modules; each exports `benches: Bench[]`. */
const MODULES: Array<() => Promise<{ benches: Bench[] }>> = [
  () => import('./data.bench'),
  () => import('./stats.bench'),
];

async function main(): Promise<void> {
  const filter = process.argv[2];
  const results: Record<string, Record<string, number | string>> = {};
  for (const load of MODULES) {
    const { benches } = await load();
    for (const bench of benches) {
      if (filter && !bench.name.includes(filter)) continue;
      process.stderr.write(`bench ${bench.name} ...\n`);
      results[bench.name] = await bench.run();
      process.stderr.write(`  ${JSON.stringify(results[bench.name])}\n`);
    }
  }
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'latest.json');
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
  );
  process.stderr.write(`wrote bench/results/latest.json\n`);
}

void main();
