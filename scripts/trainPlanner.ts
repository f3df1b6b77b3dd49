import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainPlannerModel } from './lib/plannerTraining';

/**
 * Retrains the offline planner's intent model from tests/planner/training/*.jsonl and writes the
 * shipped model. Deterministic: the same lines always give the same file.
 */
const repoRoot = join(__dirname, '..');
const output = join(repoRoot, 'src/adapters/planner/intent/intentModel.json');
const started = Date.now();
const model = trainPlannerModel(repoRoot);
const text = `${JSON.stringify(model)}\n`;
writeFileSync(output, text);
process.stderr.write(
  `trained on ${model.training.lines} lines in ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
    `${(text.length / 1024).toFixed(0)} KiB\n${JSON.stringify(model.crossValidation)}\n`,
);
