import { IntentPlanner } from '../../src/adapters/planner/intent/intentPlanner';
import { HELD_OUT_CASES } from './cases/heldOutCases';
import { failureOf } from './support/heldOutAccuracy';

/** The share of held-out phrasings the planner must get fully right (tools and stated arguments). */
const MIN_ACCURACY = 0.85;

describe('IntentPlanner — held-out phrasings (not tuned on)', () => {
  it(`gets at least ${MIN_ACCURACY * 100}% fully right`, () => {
    const planner = new IntentPlanner();
    const failures = HELD_OUT_CASES.flatMap((testCase) => {
      const failure = failureOf(planner, testCase);
      return failure === undefined ? [] : [`${JSON.stringify(testCase.text)} → ${failure}`];
    });
    const accuracy = 1 - failures.length / HELD_OUT_CASES.length;
    process.stderr.write(
      `held-out accuracy: ${(accuracy * 100).toFixed(1)}% (${HELD_OUT_CASES.length - failures.length}/${HELD_OUT_CASES.length})\n` +
        failures.map((failure) => `  miss: ${failure}\n`).join(''),
    );
    expect(accuracy).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });
});
