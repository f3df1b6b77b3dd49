import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAFETY_REASONS, type SafetyReason, type Verdict } from '../../../src/domain/variant';
import { LocalSafetyScreener } from '../../../src/adapters/safety/local/localSafetyScreener';
import { loadSafetyPolicy } from '../../../src/agents/safety/policy/loadSafetyPolicy';
import { SafetyService } from '../../../src/agents/safety/safetyService';

/** One labelled line of the corpus: the verdict and reasons a careful human reviewer would give. */
export interface CorpusEntry {
  id: string;
  lang: 'en' | 'es' | 'de' | 'fr';
  text: string;
  expect: Verdict;
  reasons: SafetyReason[];
}

export interface ReasonMetrics {
  reason: SafetyReason;
  support: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface CorpusReport {
  split: string;
  lines: number;
  harmful: number;
  benign: number;
  /** Harmful lines (expected review or block) that got review or block. */
  harmfulRecall: number;
  /** Benign lines (expected pass) that got review or block. */
  falsePositiveRate: number;
  verdictAccuracy: number;
  perReason: ReasonMetrics[];
  misses: Array<{ id: string; text: string; expected: string; got: string }>;
}

export const CORPUS_DIR = join(__dirname);

export function readCorpus(file: string): CorpusEntry[] {
  return readFileSync(join(CORPUS_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusEntry);
}

export async function evaluateCorpus(split: string, entries: CorpusEntry[]): Promise<CorpusReport> {
  const policy = loadSafetyPolicy(join(CORPUS_DIR, '..', '..', '..', 'config', 'policy.yaml'));
  const service = new SafetyService(new LocalSafetyScreener(), policy);
  const results = await service.screenTexts(entries.map((entry) => ({ id: entry.id, text: entry.text })));
  const counts = new Map<SafetyReason, { tp: number; fp: number; fn: number }>();
  SAFETY_REASONS.forEach((reason) => counts.set(reason, { tp: 0, fp: 0, fn: 0 }));
  let harmful = 0;
  let caught = 0;
  let benign = 0;
  let falseAlarms = 0;
  let exact = 0;
  const misses: CorpusReport['misses'] = [];
  entries.forEach((entry, index) => {
    const result = results[index];
    if (result === undefined) return;
    const expectedHarmful = entry.expect !== 'pass';
    const flagged = result.verdict !== 'pass';
    if (expectedHarmful) {
      harmful += 1;
      if (flagged) caught += 1;
    } else {
      benign += 1;
      if (flagged) falseAlarms += 1;
    }
    if (result.verdict === entry.expect) exact += 1;
    for (const reason of SAFETY_REASONS) {
      const tally = counts.get(reason);
      if (tally === undefined) continue;
      const expected = entry.reasons.includes(reason);
      const got = result.reasons.includes(reason);
      if (expected && got) tally.tp += 1;
      else if (got) tally.fp += 1;
      else if (expected) tally.fn += 1;
    }
    const reasonsMatch = entry.reasons.every((reason) => result.reasons.includes(reason));
    if (expectedHarmful !== flagged || !reasonsMatch || (!expectedHarmful && result.reasons.length > 0)) {
      misses.push({
        id: entry.id,
        text: entry.text,
        expected: `${entry.expect} [${entry.reasons.join(',')}]`,
        got: `${result.verdict} [${result.reasons.join(',')}]`,
      });
    }
  });
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  const perReason = SAFETY_REASONS.map((reason) => {
    const { tp, fp, fn } = counts.get(reason) ?? { tp: 0, fp: 0, fn: 0 };
    return {
      reason,
      support: tp + fn,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
    };
  }).filter((metrics) => metrics.support > 0 || metrics.falsePositives > 0);
  return {
    split,
    lines: entries.length,
    harmful,
    benign,
    harmfulRecall: ratio(caught, harmful),
    falsePositiveRate: benign === 0 ? 0 : falseAlarms / benign,
    verdictAccuracy: ratio(exact, entries.length),
    perReason,
    misses,
  };
}

const pct = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(7);

export function formatReport(report: CorpusReport): string {
  const lines = [
    `Corpus split: ${report.split} (${report.lines} lines: ${report.harmful} harmful, ${report.benign} benign)`,
    `  harmful recall (review or block): ${pct(report.harmfulRecall)}   false positives on benign: ${pct(report.falsePositiveRate)}   exact verdict: ${pct(report.verdictAccuracy)}`,
    `  ${'reason'.padEnd(17)} ${'support'.padStart(7)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}`,
    ...report.perReason.map(
      (metrics) =>
        `  ${metrics.reason.padEnd(17)} ${String(metrics.support).padStart(7)} ${String(metrics.truePositives).padStart(4)} ${String(metrics.falsePositives).padStart(4)} ${String(metrics.falseNegatives).padStart(4)} ${pct(metrics.precision).padStart(9)} ${pct(metrics.recall)}`,
    ),
  ];
  if (report.misses.length > 0) {
    lines.push('  disagreements:');
    report.misses.forEach((miss) =>
      lines.push(
        `    ${miss.id}: expected ${miss.expected}, got ${miss.got} — ${JSON.stringify(miss.text).slice(0, 110)}`,
      ),
    );
  }
  return lines.join('\n');
}
