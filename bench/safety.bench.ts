import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { LocalSafetyScreener } from '../src/adapters/safety/local/localSafetyScreener';
import { screenJsonLines } from '../src/agents/safety/jsonl/screenJsonLines';
import { DEFAULT_SAFETY_POLICY } from '../src/agents/safety/policy/safetyPolicy';
import { SafetyService } from '../src/agents/safety/safetyService';
import type { Bench } from './bench';

const CORPUS_DIR = join(__dirname, '..', 'tests', 'safety', 'corpus');

/** ~20k JSONL lines cycling through the labelled corpus (benign, harmful, PII, injection, bad lines). */
function mixedLines(count: number): string[] {
  const corpus = readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .flatMap((file) => readFileSync(join(CORPUS_DIR, file), 'utf8').split('\n'))
    .filter((line) => line.trim() !== '');
  const extras = [
    'not json',
    '{"id": 1}',
    '',
    '{"id":"long","text":"' + 'Soft knits for cold days. '.repeat(200) + '"}',
  ];
  const pool = [...corpus, ...extras];
  return Array.from({ length: count }, (_, index) => pool[index % pool.length] as string);
}

async function screenLines(
  lines: string[],
  screener: LocalSafetyScreener = new LocalSafetyScreener(),
): Promise<{ ms: number; outputBytes: number }> {
  const service = new SafetyService(screener, DEFAULT_SAFETY_POLICY);
  const input = createInterface({ input: Readable.from([`${lines.join('\n')}\n`]), crlfDelay: Infinity });
  let outputBytes = 0;
  const start = performance.now();
  await screenJsonLines(input, service, (chunk) => {
    outputBytes += chunk.length;
  });
  return { ms: performance.now() - start, outputBytes };
}

const screenThroughput: Bench = {
  name: 'safety: cpo screen engine, 20k mixed JSONL lines (local screener, default policy)',
  async run() {
    const lines = mixedLines(20_000);
    await screenLines(lines.slice(0, 1_000)); // warm-up: compiles the lexicon patterns
    const { ms, outputBytes } = await screenLines(lines);
    // The same lines with the rules alone: what the trained classifier costs on top.
    const rulesOnly = await screenLines(lines, new LocalSafetyScreener({ classifier: null }));
    return {
      lines: lines.length,
      totalMs: Number(ms.toFixed(0)),
      linesPerSecond: Math.round(lines.length / (ms / 1000)),
      linesPerSecondRulesOnly: Math.round(lines.length / (rulesOnly.ms / 1000)),
      microsecondsPerLine: Number(((ms * 1000) / lines.length).toFixed(1)),
      outputMiB: Number((outputBytes / 1024 / 1024).toFixed(2)),
    };
  },
};

const longText: Bench = {
  name: 'safety: screen one 500k-character text in full',
  async run() {
    const service = new SafetyService(new LocalSafetyScreener(), DEFAULT_SAFETY_POLICY);
    const text = `${'Lovely soft sweaters for everyone, free shipping over $50. '.repeat(8_500)}I will kill you.`;
    await service.screenText(text.slice(0, 10_000));
    const start = performance.now();
    const result = await service.screenText(text);
    return {
      characters: text.length,
      ms: Number((performance.now() - start).toFixed(0)),
      verdict: result.verdict,
    };
  },
};

export const benches: Bench[] = [screenThroughput, longText];
