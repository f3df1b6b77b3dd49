import { Readable, Writable } from 'node:stream';
import { analyzeExperiment } from '../src/experiments/analysis/analyzeExperiment';
import { parseAnalyzeInput } from '../src/experiments/analysis/analyzeInput';
import { assignJsonLines } from '../src/experiments/assignment/assignJsonLines';
import { assignVariation } from '../src/experiments/assignment/assignVariation';
import { binomialChanceToWin } from '../src/stats/betaChanceToWin';
import type { Bench } from './bench';

/** 100 binomial arms of ~10M users each; the conversions vary so every pairwise sum is different. */
function largeExperiment(): unknown {
  return {
    metric: 'binomial',
    control: 'arm-0',
    arms: Array.from({ length: 100 }, (_, index) => ({
      name: `arm-${index}`,
      users: 10_000_000 + index * 1_000,
      conversions: 1_000_000 + ((index * 7919) % 5_000),
    })),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const analyzeLarge: Bench = {
  name: 'stats: analyze 100 arms x 10M users (binomial)',
  async run() {
    const document = largeExperiment();
    analyzeExperiment(parseAnalyzeInput(document)); // warm-up
    const timings: number[] = [];
    for (let repeat = 0; repeat < 5; repeat++) {
      const start = performance.now();
      analyzeExperiment(parseAnalyzeInput(document));
      timings.push(performance.now() - start);
    }
    const control = { users: 10_000_000, conversions: 1_000_000 };
    const treatment = { users: 10_001_000, conversions: 1_003_000 };
    const chanceStart = performance.now();
    const chanceRepeats = 200;
    for (let repeat = 0; repeat < chanceRepeats; repeat++) binomialChanceToWin({ control, treatment });
    return {
      analyzeMedianMs: Number(median(timings).toFixed(2)),
      chanceToWinMsPerPair: Number(((performance.now() - chanceStart) / chanceRepeats).toFixed(3)),
      method: 'exact Beta sum walked outward from its largest term (O(sqrt n) terms per pair)',
    };
  },
};

const assignIds: Bench = {
  name: 'stats: assign 1M ids (GrowthBook hash v2)',
  async run() {
    const total = 1_000_000;
    const weights = [0.2, 0.3, 0.5];
    let checksum = 0;
    const start = performance.now();
    for (let index = 0; index < total; index++) {
      checksum += assignVariation({
        experiment: 'bench',
        id: `user-${index}`,
        weights,
        coverage: 0.9,
      }).variation;
    }
    const pureMs = performance.now() - start;

    function* lines(): Generator<Buffer> {
      let chunk = '';
      for (let index = 0; index < total; index++) {
        chunk += `{"experiment":"bench","id":"user-${index}","weights":[0.2,0.3,0.5],"coverage":0.9}\n`;
        if (chunk.length > 1 << 16) {
          yield Buffer.from(chunk);
          chunk = '';
        }
      }
      yield Buffer.from(chunk);
    }
    const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    const heapBefore = process.memoryUsage().heapUsed;
    const streamStart = performance.now();
    const summary = await assignJsonLines(Readable.from(lines()), sink, { warn: () => undefined });
    const streamMs = performance.now() - streamStart;
    return {
      assignOpsPerSecond: Math.round(total / (pureMs / 1000)),
      jsonlLinesPerSecond: Math.round(summary.lines / (streamMs / 1000)),
      jsonlMs: Math.round(streamMs),
      heapGrowthMiB: Number(((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20).toFixed(1)),
      checksum,
    };
  },
};

export const benches: Bench[] = [analyzeLarge, assignIds];
