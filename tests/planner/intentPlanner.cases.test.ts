import { IntentPlanner } from '../../src/adapters/planner/intent/intentPlanner';
import type { Plan } from '../../src/ports/Planner';
import { TOOL_CATALOG, type ToolName } from '../../src/tools/toolCatalog';
import { ADVERSARIAL_CASES } from './cases/adversarialCases';
import { ENGLISH_CASES } from './cases/englishCases';
import { FRENCH_CASES } from './cases/frenchCases';
import { GERMAN_CASES } from './cases/germanCases';
import { JAPANESE_CASES } from './cases/japaneseCases';
import type { PlannerCase } from './cases/plannerCase';
import { PORTUGUESE_CASES } from './cases/portugueseCases';
import { SPANISH_CASES } from './cases/spanishCases';

const planner = new IntentPlanner({
  onError: (error) => {
    throw error;
  },
});

const SUITES: ReadonlyArray<readonly [string, readonly PlannerCase[]]> = [
  ['English', ENGLISH_CASES],
  ['German', GERMAN_CASES],
  ['French', FRENCH_CASES],
  ['Spanish', SPANISH_CASES],
  ['Portuguese', PORTUGUESE_CASES],
  ['Japanese', JAPANESE_CASES],
  ['adversarial', ADVERSARIAL_CASES],
];

const label = (text: string): string => {
  const oneLine = JSON.stringify(text);
  return oneLine.length > 90 ? `${oneLine.slice(0, 87)}…` : oneLine;
};

function expectValidPlan(plan: Plan): void {
  expect(plan.steps.length).toBeGreaterThan(0);
  for (const step of plan.steps) {
    expect(Object.keys(TOOL_CATALOG)).toContain(step.tool);
    expect(typeof step.args).toBe('object');
    expect(step.args).not.toBeNull();
    expect(Array.isArray(step.args)).toBe(false);
    const parsed = TOOL_CATALOG[step.tool as ToolName].inputSchema.safeParse(step.args);
    expect(parsed.success).toBe(true);
  }
}

describe.each(SUITES)('IntentPlanner — %s phrasings', (_language, cases) => {
  it.each(cases.map((testCase) => [label(testCase.text), testCase] as const))(
    '%s',
    async (_name, testCase) => {
      const plan = await planner.plan(testCase.text, testCase.context);
      expect(plan.steps.map((step) => step.tool)).toEqual(testCase.tools);
      for (const [tool, expected] of Object.entries(testCase.args ?? {})) {
        const step = plan.steps.find((candidate) => candidate.tool === tool);
        expect(step?.args).toMatchObject(expected);
      }
      for (const [tool, keys] of Object.entries(testCase.absent ?? {})) {
        const step = plan.steps.find((candidate) => candidate.tool === tool);
        for (const key of keys) expect(step?.args).not.toHaveProperty(key);
      }
      expectValidPlan(plan);
    },
  );
});

describe('IntentPlanner — whole table', () => {
  const all = SUITES.flatMap(([, cases]) => cases);

  it('has a broad table (at least 300 utterances)', () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
  });

  it('is deterministic', () => {
    for (const testCase of all) {
      expect(planner.planSync(testCase.text, testCase.context)).toEqual(
        planner.planSync(testCase.text, testCase.context),
      );
    }
  });
});
