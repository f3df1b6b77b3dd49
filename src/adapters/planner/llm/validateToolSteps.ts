import type { PlanStep } from '../../../ports/Planner';
import { TOOL_CATALOG } from '../../../tools/toolCatalog';
import { validatePlan, type PlanIssue } from '../validatePlan';
import type { CandidateStep } from './toolCallSteps';

export interface ToolStepsValidation {
  /** The valid steps, in the model's order; empty when nothing usable was left. */
  readonly steps: PlanStep[];
  readonly issues: readonly PlanIssue[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Models often fill an argument they have no value for with "" or padded text; a blank string means
 * "not stated", so it is removed (a blank required query then drops the step) and other strings trimmed.
 */
function tidyArguments(candidate: CandidateStep, index: number, issues: PlanIssue[]): CandidateStep {
  if (!isRecord(candidate.args)) return candidate;
  const args: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(candidate.args)) {
    const kept = typeof value === 'string' ? value.trim() : value;
    if (kept === '') {
      issues.push({ step: index, tool: candidate.tool, message: `${key}: blank; dropped` });
      continue;
    }
    // defineProperty, not assignment: a "__proto__" key from JSON stays a plain key (rejected later).
    Object.defineProperty(args, key, { value: kept, enumerable: true, writable: true, configurable: true });
  }
  return { tool: candidate.tool, args };
}

const isCatalogTool = (name: string): boolean => Object.prototype.hasOwnProperty.call(TOOL_CATALOG, name);

/**
 * Validates the model's tool calls against the catalog's zod schemas through the shared
 * `validatePlan`: unknown tools are ignored, invalid optional arguments are repaired or dropped,
 * steps missing a required argument are dropped, and each change is reported as an issue naming
 * the model's own step number. Unlike `validatePlan`, an empty result stays empty (no `help`
 * substitute), so the caller can let the offline planner answer instead.
 */
export function validateToolSteps(candidates: readonly CandidateStep[]): ToolStepsValidation {
  const issues: PlanIssue[] = [];
  const known: CandidateStep[] = [];
  /** Index in `candidates` of each entry of `known`. */
  const origin: number[] = [];
  candidates.forEach((candidate, index) => {
    if (isCatalogTool(candidate.tool)) {
      known.push(tidyArguments(candidate, index, issues));
      origin.push(index);
    } else {
      issues.push({ step: index, tool: candidate.tool, message: 'unknown tool; ignored' });
    }
  });
  if (known.length === 0) return { steps: [], issues };
  const validation = validatePlan({ steps: known });
  for (const issue of validation.issues) {
    issues.push({ ...issue, step: issue.step < 0 ? issue.step : (origin[issue.step] ?? -1) });
  }
  // validatePlan answers a plan it had to empty with a lone `help` step; that is not the model's plan.
  const substituted =
    !known.some((step) => step.tool === 'help') &&
    validation.plan.steps.every((step) => step.tool === 'help');
  return { steps: substituted ? [] : validation.plan.steps, issues };
}
