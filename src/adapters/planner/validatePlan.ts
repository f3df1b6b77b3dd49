import { z } from 'zod';
import type { Plan, PlanStep } from '../../ports/Planner';
import { TOOL_CATALOG, type ToolName } from '../../tools/toolCatalog';
import { formatZodError } from '../../shared/zodMessage';
import { repairValue } from '../../tools/repairArguments';

/** Something validatePlan changed or dropped, for logs and tests. */
export interface PlanIssue {
  /** Index of the step in the candidate plan; -1 for the plan as a whole. */
  readonly step: number;
  readonly tool: string;
  readonly message: string;
}

export interface PlanValidation {
  readonly plan: Plan;
  readonly issues: readonly PlanIssue[];
}

/** The most steps a plan may have; longer (LLM) plans are cut. */
export const MAX_PLAN_STEPS = 12;

const isToolName = (name: unknown): name is ToolName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(TOOL_CATALOG, name);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Clear-meaning repairs ("E-mail" → "email", "12" variants → 10): the registry's own, shared. */
export const coerceValue = repairValue;

function validateStep(candidate: unknown, index: number, issues: PlanIssue[]): PlanStep | undefined {
  if (!isRecord(candidate)) {
    issues.push({ step: index, tool: '?', message: 'step is not an object; dropped' });
    return undefined;
  }
  const tool = candidate.tool;
  if (!isToolName(tool)) {
    issues.push({ step: index, tool: String(tool), message: 'unknown tool; step dropped' });
    return undefined;
  }
  const schema = TOOL_CATALOG[tool].inputSchema as z.AnyZodObject;
  const shape = schema.shape as Record<string, z.ZodTypeAny>;
  const given = isRecord(candidate.args) ? candidate.args : {};
  if (candidate.args !== undefined && !isRecord(candidate.args)) {
    issues.push({ step: index, tool, message: 'args is not an object; replaced by {}' });
  }
  const args: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given)) {
    // Own fields only: "constructor" or "__proto__" must not resolve to Object.prototype members.
    const field = Object.prototype.hasOwnProperty.call(shape, key) ? shape[key] : undefined;
    if (field === undefined) {
      issues.push({ step: index, tool, message: `${key}: not an argument of ${tool}; dropped` });
      continue;
    }
    if (value === undefined || value === null) continue;
    const direct = field.safeParse(value);
    if (direct.success) {
      args[key] = direct.data;
      continue;
    }
    const repaired = field.safeParse(coerceValue(value, field));
    if (repaired.success) {
      args[key] = repaired.data;
      issues.push({ step: index, tool, message: `${key}: coerced to ${JSON.stringify(repaired.data)}` });
    } else {
      issues.push({ step: index, tool, message: `${formatZodError(direct.error)}; ${key} dropped` });
    }
  }
  const whole = schema.safeParse(args);
  if (!whole.success) {
    // A required argument is missing or invalid (e.g. retrieve_content.query): the step cannot run.
    issues.push({ step: index, tool, message: `${formatZodError(whole.error)}; step dropped` });
    return undefined;
  }
  return { tool, args: whole.data as Record<string, unknown> };
}

/**
 * Checks a candidate plan (from any planner, including an LLM) against the tool catalog: unknown
 * tools and malformed steps are dropped, arguments are validated against each tool's input schema,
 * repaired where the intent is clear and dropped when invalid and optional. A plan left without
 * steps becomes a single `help` step, so the result always satisfies the schemas.
 */
export function validatePlan(candidate: unknown): PlanValidation {
  const issues: PlanIssue[] = [];
  const rawSteps = isRecord(candidate) ? candidate.steps : undefined;
  if (!Array.isArray(rawSteps)) {
    issues.push({ step: -1, tool: '?', message: 'plan has no steps array' });
  }
  const candidates = Array.isArray(rawSteps) ? rawSteps : [];
  if (candidates.length > MAX_PLAN_STEPS) {
    issues.push({ step: -1, tool: '?', message: `plan cut to ${MAX_PLAN_STEPS} steps` });
  }
  const steps = candidates
    .slice(0, MAX_PLAN_STEPS)
    .map((step, index) => validateStep(step, index, issues))
    .filter((step): step is PlanStep => step !== undefined);
  if (steps.length === 0) {
    return { plan: { steps: [{ tool: 'help', args: { reason: 'unclear' } }] }, issues };
  }
  return { plan: { steps }, issues };
}
