/**
 * Prints precision/recall per reason for every corpus split (or one):
 *   npx tsx tests/safety/corpus/printCorpusReport.ts [tuning|holdout|holdout2|…]
 */
import { readdirSync } from 'node:fs';
import { CORPUS_DIR, evaluateCorpus, formatReport, readCorpus } from './corpusEvaluation';

/** tuning first, then holdout, holdout2, … in numeric order. */
function splits(): string[] {
  const order = (name: string): number =>
    name === 'tuning' ? -1 : Number(name.replace('holdout', '') || '1');
  return readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith('.jsonl'))
    .map((file) => file.replace(/\.jsonl$/, ''))
    .sort((a, b) => order(a) - order(b));
}

async function run(): Promise<void> {
  const only = process.argv[2];
  for (const split of splits()) {
    if (only !== undefined && only !== split) continue;
    const report = await evaluateCorpus(split, readCorpus(`${split}.jsonl`));
    process.stdout.write(`${formatReport(report)}\n\n`);
  }
}

void run();
