import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench } from './bench';
import { generateSyntheticCustomers } from '../src/customers/syntheticCustomers';
import { writeCustomersCsv } from '../src/customers/writeCustomersCsv';
import { readCustomersFile } from '../src/customers/readCustomersCsv';
import { segmentCustomers } from '../src/agents/segmentation/segmentCustomers';
import { loadContentDirectory } from '../src/content/loadContentDirectory';
import { LocalContentIndex } from '../src/adapters/search/local/localContentIndex';

const CUSTOMERS = 100_000;
const MiB = 1024 * 1024;

const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** Samples RSS every few milliseconds while `work` runs; returns its result and the peak. */
async function withPeakRss<T>(
  work: () => Promise<T>,
): Promise<{ result: T; peakRssMiB: number; baseRssMiB: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakRssMiB: round(peak / MiB), baseRssMiB: round(base / MiB) };
  } finally {
    clearInterval(timer);
  }
}

async function writeSample(file: string): Promise<number> {
  return writeCustomersCsv(
    generateSyntheticCustomers({ count: CUSTOMERS, seed: 42 }),
    createWriteStream(file),
  );
}

export const benches: Bench[] = [
  {
    name: 'data.generate-customers-100k',
    async run() {
      const dir = mkdtempSync(join(tmpdir(), 'cpo-bench-'));
      try {
        const file = join(dir, 'customers.csv');
        const started = performance.now();
        const { result: rows, peakRssMiB, baseRssMiB } = await withPeakRss(() => writeSample(file));
        const ms = performance.now() - started;
        return {
          rows,
          ms: round(ms),
          rowsPerSecond: Math.round(rows / (ms / 1000)),
          fileMiB: round(statSync(file).size / MiB),
          peakRssMiB,
          baseRssMiB,
        };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'data.segment-customers-100k',
    async run() {
      const dir = mkdtempSync(join(tmpdir(), 'cpo-bench-'));
      try {
        const file = join(dir, 'customers.csv');
        await writeSample(file);
        global.gc?.();
        const started = performance.now();
        const { result, peakRssMiB, baseRssMiB } = await withPeakRss(() =>
          segmentCustomers({ inactiveDays: 90 }, () => readCustomersFile(file)),
        );
        const ms = performance.now() - started;
        const rfmStarted = performance.now();
        const rfm = await withPeakRss(() =>
          segmentCustomers({ method: 'rfm' }, () => readCustomersFile(file)),
        );
        const rfmMs = performance.now() - rfmStarted;
        return {
          customers: result.population,
          inactive90Ms: round(ms),
          inactive90RowsPerSecond: Math.round(result.population / (ms / 1000)),
          inactive90PeakRssMiB: peakRssMiB,
          rfmBreakdownMs: round(rfmMs),
          rfmPeakRssMiB: rfm.peakRssMiB,
          baseRssMiB,
          segmentSize: result.segment.size,
        };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'data.content-index-search',
    async run() {
      const { documents } = await loadContentDirectory(join(__dirname, '..', 'data', 'content'));
      const buildStarted = performance.now();
      const index = LocalContentIndex.fromDocuments(documents);
      const buildMs = performance.now() - buildStarted;
      const queries = [
        'spring sale',
        'free shipping',
        'win-back offer',
        'Frühlingsverkauf',
        '春のセール',
        'loyalty points',
      ];
      const searches = 3000;
      const started = performance.now();
      for (let i = 0; i < searches; i += 1) {
        await index.search({
          text: queries[i % queries.length] ?? '',
          validOn: '2026-11-25',
          channel: 'email',
          top: 5,
        });
      }
      const ms = performance.now() - started;
      return {
        documents: documents.length,
        buildMs: round(buildMs, 2),
        searchMeanMs: round(ms / searches, 3),
        searchesPerSecond: Math.round(searches / (ms / 1000)),
      };
    },
  },
];
