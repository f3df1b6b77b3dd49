import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { IntentModel } from '../../src/adapters/planner/intent/intentModel';
import {
  PLANNER_TRAINING_OPTIONS,
  plannerTrainingFiles,
  plannerTrainingSha256,
} from '../../scripts/lib/plannerTraining';
import { REPO_ROOT } from '../support/repoRoot';

const RETRAIN = 'run `npm run train:planner` and commit the model';
const MODEL_FILE = join(REPO_ROOT, 'src/adapters/planner/intent/intentModel.json');

describe('shipped intent model', () => {
  const document = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as {
    training: { files: string[]; dataSha256: string; options: Record<string, number> };
  };

  it(`was trained on the current training lines (else ${RETRAIN})`, () => {
    const files = plannerTrainingFiles(REPO_ROOT);
    expect(document.training.files).toEqual(files);
    expect(document.training.dataSha256).toBe(plannerTrainingSha256(REPO_ROOT, files));
  });

  it(`was trained with the current settings (else ${RETRAIN})`, () => {
    expect(document.training.options).toEqual({ ...PLANNER_TRAINING_OPTIONS });
  });

  it('never trains on a held-out split', () => {
    expect(document.training.files.some((file) => file.includes('heldout'))).toBe(false);
  });

  it('stays small enough to ship in the repository (<= 5 MB)', () => {
    expect(statSync(MODEL_FILE).size).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it('parses, and ranks every label with probabilities that sum to 1', () => {
    const model = IntentModel.parse(JSON.parse(readFileSync(MODEL_FILE, 'utf8')));
    const ranked = model.predict('draft 3 emails for lapsed customers');
    expect(ranked[0]?.label).toBe('draft');
    expect(ranked.reduce((sum, prediction) => sum + prediction.probability, 0)).toBeCloseTo(1, 6);
  });

  it('rejects a malformed model with a clear error', () => {
    expect(() => IntentModel.parse({ format: 'something-else' })).toThrow(/intent model is not valid/);
  });
});
