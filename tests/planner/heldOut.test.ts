import { IntentPlanner } from '../../src/adapters/planner/intent/intentPlanner';
import { HELD_OUT_CASES } from './cases/heldOutCases';
import type { PlannerCase } from './cases/plannerCase';

/** The share of held-out phrasings the planner must get fully right (tools and stated arguments). */
const MIN_ACCURACY = 0.85;

function failureOf(planner: IntentPlanner, testCase: PlannerCase): string | undefined {
  const plan = planner.planSync(testCase.text, testCase.context);
  const tools = plan.steps.map((step) => step.tool);
  if (tools.join(',') !== testCase.tools.join(',')) return `tools ${tools.join(',')}`;
  for (const [tool, expected] of Object.entries(testCase.args ?? {})) {
    const args = plan.steps.find((step) => step.tool === tool)?.args ?? {};
    for (const [key, value] of Object.entries(expected)) {
      if (JSON.stringify(args[key]) !== JSON.stringify(value))
        return `${tool}.${key}=${JSON.stringify(args[key])}`;
    }
  }
  for (const [tool, keys] of Object.entries(testCase.absent ?? {})) {
    const args = plan.steps.find((step) => step.tool === tool)?.args ?? {};
    const extra = keys.find((key) => key in args);
    if (extra !== undefined) return `${tool}.${extra} should be absent`;
  }
  return undefined;
}

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
