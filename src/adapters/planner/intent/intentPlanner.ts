import type { Plan, Planner, PlanningContext } from '../../../ports/Planner';
import { validatePlan } from '../validatePlan';
import { buildSteps } from './buildSteps';
import { classifyIntent } from './classifyIntent';
import { normalizeUtterance } from './normalizeUtterance';

export interface IntentPlannerOptions {
  /** Told about unexpected internal failures (the plan then falls back to help). */
  onError?: (error: unknown) => void;
}

const HELP_PLAN: Plan = { steps: [{ tool: 'help', args: { reason: 'unclear' } }] };

/**
 * The offline planner: deterministic, no network, thousands of utterances per second. It reads
 * intents and arguments from multilingual cue words (English, German, French, Spanish, Portuguese,
 * Japanese) and never throws: anything it cannot place becomes a `help` step.
 */
export class IntentPlanner implements Planner {
  private readonly onError: ((error: unknown) => void) | undefined;

  constructor(options: IntentPlannerOptions = {}) {
    this.onError = options.onError;
  }

  plan(utterance: string, context: PlanningContext = {}): Promise<Plan> {
    return Promise.resolve(this.planSync(utterance, context));
  }

  /** The same plan, synchronously (for the CLI's batch mode and benchmarks). */
  planSync(utterance: unknown, context: PlanningContext = {}): Plan {
    try {
      const normalized = normalizeUtterance(typeof utterance === 'string' ? utterance : '');
      const hasContextCampaign = (context.currentCampaign ?? '').trim() !== '';
      const classification = classifyIntent(normalized, hasContextCampaign);
      return validatePlan({ steps: buildSteps(normalized, classification, context) }).plan;
    } catch (error) {
      this.onError?.(error);
      return { steps: HELP_PLAN.steps.map((step) => ({ tool: step.tool, args: { ...step.args } })) };
    }
  }
}
