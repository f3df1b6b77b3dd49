import type { Plan, Planner, PlanningContext } from '../../../src/ports/Planner';

/** The plan the stand-in offline planner always returns, recognisable in assertions. */
export const FALLBACK_PLAN: Plan = { steps: [{ tool: 'help', args: { reason: 'explicit' } }] };

/** A fallback planner that records what it was asked. */
export class RecordingPlanner implements Planner {
  readonly calls: Array<{ utterance: string; context: PlanningContext | undefined }> = [];

  plan(utterance: string, context?: PlanningContext): Promise<Plan> {
    this.calls.push({ utterance, context });
    return Promise.resolve({
      steps: FALLBACK_PLAN.steps.map((step) => ({ ...step, args: { ...step.args } })),
    });
  }
}
