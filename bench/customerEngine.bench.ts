/**
 * Customer data at any size (issue 16): `cpo run` and `cpo export` on synthetic customer bases next to a
 * reference DuckDB pass a data engineer would write (filter the segment, one SHA-256 per member, write the
 * list), Parquet vs CSV input, and peak RSS at 1M vs 10M customers. Big files live under the OS temp folder
 * and are deleted afterwards; the 10M run needs `CPO_BENCH_10M=1` (about 1 GB of CSV).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Bench } from './bench';
import { DefinitionRepository } from '../src/experiments/definition/definitionRepository';
import type { ExperimentDefinition } from '../src/experiments/definition/experimentDefinition';
import { AzureTableStore } from '../src/adapters/tables/azureTableStore';
import { CampaignRepository } from '../src/campaigns/campaignRepository';
import { isPortOpen } from '../src/app/localTableService';

const REPO_ROOT = join(__dirname, '..');
const CLI = join(REPO_ROOT, 'bin', 'cpo.js');
const MiB = 1024 * 1024;
const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;

interface Timed {
  seconds: number;
  peakRssMiB: number;
  stdout: string;
}

/** Runs the built `cpo` under /usr/bin/time: wall seconds and the child's peak RSS. */
function cpo(args: string[], env: Record<string, string>): Timed {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb=%M', process.execPath, CLI, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, CPO_LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * MiB,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`cpo ${args[0]} failed (${run.status}): ${run.stderr.slice(-2000)}`);
  const kb = Number(/peak-rss-kb=(\d+)/.exec(run.stderr)?.[1] ?? 0);
  return { seconds: round(seconds), peakRssMiB: round(kb / 1024, 1), stdout: run.stdout };
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The reference pass: DuckDB alone, filter + SHA-256 per member + write the list. */
async function referencePass(file: string, out: string): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const reader = file.endsWith('.parquet') ? `read_parquet(${literal(file)})` : `read_csv(${literal(file)})`;
  const started = performance.now();
  await connection.run(
    `COPY (SELECT sha256(id) AS h FROM ${reader} WHERE "recencyDays" >= 90) TO ${literal(out)} (FORMAT csv)`,
  );
  const seconds = (performance.now() - started) / 1000;
  connection.closeSync();
  instance.closeSync();
  return round(seconds);
}

/**
 * The same reference pass as a whole process, as a data engineer runs it from a shell: Node start-up, DuckDB
 * instance, the query, exit. `cpo run` is timed as a whole process too, so this ratio compares like with like;
 * the in-process pass above stays the headline reference.
 */
function referenceProcess(file: string, out: string): number {
  const reader = file.endsWith('.parquet') ? `read_parquet(${literal(file)})` : `read_csv(${literal(file)})`;
  const script = [
    "const { DuckDBInstance } = require('@duckdb/node-api');",
    '(async () => {',
    "  const connection = await (await DuckDBInstance.create(':memory:')).connect();",
    `  await connection.run(${JSON.stringify(
      `COPY (SELECT sha256(id) AS h FROM ${reader} WHERE "recencyDays" >= 90) TO ${literal(out)} (FORMAT csv)`,
    )});`,
    '})();',
  ].join('\n');
  const started = performance.now();
  execFileSync(process.execPath, ['-e', script], { cwd: REPO_ROOT, stdio: 'pipe' });
  return round((performance.now() - started) / 1000);
}

async function toParquet(csv: string, parquet: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(
    `COPY (SELECT * FROM read_csv(${literal(csv)})) TO ${literal(parquet)} (FORMAT parquet)`,
  );
  connection.closeSync();
  instance.closeSync();
}

function runConfig(dir: string, campaign: string): string {
  const file = join(dir, `${campaign}.yaml`);
  writeFileSync(
    file,
    [
      `campaign: ${campaign}`,
      'author: bench',
      'audience: { inactiveDays: 90 }',
      'content: { query: spring sale }',
      'message: { variants: 3, channel: email, goal: win-back, topic: spring sale }',
      'experiment: { control: true, holdout: 0.1 }',
    ].join('\n'),
  );
  return file;
}

/** Marks a drafted campaign launched with a fixed experiment (the bench skips the approval clicks). */
async function launch(prefix: string, campaignId: string): Promise<void> {
  const store = new AzureTableStore(
    { kind: 'connectionString', connectionString: 'UseDevelopmentStorage=true' },
    prefix,
  );
  const campaigns = new CampaignRepository(store);
  const definitions = new DefinitionRepository(store);
  await definitions.init();
  const campaign = await campaigns.getCampaign(campaignId);
  const definition: ExperimentDefinition = {
    campaignId,
    experimentKey: `cpo-${campaignId}`,
    seed: '5eed5eed',
    hashAttribute: 'id',
    hashVersion: 2,
    arms: [
      { key: 'control', kind: 'control', label: 'Control', weight: 0.3, routeCode: 'b0000001' },
      { key: 'v1', kind: 'variant', label: 'v1', variantId: 'v1', weight: 0.3, routeCode: 'b0000002' },
      { key: 'v2', kind: 'variant', label: 'v2', variantId: 'v2', weight: 0.3, routeCode: 'b0000003' },
      { key: 'holdout', kind: 'holdout', label: 'Holdout', weight: 0.1, routeCode: 'b0000004' },
    ],
    coverage: 1,
    launchedAt: new Date().toISOString(),
    launchedBy: 'bench',
    audienceSize: campaign.segment.size,
    primaryMetric: 'click_rate',
    plan: {
      baselineRate: 0.03,
      alpha: 0.05,
      power: 0.8,
      targetLift: 0.1,
      minimumDetectableLift: 0.05,
      usersPerArm: 1000,
    },
  };
  await definitions.create(definition);
  await campaigns.saveCampaign({ ...campaign, status: 'launched' });
}

function generate(count: number, file: string): number {
  const started = performance.now();
  execFileSync(process.execPath, [CLI, 'data', 'customers', '--n', String(count), '--out', file], {
    cwd: REPO_ROOT,
    stdio: 'pipe',
  });
  return round((performance.now() - started) / 1000, 1);
}

function fastest(runs: Timed[]): Timed {
  return runs.reduce((best, run) => (run.seconds < best.seconds ? run : best));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return round(
    sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2,
  );
}

async function measure(
  count: number,
  label: string,
  rounds: number,
): Promise<Record<string, number | string>> {
  if (!existsSync(join(REPO_ROOT, 'dist', 'src', 'cli', 'main.js'))) {
    throw new Error('Build first (npm run build): the benchmark times the compiled CLI.');
  }
  // The machine is shared: the 1-minute load average before and after says how noisy the figures are.
  const loadBefore = round(loadavg()[0] ?? 0, 1);
  const dir = mkdtempSync(join(tmpdir(), 'cpo-bench-engine-'));
  const prefix = `bench${Date.now().toString(36)}`;
  const env = { CPO_TABLES_PREFIX: prefix, CPO_LOCAL_STATE_DIR: join(dir, 'state') };
  try {
    const csv = join(dir, 'customers.csv');
    const generateSeconds = generate(count, csv);
    const parquet = join(dir, 'customers.parquet');
    await toParquet(csv, parquet);
    const tableServiceRunning = await isPortOpen(10002);

    // The machine is shared: each pair (reference, cpo run, cpo export) runs `rounds` times, interleaved, and the
    // best of each is reported next to the median of the per-round ratios.
    const out = join(dir, 'out');
    const references: number[] = [];
    const processReferences: number[] = [];
    const runs: Timed[] = [];
    const exports: Timed[] = [];
    let exportRow = 0;
    for (let attempt = 0; attempt < rounds; attempt += 1) {
      references.push(await referencePass(csv, join(dir, 'reference.csv')));
      processReferences.push(referenceProcess(csv, join(dir, 'reference-process.csv')));
      const campaign = `bench-csv-${attempt}`;
      runs.push(
        cpo(
          ['run', '--customers', csv, '--config', runConfig(dir, campaign), '--out', out, '--no-progress'],
          env,
        ),
      );
      if (attempt === 0) await launch(prefix, campaign);
      exports.push(
        cpo(
          ['export', 'bench-csv-0', '--customers', csv, '--out', join(dir, `send-${exportRow++}.csv`)],
          env,
        ),
      );
    }
    const referenceCsv = Math.min(...references);
    const runCsv = fastest(runs);
    const exportCsv = fastest(exports);
    const summary = JSON.parse(runCsv.stdout) as { segment: { size: number } };
    const referenceParquet = await referencePass(parquet, join(dir, 'reference-parquet.csv'));
    const runParquet = cpo(
      [
        'run',
        '--customers',
        parquet,
        '--config',
        runConfig(dir, 'bench-parquet'),
        '--out',
        out,
        '--no-progress',
      ],
      env,
    );
    const exportParquet = cpo(
      [
        'export',
        'bench-csv-0',
        '--customers',
        csv,
        '--format',
        'parquet',
        '--out',
        join(dir, 'send.parquet'),
      ],
      env,
    );
    const exportFromParquet = cpo(
      ['export', 'bench-csv-0', '--customers', parquet, '--out', join(dir, 'send-from-parquet.csv')],
      env,
    );
    const members = summary.segment.size;
    return {
      customers: count,
      label,
      segmentMembers: members,
      csvMiB: round(statSync(csv).size / MiB, 1),
      parquetMiB: round(statSync(parquet).size / MiB, 1),
      generateSeconds,
      tableService: tableServiceRunning ? 'already running' : 'auto-started per command',
      referenceDuckDbSeconds: referenceCsv,
      referenceDuckDbParquetSeconds: referenceParquet,
      runSeconds: runCsv.seconds,
      runPeakRssMiB: runCsv.peakRssMiB,
      rounds,
      runVsReference: round(runCsv.seconds / referenceCsv),
      runVsReferenceMedianOfRounds: median(runs.map((run, index) => run.seconds / (references[index] ?? 1))),
      referenceDuckDbProcessSeconds: Math.min(...processReferences),
      runVsProcessReferenceMedianOfRounds: median(
        runs.map((run, index) => run.seconds / (processReferences[index] ?? 1)),
      ),
      runParquetSeconds: runParquet.seconds,
      runParquetPeakRssMiB: runParquet.peakRssMiB,
      exportCsvSeconds: exportCsv.seconds,
      exportCsvPeakRssMiB: exportCsv.peakRssMiB,
      exportCsvVsReference: round(exportCsv.seconds / referenceCsv),
      exportVsReferenceMedianOfRounds: median(
        exports.map((run, index) => run.seconds / (references[index] ?? 1)),
      ),
      exportMembersPerSecond: Math.round(members / exportCsv.seconds),
      exportParquetSeconds: exportParquet.seconds,
      exportParquetPeakRssMiB: exportParquet.peakRssMiB,
      exportFromParquetInputSeconds: exportFromParquet.seconds,
      loadAverage1m: `${loadBefore} → ${round(loadavg()[0] ?? 0, 1)}`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const benches: Bench[] = [
  { name: 'customers.engine-1m', run: () => measure(1_000_000, '1M', 3) },
  {
    name: 'customers.engine-10m',
    run: async () =>
      process.env.CPO_BENCH_10M === '1'
        ? measure(10_000_000, '10M', 1)
        : { skipped: 'set CPO_BENCH_10M=1 (about 1 GB of CSV under the temp folder)' },
  },
];
