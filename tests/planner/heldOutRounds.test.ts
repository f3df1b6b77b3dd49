import { IntentPlanner } from '../../src/adapters/planner/intent/intentPlanner';
import { HELD_OUT_CASES_2 } from './cases/heldOutCases2';
import { HELD_OUT_CASES_3 } from './cases/heldOutCases3';
import type { PlannerCase } from './cases/plannerCase';
import { measureAccuracy } from './support/heldOutAccuracy';

/**
 * Held-out rounds of the second hardening pass. Each floor is the accuracy measured on the set's
 * FIRST run, before anything was changed for it, so the test never claims more than was observed:
 * - heldOutCases2: 171/185 = 92.4% before the pass (the pass was then partly guided by its misses);
 * - heldOutCases3: 126/134 = 94.0%, written after the pass and never tuned on.
 */
const ROUNDS: ReadonlyArray<readonly [string, readonly PlannerCase[], number]> = [
  ['heldOutCases2 (first run 171/185)', HELD_OUT_CASES_2, 171 / 185],
  ['heldOutCases3 (first run 126/134, never tuned on)', HELD_OUT_CASES_3, 126 / 134],
];

const LANGUAGE_MINIMUM = 25;

describe.each(ROUNDS)('IntentPlanner — %s', (name, cases, firstRun) => {
  it('is broad: at least 120 realistic requests', () => {
    expect(cases.length).toBeGreaterThanOrEqual(120);
  });

  it('plans every tool at least once across the set', () => {
    const tools = new Set(cases.flatMap((testCase) => testCase.tools));
    for (const tool of [
      'segment_customers',
      'retrieve_content',
      'generate_variants',
      'screen_content',
      'run_experiment',
      'summarize_results',
      'help',
    ]) {
      expect(tools).toContain(tool);
    }
  });

  it(`stays at or above its first-run accuracy (${(firstRun * 100).toFixed(1)}%)`, () => {
    const result = measureAccuracy(new IntentPlanner(), cases);
    process.stderr.write(
      `${name}: ${(result.accuracy * 100).toFixed(1)}% (${result.passed}/${result.total})\n` +
        result.misses.map((miss) => `  miss: ${miss}\n`).join(''),
    );
    expect(result.accuracy).toBeGreaterThanOrEqual(firstRun - 1e-9);
  });
});

describe('heldOutCases2 spread', () => {
  it(`has at least ${LANGUAGE_MINIMUM} requests in each of the six languages`, () => {
    const japanese = HELD_OUT_CASES_2.filter((testCase) =>
      /[\u3040-\u30ff\u4e00-\u9fff]/u.test(testCase.text),
    );
    expect(japanese.length).toBeGreaterThanOrEqual(LANGUAGE_MINIMUM);
    // The file is grouped by language in equal blocks of 30 (English has a few more).
    expect(HELD_OUT_CASES_2.length - japanese.length).toBeGreaterThanOrEqual(LANGUAGE_MINIMUM * 5);
  });
});
