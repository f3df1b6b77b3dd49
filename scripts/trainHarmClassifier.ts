import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainHarmClassifierModel } from './lib/harmClassifierTraining';

/**
 * Retrains the local screener's classifier from the labelled lines and writes the shipped model.
 * Deterministic: the same data always gives the same file. Run after changing any training line.
 */
const repoRoot = join(__dirname, '..');
const output = join(repoRoot, 'src/adapters/safety/local/classifier/harmClassifierModel.json');
const started = Date.now();
const model = trainHarmClassifierModel(repoRoot);
writeFileSync(output, `${JSON.stringify(model)}\n`);
process.stderr.write(
  `trained on ${model.training.lines} lines in ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
    `${JSON.stringify(model.crossValidation, null, 2)}\n`,
);
