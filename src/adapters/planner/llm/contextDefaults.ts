import type { Plan, PlanningContext } from '../../../ports/Planner';
import { campaignFromContext } from './contextCampaign';

/** Tools whose `campaign` argument defaults to the conversation's current campaign. */
const CAMPAIGN_TOOLS: ReadonlySet<string> = new Set(['run_experiment', 'summarize_results']);

/**
 * Fills a missing `campaign` of experiment steps from the conversation ("how is it doing?"), as the
 * offline planner does. The prompt asks the model to do this itself; this covers models that forget.
 * A drafting plan is left alone: "draft … and launch it" launches the campaign being drafted, which
 * has no id yet, not the one the conversation was about before.
 */
export function applyContextCampaign(plan: Plan, context: PlanningContext): Plan {
  const campaign = campaignFromContext(context);
  if (campaign === undefined || plan.steps.some((step) => step.tool === 'generate_variants')) return plan;
  return {
    steps: plan.steps.map((step) =>
      CAMPAIGN_TOOLS.has(step.tool) && step.args.campaign === undefined
        ? { tool: step.tool, args: { ...step.args, campaign } }
        : step,
    ),
  };
}
