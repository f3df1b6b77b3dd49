import { mkdtempSync } from 'node:fs';
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

/**
 * The bot under load (issue 16): offline defaults, 10,000 campaigns already in the tables, requests arriving
 * at a fixed rate whatever the answers (open loop) over HTTP with expectReplies. Knobs (environment):
 * CPO_BENCH_LOAD_SEED (campaigns, 10000), CPO_BENCH_LOAD_RATE (25/s), CPO_BENCH_LOAD_SECONDS (60),
 * CPO_BENCH_LOAD_LADDER (rates tried for the highest one meeting p95 ≤ 500 ms, "5,10,15,20,25,30"),
 * CPO_BENCH_LOAD_STEP_SECONDS (15).
 */
const REPO_ROOT = join(__dirname, '..');
const P95_TARGET_MS = 500;
const REQUEST_TIMEOUT_MS = 30_000;
const MARKETER = {
  id: 'user-id-0',
  aadObjectId: '00000000-0000-0000-0000-0000000000020',
  name: 'Alex Wilber',
};
const APPROVERS = [
  { id: 'user-id-1', aadObjectId: '00000000-0000-0000-0000-0000000000021', name: 'Megan Bowen' },
  { id: 'user-id-2', aadObjectId: '00000000-0000-0000-0000-0000000000022', name: 'Adele Vance' },
];
const DRAFTS = [
  "draft a win-back email for customers who haven't bought in 90 days, promote the spring sale, 3 variants",
  'Create two SMS messages for lapsed customers about free shipping',
  'draft 2 emails for VIP customers about the spring sale',
];
const QUESTIONS = ['show me pending approvals', "what's running?", 'help', 'show my campaigns'];
/** Where the seeded campaigns are on their way (most of a store's history is decided). */
const SEED_STATES: Array<[CampaignState, number]> = [
  ['decided', 0.7],
  ['running', 0.15],
  ['approved', 0.1],
  ['in_review', 0.04],
  ['drafted', 0.01],
];

type User = typeof MARKETER;
interface VariantRef {
  campaignId: string;
  variantId: string;
}
interface Sample {
  kind: 'draft' | 'approve' | 'question';
  ms: number;
  ok: boolean;
  busy: boolean;
}
interface Click {
  ref: VariantRef;
  approver: User;
  confirmed: boolean;
}

function env(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(
  port: number,
  activity: Record<string, unknown>,
): Promise<{ status: number; body: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    body: JSON.stringify({
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/',
      recipient: { id: 'bot', name: 'Campaign Assistant' },
      id: `act-${Math.random().toString(36).slice(2)}`,
      timestamp: new Date().toISOString(),
      ...(activity.type === 'invoke' ? {} : { deliveryMode: 'expectReplies' }),
      ...activity,
    }),
  });
  return { status: response.status, body: await response.text() };
}

const say = (port: number, user: User, text: string, conversation: string) =>
  post(port, {
    type: 'message',
    text,
    from: { id: user.id, aadObjectId: user.aadObjectId, name: user.name },
    conversation: { id: conversation, conversationType: 'personal' },
  });

const click = (port: number, user: User, ref: VariantRef) =>
  post(port, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb: 'approveVariant', data: ref } },
    from: { id: user.id, aadObjectId: user.aadObjectId, name: user.name },
    conversation: { id: `review-${user.id}`, conversationType: 'personal' },
  });

/** The approvable variants a draft reply offers (its cards' approve buttons). */
function refsOf(body: string): VariantRef[] {
  const refs: VariantRef[] = [];
  const pattern = /"verb":"approveVariant"[^{}]*?"data":\{"campaignId":"([^"]+)","variantId":"([^"]+)"/g;
  for (const match of body.matchAll(pattern)) refs.push({ campaignId: match[1]!, variantId: match[2]! });
  return refs;
}

const BUSY = /busy|taking longer than it should|faster than I can handle/i;

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

interface LoadResult {
  samples: Sample[];
  clicks: Click[];
  /** Approval clicks not sent: no approvable variant was left (drafts too slow to supply them). */
  skippedClicks: number;
}

/**
 * Sends `rate` requests per second for `seconds`, on a fixed schedule whatever the answers: 40 % drafts,
 * 30 % approval clicks (on variants drafted before or during the run), 30 % questions.
 */
async function openLoop(
  port: number,
  rate: number,
  seconds: number,
  pool: VariantRef[],
): Promise<LoadResult> {
  const total = Math.round(rate * seconds);
  const samples: Sample[] = [];
  const clicks: Click[] = [];
  const skipped = { count: 0 };
  const inFlight: Array<Promise<void>> = [];
  const started = performance.now();
  for (let index = 0; index < total; index += 1) {
    const due = started + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const roll = index % 10;
    const kind: Sample['kind'] = roll < 4 ? 'draft' : roll < 7 ? 'approve' : 'question';
    inFlight.push(
      (async () => {
        const sent = performance.now();
        let ok = false;
        let busy = false;
        try {
          if (kind === 'draft') {
            const reply = await say(port, MARKETER, DRAFTS[index % DRAFTS.length]!, `load-${index % 8}`);
            ok = reply.status === 200 && !BUSY.test(reply.body);
            busy = BUSY.test(reply.body);
            pool.push(...refsOf(reply.body));
          } else if (kind === 'approve') {
            // Mostly fresh variants; every fifth click repeats one (same approver) to test idempotency.
            const ref = index % 5 === 0 ? pool[0] : pool.pop();
            const approver = APPROVERS[index % APPROVERS.length]!;
            if (ref) {
              const reply = await click(port, approver, ref);
              busy = BUSY.test(reply.body);
              ok = reply.status === 200 && !busy;
              const confirmed = /Approved by|Approval recorded/.test(reply.body);
              clicks.push({ ref, approver, confirmed });
            } else {
              skipped.count += 1;
              return;
            }
          } else {
            const user = index % 2 === 0 ? APPROVERS[0]! : MARKETER;
            const reply = await say(port, user, QUESTIONS[index % QUESTIONS.length]!, `ask-${user.id}`);
            busy = BUSY.test(reply.body);
            ok = reply.status === 200 && !busy;
          }
        } catch {
          ok = false;
        }
        samples.push({ kind, ms: performance.now() - sent, ok, busy });
      })(),
    );
  }
  await Promise.all(inFlight);
  return { samples, clicks, skippedClicks: skipped.count };
}

function summarize(samples: Sample[]): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const kind of ['all', 'draft', 'approve', 'question'] as const) {
    const times = samples
      .filter((sample) => kind === 'all' || sample.kind === kind)
      .map((sample) => sample.ms)
      .sort((a, b) => a - b);
    figures[`${kind}P50Ms`] = Math.round(percentile(times, 0.5));
    figures[`${kind}P95Ms`] = Math.round(percentile(times, 0.95));
  }
  figures.maxMs = Math.round(Math.max(...samples.map((sample) => sample.ms)));
  figures.requests = samples.length;
  figures.errors = samples.filter((sample) => !sample.ok && !sample.busy).length;
  figures.busyAnswers = samples.filter((sample) => sample.busy).length;
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

/** Table requests per draft and per approval click, sequentially (no other traffic). */
async function roundTripsPer(port: number, pool: VariantRef[]): Promise<Record<string, number | string>> {
  const runs = 5;
  const before = tableRoundTrips().total;
  const beforeByOperation = tableRoundTrips().byOperation;
  for (let run = 0; run < runs; run += 1)
    pool.push(...refsOf((await say(port, MARKETER, DRAFTS[0]!, 'rt')).body));
  const afterDrafts = tableRoundTrips().total;
  const draftByOperation = Object.entries(tableRoundTrips().byOperation)
    .map(([operation, count]) => `${operation} ${(count - (beforeByOperation[operation] ?? 0)) / runs}`)
    .filter((entry) => !entry.endsWith(' 0'))
    .join(', ');
  for (let run = 0; run < runs; run += 1) {
    const ref = pool.pop();
    if (ref) await click(port, APPROVERS[0]!, ref);
  }
  const afterClicks = tableRoundTrips().total;
  for (let run = 0; run < runs; run += 1) await say(port, APPROVERS[0]!, QUESTIONS[0]!, 'rt-queue');
  const afterQueue = tableRoundTrips().total;
  return {
    tableRequestsPerDraft: Math.round((afterDrafts - before) / runs),
    tableRequestsPerDraftByOperation: draftByOperation,
    tableRequestsPerApprovalClick: Math.round((afterClicks - afterDrafts) / runs),
    tableRequestsPerQueueQuestion: Math.round((afterQueue - afterClicks) / runs),
  };
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
          const perRequest = await roundTripsPer(bot.port, pool);
          // A stock of approvable variants so the first clicks have something to approve.
          for (let run = 0; run < 10; run += 1) {
            pool.push(...refsOf((await say(bot.port, MARKETER, DRAFTS[run % DRAFTS.length]!, 'stock')).body));
          }
          const loadBefore = loadavg()[0]!;
          const main = await openLoop(bot.port, rate, seconds, pool);
          const loadAfter = loadavg()[0]!;
          await sleep(5000); // turns that timed out may still be finishing in the background
          const approvals = await checkApprovals(store, main.clicks);
          const steps: Record<string, number> = {};
          let highestRateMeetingP95 = 0;
          for (const stepRate of ladder) {
            const step = summarize((await openLoop(bot.port, stepRate, stepSeconds, pool)).samples);
            steps[`ladder${stepRate}PerSecP95Ms`] = step.allP95Ms!;
            steps[`ladder${stepRate}PerSecErrors`] = step.errors! + step.busyAnswers!;
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
            ...summarize(main.samples),
            ...approvals,
            approvalClicksSkipped: main.skippedClicks,
            loadAverage1mBefore: Math.round(loadBefore * 100) / 100,
            loadAverage1mAfter: Math.round(loadAfter * 100) / 100,
            ...steps,
            highestRateMeetingP95,
            ladderStepSeconds: stepSeconds,
          };
        } finally {
          await bot.close();
        }
      } finally {
        await stopChild(azurite);
      }
    },
  },
];
