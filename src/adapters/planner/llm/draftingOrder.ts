import type { Plan, PlanStep } from '../../../ports/Planner';

/** The drafting chain, in the order the orchestrator runs it. */
export const DRAFTING_CHAIN = [
  'segment_customers',
  'retrieve_content',
  'generate_variants',
  'screen_content',
] as const;

/** Retrieval query when the model names no offer, theme or goal (the offline planner uses the same). */
const FALLBACK_QUERY = 'brand voice';

const nonEmptyString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

function retrieveStepFor(generate: PlanStep): PlanStep {
  const query = nonEmptyString(generate.args.topic) ?? nonEmptyString(generate.args.goal) ?? FALLBACK_QUERY;
  const channel = generate.args.channel;
  return { tool: 'retrieve_content', args: channel === undefined ? { query } : { query, channel } };
}

/**
 * A drafting plan (one that calls generate_variants) in the canonical order segment → retrieve →
 * generate → screen, whatever order the model listed its calls in. Missing links are added
 * (screening is never skipped), repeated links keep the first call, `help` calls are dropped,
 * and other tools (e.g. run_experiment "launch") follow the chain in their original order.
 * Any other plan is returned unchanged.
 */
export function normalizeDraftingOrder(plan: Plan): Plan {
  const first = (tool: string): PlanStep | undefined => plan.steps.find((step) => step.tool === tool);
  const generate = first('generate_variants');
  if (generate === undefined) return plan;
  const chain: PlanStep[] = [
    first('segment_customers') ?? { tool: 'segment_customers', args: {} },
    first('retrieve_content') ?? retrieveStepFor(generate),
    generate,
    first('screen_content') ?? { tool: 'screen_content', args: {} },
  ];
  const chainTools: ReadonlySet<string> = new Set(DRAFTING_CHAIN);
  const rest = plan.steps.filter((step) => !chainTools.has(step.tool) && step.tool !== 'help');
  return { steps: [...chain, ...rest] };
}
