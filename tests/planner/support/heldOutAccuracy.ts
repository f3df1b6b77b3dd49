import type { IntentPlanner } from '../../../src/adapters/planner/intent/intentPlanner';
import type { PlannerCase } from '../cases/plannerCase';

/** Why a plan misses a case (wrong tools, a wrong stated argument, an argument that should be absent), or undefined. */
export function failureOf(planner: IntentPlanner, testCase: PlannerCase): string | undefined {
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

export interface Accuracy {
  readonly accuracy: number;
  readonly passed: number;
  readonly total: number;
  readonly misses: readonly string[];
}

/** The share of cases planned fully right, with a line per miss. */
export function measureAccuracy(planner: IntentPlanner, cases: readonly PlannerCase[]): Accuracy {
  const misses = cases.flatMap((testCase) => {
    const failure = failureOf(planner, testCase);
    return failure === undefined ? [] : [`${JSON.stringify(testCase.text)} → ${failure}`];
  });
  const passed = cases.length - misses.length;
  return { accuracy: cases.length === 0 ? 1 : passed / cases.length, passed, total: cases.length, misses };
}
