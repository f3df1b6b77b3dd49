import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench } from './bench';
import { tableRoundTrips } from '../src/adapters/tables/tableRoundTrips';
import { createComponents } from '../src/app/createComponents';
import { createTableStore } from '../src/app/createTableStore';
import { seedSampleData } from '../src/app/seedSampleData';
import { startBot } from '../src/app/startBot';
import { AUDIT_TABLE } from '../src/audit/auditLog';
import type { AuditRecord } from '../src/audit/auditRecord';
import {
  CAMPAIGNS_BY_AUTHOR_TABLE,
  CAMPAIGNS_BY_STATE_TABLE,
  CAMPAIGNS_TABLE,
} from '../src/campaigns/campaignRepository';
import { summarizeCampaign, type CampaignState } from '../src/campaigns/campaignState';
import { loadConfig } from '../src/config/loadConfig';
import type { Campaign, VariantReview } from '../src/domain/campaign';
import type { TableEntity, TableStore } from '../src/ports/TableStore';
import { createSilentLogger } from '../src/shared/logger';
import {
  azuriteConnectionString,
  freePort,
  startPrivateAzurite,
  stopChild,
} from '../scripts/lib/privateAzurite';
import {
  APPROVERS,
  click,
  DRAFTS,
  LoadClient,
  MARKETER,
  QUESTIONS,
  refsOf,
  say,
  type Click,
  type Sample,
  type VariantRef,
} from './botLoadClient';

/**
 * The bot under load (issue 16): offline defaults, 10,000 campaigns already in the tables, requests arriving
 * at a fixed rate whatever the answers (open loop) over HTTP with expectReplies. Knobs (environment):
 * CPO_BENCH_LOAD_SEED (campaigns, 10000), CPO_BENCH_LOAD_RATE (25/s), CPO_BENCH_LOAD_SECONDS (60),
 * CPO_BENCH_LOAD_LADDER (rates tried for the highest one meeting p95 ≤ 500 ms, "5,10,15,20,25,30"),
 * CPO_BENCH_LOAD_STEP_SECONDS (15).
 */
const REPO_ROOT = join(__dirname, '..');
const P95_TARGET_MS = 500;
/** Where the seeded campaigns are on their way (most of a store's history is decided). */
const SEED_STATES: Array<[CampaignState, number]> = [
  ['decided', 0.7],
  ['running', 0.15],
  ['approved', 0.1],
  ['in_review', 0.04],
  ['drafted', 0.01],
];
function env(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CPU seconds a child process has used so far (Linux /proc; undefined elsewhere). */
function childCpuSeconds(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks
  } catch {
    return undefined;
  }
}

/**
 * Where a run's time went: CPU of the bot process and of the table service per second of wall time, and the
 * average table request time by operation (as the bot saw it, waiting included).
 */
async function measured<T>(
  azurite: ChildProcess,
  run: () => Promise<T>,
): Promise<{ result: T; figures: Record<string, number | string> }> {
  const wallStarted = performance.now();
  const botCpu = process.cpuUsage();
  const tableCpu = childCpuSeconds(azurite.pid);
  const tables = tableRoundTrips();
  const result = await run();
  const wall = (performance.now() - wallStarted) / 1000;
  const botUsed = process.cpuUsage(botCpu);
  const tableUsed = childCpuSeconds(azurite.pid);
  const after = tableRoundTrips();
  const msByOperation = Object.entries(after.msByOperation)
    .map(([operation, ms]) => {
      const count = (after.byOperation[operation] ?? 0) - (tables.byOperation[operation] ?? 0);
      const spent = ms - (tables.msByOperation[operation] ?? 0);
      return count > 0 ? `${operation} ${Math.round(spent / count)} ms × ${count}` : '';
    })
    .filter((entry) => entry !== '')
    .join(', ');
  return {
    result,
    figures: {
      botCpuSeconds: Math.round((botUsed.user + botUsed.system) / 1e5) / 10,
      ...(tableCpu === undefined || tableUsed === undefined
        ? {}
        : { tableServiceCpuSeconds: Math.round((tableUsed - tableCpu) * 10) / 10 }),
      botCpuShare: Math.round(((botUsed.user + botUsed.system) / 1e6 / wall) * 100) / 100,
      ...(tableCpu === undefined || tableUsed === undefined
        ? {}
        : { tableServiceCpuShare: Math.round(((tableUsed - tableCpu) / wall) * 100) / 100 }),
      tableRequestMsByOperation: msByOperation,
    },
  };
}

/**
 * Seeds `count` campaigns by cloning a real drafted one: one batch per campaign partition and index rows in
 * batches of 100 per partition, eight requests in flight.
 */
async function seedCampaigns(store: TableStore, template: VariantRef, count: number): Promise<void> {
  const rows = await store.listPartition<TableEntity & { json: string }>(
    CAMPAIGNS_TABLE,
    template.campaignId,
  );
  const campaign = JSON.parse(rows.find((row) => row.entity.rowKey === 'campaign')!.entity.json) as Campaign;
  const variantRows = rows.filter((row) => row.entity.rowKey.startsWith('variant_'));
  const reviews = variantRows.map((row) => JSON.parse(row.entity.json) as VariantReview);
  const byState = new Map<string, TableEntity[]>();
  const byAuthor = new Map<string, TableEntity[]>();
  const jobs: Array<() => Promise<unknown>> = [];
  let cumulative = 0;
  const thresholds = SEED_STATES.map(([state, share]) => [state, (cumulative += share)] as const);
  for (let index = 0; index < count; index += 1) {
    const id = `seed-${index.toString().padStart(6, '0')}`;
    const author = { id: `seed-author-${index % 100}`, name: `Seed Author ${index % 100}` };
    const createdAt = new Date(Date.parse('2026-01-01T00:00:00Z') + index * 60_000).toISOString();
    const copy: Campaign = { ...campaign, id, author, createdAt };
    const state = thresholds.find(([, upTo]) => index / count < upTo)?.[0] ?? 'decided';
    const summary = { ...summarizeCampaign(copy, reviews), state };
    const json = JSON.stringify(summary);
    byState.set(state, [...(byState.get(state) ?? []), { partitionKey: state, rowKey: id, json }]);
    const authorKey = author.id;
    byAuthor.set(authorKey, [
      ...(byAuthor.get(authorKey) ?? []),
      { partitionKey: authorKey, rowKey: id, json },
    ]);
    jobs.push(() =>
      store.transact(CAMPAIGNS_TABLE, [
        { kind: 'upsert', entity: { partitionKey: id, rowKey: 'campaign', json: JSON.stringify(copy) } },
        ...variantRows.map((row) => ({
          kind: 'upsert' as const,
          entity: { partitionKey: id, rowKey: row.entity.rowKey, json: row.entity.json },
        })),
      ]),
    );
  }
  for (const [table, partitions] of [
    [CAMPAIGNS_BY_STATE_TABLE, byState],
    [CAMPAIGNS_BY_AUTHOR_TABLE, byAuthor],
  ] as const) {
    for (const entities of partitions.values()) {
      for (let start = 0; start < entities.length; start += 100) {
        const chunk = entities.slice(start, start + 100);
        jobs.push(() =>
          store.transact(
            table,
            chunk.map((entity) => ({ kind: 'upsert' as const, entity })),
          ),
        );
      }
    }
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < jobs.length) await jobs[next++]!();
    }),
  );
}

/**
 * Latencies of all answers and of the served ones (busy answers are fast but not a success, so they are
 * left out of the served figures and counted as a share instead).
 */
function summarize(samples: Sample[]): Record<string, number> {
  const figures: Record<string, number> = {};
  const served = samples.filter((sample) => !sample.busy);
  for (const kind of ['all', 'draft', 'approve', 'question'] as const) {
    const times = served
      .filter((sample) => kind === 'all' || sample.kind === kind)
      .map((sample) => sample.ms)
      .sort((a, b) => a - b);
    const prefix = kind === 'all' ? 'served' : kind;
    figures[`${prefix}P50Ms`] = Math.round(percentile(times, 0.5));
    figures[`${prefix}P95Ms`] = Math.round(percentile(times, 0.95));
  }
  const all = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  figures.allP50Ms = Math.round(percentile(all, 0.5));
  figures.allP95Ms = Math.round(percentile(all, 0.95));
  figures.maxMs = Math.round(Math.max(...samples.map((sample) => sample.ms)));
  figures.requests = samples.length;
  figures.errors = samples.filter((sample) => !sample.ok && !sample.busy).length;
  figures.busyAnswers = samples.filter((sample) => sample.busy).length;
  figures.busyShare = Math.round((figures.busyAnswers / Math.max(1, samples.length)) * 1000) / 1000;
  return figures;
}

/** Every confirmed approval is in the table once; no approver twice on a variant; audit records match. */
async function checkApprovals(store: TableStore, clicks: Click[]): Promise<Record<string, number>> {
  const byVariant = new Map<string, Click[]>();
  for (const entry of clicks) {
    const key = `${entry.ref.campaignId}/${entry.ref.variantId}`;
    byVariant.set(key, [...(byVariant.get(key) ?? []), entry]);
  }
  let lost = 0;
  let doubled = 0;
  let auditMismatch = 0;
  for (const [key, entries] of byVariant) {
    const [campaignId, variantId] = key.split('/') as [string, string];
    const row = await store.get<TableEntity & { json: string }>(
      CAMPAIGNS_TABLE,
      campaignId,
      `variant_${variantId}`,
    );
    const review = row ? (JSON.parse(row.entity.json) as VariantReview) : undefined;
    const ids = review?.approvals.map((decision) => decision.by.id) ?? [];
    doubled += ids.length - new Set(ids).size;
    for (const entry of entries.filter((item) => item.confirmed)) {
      if (!review?.approvals.some((decision) => decision.by.name === entry.approver.name)) lost += 1;
    }
    const audit = await store.listPartition<AuditRecord>(AUDIT_TABLE, campaignId);
    const recorded = audit.filter(
      (record) =>
        record.entity.action === 'approval' &&
        (JSON.parse(record.entity.details) as { variantId?: string }).variantId === variantId,
    ).length;
    if (recorded !== ids.length) auditMismatch += 1;
  }
  return {
    approvalClicks: clicks.length,
    confirmedApprovals: clicks.filter((entry) => entry.confirmed).length,
    variantsClicked: byVariant.size,
    lostApprovals: lost,
    doubleCountedApprovals: doubled,
    auditApprovalMismatches: auditMismatch,
  };
}

/** What one kind of turn sent to the table service, per turn: "get Campaigns 1, transact Audit 2, ...". */
function perTurn(before: Record<string, number>, after: Record<string, number>, runs: number): string {
  return Object.entries(after)
    .map(([key, count]) => [key, (count - (before[key] ?? 0)) / runs] as const)
    .filter(([, count]) => count > 0)
    .map(([key, count]) => `${key} ${Math.round(count * 10) / 10}`)
    .join(', ');
}

/** CPU milliseconds used so far by this process (the bot) and by the table service. */
function cpuNow(azurite: ChildProcess): { bot: number; table: number } {
  const usage = process.cpuUsage();
  return { bot: (usage.user + usage.system) / 1000, table: (childCpuSeconds(azurite.pid) ?? NaN) * 1000 };
}

/**
 * Table requests and CPU milliseconds (bot, table service) per draft, per approval click and per queue
 * question, sent one at a time with no other traffic: figures that do not depend on the machine's load.
 */
async function costPerTurn(
  port: number,
  pool: VariantRef[],
  azurite: ChildProcess,
): Promise<Record<string, number | string>> {
  const runs = 10;
  const kinds = [
    ['Draft', () => say(port, MARKETER, DRAFTS[0]!, 'rt').then((reply) => pool.push(...refsOf(reply.body)))],
    [
      'ApprovalClick',
      async () => {
        const ref = pool.pop();
        if (ref) await click(port, APPROVERS[0]!, ref);
      },
    ],
    ['QueueQuestion', () => say(port, APPROVERS[0]!, QUESTIONS[0]!, 'rt-queue')],
  ] as const;
  const figures: Record<string, number | string> = {};
  for (const [kind, send] of kinds) {
    const tables = tableRoundTrips();
    const cpu = cpuNow(azurite);
    for (let run = 0; run < runs; run += 1) await send();
    const cpuAfter = cpuNow(azurite);
    const after = tableRoundTrips();
    figures[`tableRequestsPer${kind}`] = Math.round(((after.total - tables.total) / runs) * 10) / 10;
    figures[`tableRequestsPer${kind}ByTable`] = perTurn(
      tables.byOperationAndTable,
      after.byOperationAndTable,
      runs,
    );
    figures[`botCpuMsPer${kind}`] = Math.round((cpuAfter.bot - cpu.bot) / runs);
    figures[`tableServiceCpuMsPer${kind}`] = Math.round((cpuAfter.table - cpu.table) / runs);
  }
  return figures;
}

export const benches: Bench[] = [
  {
    name: 'bot.load',
    async run() {
      const seedCount = env('CPO_BENCH_LOAD_SEED', 10_000);
      const rate = env('CPO_BENCH_LOAD_RATE', 25);
      const seconds = env('CPO_BENCH_LOAD_SECONDS', 60);
      const stepSeconds = env('CPO_BENCH_LOAD_STEP_SECONDS', 15);
      const ladder = (process.env.CPO_BENCH_LOAD_LADDER ?? '5,10,15,20,25,30')
        .split(',')
        .map(Number)
        .filter((value) => value > 0);
      // A private, in-memory table service: the shared one serves other test runs, and this one ends empty.
      const tablePort = await freePort();
      const azurite = await startPrivateAzurite(REPO_ROOT, tablePort);
      const prefix = `load${Date.now().toString(36)}`;
      const config = loadConfig(
        {
          PORT: '0',
          CPO_TABLES_PREFIX: prefix,
          CPO_TABLES_CONNECTION_STRING: azuriteConnectionString(tablePort),
          CPO_OUT_DIR: mkdtempSync(join(tmpdir(), 'cpo-bench-load-')),
          CPO_LOG_LEVEL: 'silent',
          // The load is one marketer and two approvers: per-user limits would answer most of it with 429.
          CPO_USER_TURNS_PER_MINUTE: '10000',
          CPO_CONVERSATION_TURNS_PER_MINUTE: '10000',
        },
        REPO_ROOT,
      );
      const logger = createSilentLogger();
      const store = createTableStore(config);
      try {
        await seedSampleData(config, logger);
        const bot = await startBot(config, logger, await createComponents(config, logger));
        try {
          const pool: VariantRef[] = [];
          const warmUp = await say(bot.port, MARKETER, DRAFTS[0]!, 'warm-up');
          const template = refsOf(warmUp.body)[0];
          if (!template)
            throw new Error(`the warm-up draft offered no approvable variant: ${warmUp.body.slice(0, 300)}`);
          const seedStarted = performance.now();
          await seedCampaigns(store, template, seedCount);
          const seedSeconds = (performance.now() - seedStarted) / 1000;
          const perRequest = await costPerTurn(bot.port, pool, azurite);
          // A stock of approvable variants so the first clicks have something to approve.
          for (let run = 0; run < 10; run += 1) {
            pool.push(...refsOf((await say(bot.port, MARKETER, DRAFTS[run % DRAFTS.length]!, 'stock')).body));
          }
          const client = LoadClient.start();
          try {
            const loadBefore = loadavg()[0]!;
            const main = await measured(azurite, () => client.run({ port: bot.port, rate, seconds, pool }));
            const loadAfter = loadavg()[0]!;
            pool.splice(0, pool.length, ...main.result.pool);
            await sleep(5000); // turns that timed out may still be finishing in the background
            const approvals = await checkApprovals(store, main.result.clicks);
            const steps: Record<string, number> = {};
            let highestRateMeetingP95 = 0;
            for (const stepRate of ladder) {
              const stepLoad = loadavg()[0]!;
              const result = await client.run({ port: bot.port, rate: stepRate, seconds: stepSeconds, pool });
              pool.splice(0, pool.length, ...result.pool);
              const step = summarize(result.samples);
              steps[`ladder${stepRate}PerSecP95Ms`] = step.allP95Ms!;
              steps[`ladder${stepRate}PerSecServedP95Ms`] = step.servedP95Ms!;
              steps[`ladder${stepRate}PerSecBusy`] = step.busyAnswers!;
              steps[`ladder${stepRate}PerSecErrors`] = step.errors!;
              steps[`ladder${stepRate}PerSecLoadAverage1m`] = Math.round(stepLoad * 100) / 100;
              if (step.allP95Ms! > P95_TARGET_MS || step.errors! + step.busyAnswers! > 0) break;
              highestRateMeetingP95 = stepRate;
              await sleep(2000);
            }
            return {
              seededCampaigns: seedCount,
              seedSeconds: Math.round(seedSeconds * 10) / 10,
              ...perRequest,
              ratePerSec: rate,
              seconds,
              ...summarize(main.result.samples),
              ...main.figures,
              ...approvals,
              approvalClicksSkipped: main.result.skippedClicks,
              loadAverage1mBefore: Math.round(loadBefore * 100) / 100,
              loadAverage1mAfter: Math.round(loadAfter * 100) / 100,
              ...steps,
              highestRateMeetingP95,
              ladderStepSeconds: stepSeconds,
            };
          } finally {
            client.stop();
          }
        } finally {
          await bot.close();
        }
      } finally {
        await stopChild(azurite);
      }
    },
  },
];
