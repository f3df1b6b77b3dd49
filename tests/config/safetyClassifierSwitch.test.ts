import { loadConfig } from '../../src/config/loadConfig';
import { AppError } from '../../src/shared/errors';
import { REPO_ROOT } from '../support/repoRoot';

describe('safety.localClassifier', () => {
  it('is on with the embedded defaults', () => {
    expect(loadConfig({}, REPO_ROOT).safety.localClassifier).toBe(true);
  });

  it.each([
    ['off', false],
    ['false', false],
    ['0', false],
    ['ON', true],
    ['true', true],
  ])('reads CPO_SAFETY_LOCAL_CLASSIFIER=%s as %s', (value, expected) => {
    expect(loadConfig({ CPO_SAFETY_LOCAL_CLASSIFIER: value }, REPO_ROOT).safety.localClassifier).toBe(
      expected,
    );
  });

  it('names the key when the value is not a switch', () => {
    expect(() => loadConfig({ CPO_SAFETY_LOCAL_CLASSIFIER: 'maybe' }, REPO_ROOT)).toThrow(AppError);
    expect(() => loadConfig({ CPO_SAFETY_LOCAL_CLASSIFIER: 'maybe' }, REPO_ROOT)).toThrow(/localClassifier/);
  });
});
