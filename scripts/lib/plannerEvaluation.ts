import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Plan, PlanningContext } from '../../src/ports/Planner';

/** One held-out request and what it must plan: the tool sequence and the arguments the user stated. */
export interface HeldOutCase {
  lang: string;
  text: string;
  tools: string[];
  /** Per tool, arguments that must be present with these values (others are free). */
  args: Record<string, Record<string, unknown>>;
  context?: { currentCampaign?: string };
}

export const HELD_OUT_FOLDER = 'tests/planner/heldout';

export function readHeldOut(repoRoot: string, file: string): HeldOutCase[] {
  return readFileSync(join(repoRoot, HELD_OUT_FOLDER, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as HeldOutCase);
}

export interface Tally {
  total: number;
  firstTool: number;
  /** In-scope requests (expected tool is not help) answered with help. */
  inScope: number;
  inScopeHelp: number;
  outOfScope: number;
  outOfScopeHelp: number;
  /** Whole tool sequence and every stated argument right. */
  argsCorrect: number;
}

export interface Evaluation {
  overall: Tally;
  byLanguage: Record<string, Tally>;
  byTool: Record<string, Tally>;
  misses: string[];
}

const emptyTally = (): Tally => ({
  total: 0,
  firstTool: 0,
  inScope: 0,
  inScopeHelp: 0,
  outOfScope: 0,
  outOfScopeHelp: 0,
  argsCorrect: 0,
});

function argsMatch(plan: Plan, expected: HeldOutCase): boolean {
  if (
    !isDeepStrictEqual(
      plan.steps.map((step) => step.tool),
      expected.tools,
    )
  )
    return false;
  return Object.entries(expected.args).every(([tool, args]) => {
    const step = plan.steps.find((candidate) => candidate.tool === tool);
    return (
      step !== undefined &&
      Object.entries(args).every(([key, value]) => isDeepStrictEqual(step.args[key], value))
    );
  });
}

export function evaluatePlans(
  cases: readonly HeldOutCase[],
  plan: (text: string, context: PlanningContext) => Plan,
): Evaluation {
  const overall = emptyTally();
  const byLanguage: Record<string, Tally> = {};
  const byTool: Record<string, Tally> = {};
  const misses: string[] = [];
  for (const testCase of cases) {
    const planned = plan(testCase.text, testCase.context ?? {});
    const expectedFirst = testCase.tools[0] ?? 'help';
    const gotFirst = planned.steps[0]?.tool ?? 'help';
    const firstRight = gotFirst === expectedFirst;
    const argsRight = argsMatch(planned, testCase);
    if (!argsRight) {
      misses.push(
        `[${testCase.lang}] ${testCase.text} → ${planned.steps.map((step) => `${step.tool}${JSON.stringify(step.args)}`).join(' ')}`,
      );
    }
    for (const tally of [
      overall,
      (byLanguage[testCase.lang] ??= emptyTally()),
      (byTool[expectedFirst] ??= emptyTally()),
    ]) {
      tally.total += 1;
      if (firstRight) tally.firstTool += 1;
      if (argsRight) tally.argsCorrect += 1;
      if (expectedFirst === 'help') {
        tally.outOfScope += 1;
        if (gotFirst === 'help') tally.outOfScopeHelp += 1;
      } else {
        tally.inScope += 1;
        if (gotFirst === 'help') tally.inScopeHelp += 1;
      }
    }
  }
  return { overall, byLanguage, byTool, misses };
}

const ratio = (part: number, whole: number): string => (whole === 0 ? '–' : (part / whole).toFixed(3));

/** Markdown rows: first tool, in-scope → help, out-of-scope → help, args correct, n. */
export function tallyRow(name: string, tally: Tally): string {
  return `| ${name} | ${ratio(tally.firstTool, tally.total)} | ${ratio(tally.inScopeHelp, tally.inScope)} | ${ratio(tally.outOfScopeHelp, tally.outOfScope)} | ${ratio(tally.argsCorrect, tally.total)} | ${tally.total} |`;
}
