import { analyzeExperiment } from '../../../src/experiments/analysis/analyzeExperiment';
import { parseAnalyzeInput } from '../../../src/experiments/analysis/analyzeInput';
import { assignVariation } from '../../../src/experiments/assignment/assignVariation';
import { seededRandom } from '../../stats/support/random';

/** Assigns ids with the GrowthBook hashing, then checks that SRM stays quiet — and fires when 5% of one arm is lost. */
function countAssignments(ids: readonly string[], weights: number[]): number[] {
  const counts = weights.map(() => 0);
  for (const id of ids) {
    const { variation } = assignVariation({ experiment: 'srm-check', id, weights });
    if (variation >= 0) counts[variation] = (counts[variation] ?? 0) + 1;
  }
  return counts;
}

function srmOf(users: number[], weights: number[]) {
  return analyzeExperiment(
    parseAnalyzeInput({
      metric: 'binomial',
      control: 'arm-0',
      expectedWeights: weights,
      arms: users.map((count, index) => ({
        name: `arm-${index}`,
        users: count,
        conversions: Math.floor(count / 10),
      })),
    }),
  ).srm;
}

describe('sample-ratio mismatch on hashed assignments', () => {
  const random = seededRandom(4);
  const ids = Array.from({ length: 100_000 }, (_, index) => `visitor-${index}-${Math.floor(random() * 1e9)}`);

  it.each([[[0.5, 0.5]], [[0.2, 0.3, 0.5]], [[0.25, 0.25, 0.25, 0.25]]])(
    'is not raised for an intact %j split',
    (weights) => {
      const users = countAssignments(ids, weights);
      const srm = srmOf(users, weights);
      expect(srm.mismatch).toBe(false);
      expect(srm.pValue).toBeGreaterThan(0.001);
    },
  );

  it.each([
    [[0.5, 0.5], 1],
    [[0.2, 0.3, 0.5], 2],
    [[0.25, 0.25, 0.25, 0.25], 0],
  ])('is raised when 5%% of one arm is dropped (%j, arm %p)', (weights, dropped) => {
    const users = countAssignments(ids, weights);
    users[dropped] = Math.round((users[dropped] ?? 0) * 0.95);
    const srm = srmOf(users, weights);
    expect(srm.mismatch).toBe(true);
    expect(srm.pValue).toBeLessThan(0.001);
  });
});
