import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench } from './bench';
import { AzureTableStore } from '../src/adapters/tables/azureTableStore';
import { CampaignRepository } from '../src/campaigns/campaignRepository';
import { Pseudonymizer } from '../src/privacy/pseudonymizer';
import { importEvents } from '../src/experiments/ingestion/importEvents';
import {
  createExperimentServices,
  initExperimentServices,
  type ExperimentServices,
} from '../src/experiments/definition/experimentServices';
import { launchExperiment } from '../src/experiments/definition/launchExperiment';
import { runSimulation } from '../src/experiments/simulation/runSimulation';
import { generateReport } from '../src/experiments/reporting/generateReport';
import { startAzuriteTables } from '../scripts/lib/azurite';
import { stopProcess } from '../scripts/lib/playground';

const REPO_ROOT = join(__dirname, '..');
const LINES = 1_000_000;
const CAMPAIGN = 'bench-import';
const MiB = 1024 * 1024;

/** Writes LINES engagement rows: deliveries for every customer, then opens, clicks, conversions, repeats. */
async function writeEventsFile(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write('campaign,arm,customer,type,timestamp,revenue,userAgent,region\n');
  const arms = ['control', 'v1', 'v2'];
  const regions = ['NA', 'EMEA', 'APAC', 'LATAM'];
  // Within the day before now: after the launch (minus its one-day tolerance) and not in the future.
  const start = Date.now() - 20 * 3600 * 1000;
  let buffer = '';
  for (let line = 0; line < LINES; line++) {
    const customer = line % 600_000;
    const arm = arms[customer % 3];
    const kind =
      line < 600_000 ? 'delivered' : ['open', 'open', 'click', 'conversion', 'unsubscribe'][line % 5];
    const revenue = kind === 'conversion' ? (20 + (line % 80)).toFixed(2) : '';
    const agent = kind === 'open' && line % 3 === 0 ? 'Mozilla/5.0' : '';
    const at = new Date(start + (line % 400_000) * 150).toISOString();
    buffer += `${CAMPAIGN},${arm},C${customer},${kind},${at},${revenue},${agent},${regions[customer % 4]}\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

/** Peak resident set size while `work` runs, sampled every 20 ms. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakMiB: number; ms: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  try {
    const result = await work();
    return {
      result,
      peakMiB: Math.round(Math.max(peak, process.memoryUsage().rss) / MiB),
      ms: performance.now() - started,
    };
  } finally {
    clearInterval(timer);
  }
}

async function servicesOnAzurite(): Promise<ExperimentServices> {
  const store = new AzureTableStore(
    { kind: 'connectionString', connectionString: 'UseDevelopmentStorage=true' },
    `bench${Date.now().toString(36)}`,
  );
  const services = createExperimentServices(store, {
    pseudonymizer: new Pseudonymizer('bench-pseudonym-key-0123456789', 'bench'),
  });
  await initExperimentServices(services);
  return services;
}

async function launch(
  services: ExperimentServices,
  campaignId: string,
  audience: number,
  holdout: boolean,
): Promise<void> {
  const campaigns: CampaignRepository = services.campaigns;
  const variant = (id: string) => ({
    variant: {
      id,
      campaignId,
      segmentId: 's',
      channel: 'email' as const,
      body: `Body ${id}`,
      citations: [],
      generator: 'template:bench@1',
    },
    status: 'approved' as const,
    approvals: [{ by: { id: 'a', name: 'A' }, at: new Date().toISOString() }],
    version: 1,
  });
  await campaigns.create(
    {
      id: campaignId,
      author: { id: 'm', name: 'M' },
      goal: 'win-back',
      topic: 'bench',
      channel: 'email',
      createdAt: new Date().toISOString(),
      segment: {
        id: 's',
        name: 'Bench',
        explanation: 'bench',
        size: audience,
        traits: [],
        method: 'rfm',
        criteria: {},
        reachableChannels: ['email'],
      },
      conversationId: 'c',
      status: 'draft',
    },
    [variant('v1'), variant('v2')],
  );
  await launchExperiment({ campaignId, holdout, actor: { id: 'bench', name: 'Bench' } }, services);
}

/**
 * Engagement ingestion and reporting on a real Azurite: a 1,000,000-line CSV import (lines/s, peak RSS),
 * the same file again (every block recognised as counted), a 200,000-recipient simulation and a report.
 */
export const benches: Bench[] = [
  {
    name: 'experiments: import 1M event lines, re-import, simulate 200k, report',
    async run() {
      const azurite = await startAzuriteTables(REPO_ROOT, () => undefined);
      const dir = mkdtempSync(join(tmpdir(), 'cpo-bench-events-'));
      const file = join(dir, 'events.csv');
      try {
        await writeEventsFile(file);
        const services = await servicesOnAzurite();
        await launch(services, CAMPAIGN, 600_000, false);
        const first = await withPeakRss(() =>
          importEvents(createReadStream(file), { name: 'events.csv' }, services),
        );
        const again = await withPeakRss(() =>
          importEvents(createReadStream(file), { name: 'events.csv' }, services),
        );
        await launch(services, 'bench-sim', 200_000, true);
        const simulation = await withPeakRss(() =>
          runSimulation({ campaignId: 'bench-sim', days: 7, lift: 0.12, seed: 1 }, services),
        );
        const started = performance.now();
        await generateReport(
          { campaign: 'bench-sim', outDir: dir, displayDir: dir, actor: 'bench' },
          services,
        );
        const reportMs = performance.now() - started;
        return {
          lines: first.result.lines,
          imported: first.result.imported,
          malformed: first.result.malformed,
          fileMiB: Math.round(statSync(file).size / MiB),
          importMs: Math.round(first.ms),
          importLinesPerSec: Math.round(first.result.lines / (first.ms / 1000)),
          importPeakRssMiB: first.peakMiB,
          reimportMs: Math.round(again.ms),
          reimportSkipped: again.result.skipped,
          simulate200kMs: Math.round(simulation.ms),
          simulatedEvents: simulation.result.events,
          reportMs: Math.round(reportMs),
          peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
        };
      } finally {
        rmSync(dir, { recursive: true, force: true });
        await stopProcess(azurite);
      }
    },
  },
];
