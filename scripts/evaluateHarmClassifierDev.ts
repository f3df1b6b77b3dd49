import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HarmClassifier } from '../src/adapters/safety/local/classifier/harmClassifier';
import { LocalSafetyScreener } from '../src/adapters/safety/local/localSafetyScreener';
import { loadSafetyPolicy } from '../src/agents/safety/policy/loadSafetyPolicy';
import { SafetyService } from '../src/agents/safety/safetyService';
import {
  FEATURE_OPTIONS,
  THRESHOLD_BUDGET,
  trainHarmClassifierModel,
  trainingFiles,
  type TrainingLine,
} from './lib/harmClassifierTraining';

/**
 * Trains the classifier the shipped way but without the dev splits (default: holdout23 and holdout24,
 * the implicit-harm splits already measured once), then screens them with the rules plus that model.
 * A development figure, not a first run: use it to compare training choices, never as the estimate.
 *   npx tsx scripts/evaluateHarmClassifierDev.ts [holdout23.jsonl holdout24.jsonl …]
 * CPO_DEV_THRESHOLD_BUDGET='{"allBenign":0.02}' and CPO_DEV_FEATURES='{"stems":true}' try other settings.
 */
const repoRoot = join(__dirname, '..');
const devSplits = process.argv.length > 2 ? process.argv.slice(2) : ['holdout23.jsonl', 'holdout24.jsonl'];

async function run(): Promise<void> {
  const started = Date.now();
  const budget = {
    ...THRESHOLD_BUDGET,
    ...(JSON.parse(process.env.CPO_DEV_THRESHOLD_BUDGET ?? '{}') as Partial<typeof THRESHOLD_BUDGET>),
  };
  const features = {
    ...FEATURE_OPTIONS,
    ...(JSON.parse(process.env.CPO_DEV_FEATURES ?? '{}') as Partial<typeof FEATURE_OPTIONS>),
  };
  const model = trainHarmClassifierModel(repoRoot, trainingFiles(repoRoot, devSplits), budget, features);
  const service = new SafetyService(
    new LocalSafetyScreener({ classifier: new HarmClassifier(model) }),
    loadSafetyPolicy(join(repoRoot, 'config', 'policy.yaml')),
  );
  const lines = [
    `trained on ${model.training.lines} lines in ${((Date.now() - started) / 1000).toFixed(0)} s; thresholds ` +
      model.labels.map((label) => `${label.label} ${label.threshold.toFixed(3)}`).join(', '),
    `cross-validation: ${JSON.stringify(model.crossValidation)}`,
  ];
  for (const split of devSplits) {
    const entries = readFileSync(join(repoRoot, 'tests/safety/corpus', split), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as TrainingLine);
    const results = await service.screenTexts(entries.map((entry) => ({ id: entry.id, text: entry.text })));
    const perReason = new Map<string, { caught: number; total: number }>();
    let caught = 0;
    let harmful = 0;
    let falseAlarms = 0;
    let benign = 0;
    entries.forEach((entry, index) => {
      const flagged = results[index]?.verdict !== 'pass';
      if (entry.expect === 'pass') {
        benign += 1;
        if (flagged) falseAlarms += 1;
        return;
      }
      harmful += 1;
      if (flagged) caught += 1;
      for (const reason of entry.reasons) {
        const tally = perReason.get(reason) ?? { caught: 0, total: 0 };
        tally.total += 1;
        if (flagged) tally.caught += 1;
        perReason.set(reason, tally);
      }
    });
    const percent = (part: number, whole: number): string =>
      `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;
    lines.push(
      `${split}: harmful recall ${percent(caught, harmful)}, false positives ${percent(falseAlarms, benign)} (` +
        [...perReason]
          .map(([reason, tally]) => `${reason} ${percent(tally.caught, tally.total)}`)
          .join(', ') +
        ')',
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

void run();
