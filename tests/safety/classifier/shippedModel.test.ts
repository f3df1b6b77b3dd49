import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHarmClassifierModel } from '../../../src/adapters/safety/local/classifier/harmClassifierModel';
import {
  FEATURE_OPTIONS,
  newestSplit,
  THRESHOLD_BUDGET,
  TRAINING_OPTIONS,
  trainingDataSha256,
  trainingFiles,
} from '../../../scripts/lib/harmClassifierTraining';
import { REPO_ROOT } from '../../support/repoRoot';

const RETRAIN = 'run `npm run train:safety` and commit the model';

describe('shipped harm classifier', () => {
  const shipped = parseHarmClassifierModel(
    JSON.parse(
      readFileSync(join(REPO_ROOT, 'src/adapters/safety/local/classifier/harmClassifierModel.json'), 'utf8'),
    ),
  );

  it(`was trained on the current labelled lines (else ${RETRAIN})`, () => {
    const files = trainingFiles(REPO_ROOT);
    expect(shipped.training.files).toEqual(files);
    expect(shipped.training.dataSha256).toBe(trainingDataSha256(REPO_ROOT, files));
  });

  it(`was trained with the current settings (else ${RETRAIN})`, () => {
    expect(shipped.training.options).toEqual(TRAINING_OPTIONS);
    expect(shipped.features).toEqual(FEATURE_OPTIONS);
    expect(shipped.training.thresholdBudget).toEqual(THRESHOLD_BUDGET);
  });

  it('never trains on the newest held-out split, and trains on every older one', () => {
    const newest = newestSplit(REPO_ROOT);
    expect(shipped.training.files).not.toContain(`tests/safety/corpus/${newest}`);
    const splits = shipped.training.files.filter((file) => /\/holdout\d*\.jsonl$/.test(file));
    expect(splits.length).toBeGreaterThan(0);
  });

  it('finds the newest split by number, not by name order', () => {
    expect(newestSplit(REPO_ROOT)).toMatch(/^holdout\d+\.jsonl$/);
    const numbers = shipped.training.files.flatMap((file) => {
      const match = /\/holdout(\d+)\.jsonl$/.exec(file);
      return match === null ? [] : [Number(match[1])];
    });
    expect(Math.max(...numbers)).toBeLessThan(Number(/\d+/.exec(newestSplit(REPO_ROOT))?.[0]));
  });
});
