import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHarmClassifierModel } from '../../../src/adapters/safety/local/classifier/harmClassifierModel';
import {
  FALSE_POSITIVE_BUDGET,
  MINIMUM_THRESHOLD,
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
    expect(shipped.training.falsePositiveBudget).toBe(FALSE_POSITIVE_BUDGET);
    expect(shipped.training.minimumThreshold).toBe(MINIMUM_THRESHOLD);
  });

  it('never trains on the newest held-out split', () => {
    expect(shipped.training.files.some((file) => file.endsWith('holdout24.jsonl'))).toBe(false);
  });
});
