import type { PlanningContext } from '../../../ports/Planner';
import { campaignIdSchema } from '../../../domain/campaignId';

/**
 * The conversation's current campaign as a valid campaign id, or undefined. The value comes from
 * conversation state, so it is checked against the tools' campaign-id schema before it is put into
 * the system prompt or a plan: anything else (free text, an injection attempt) is ignored.
 */
export function campaignFromContext(context: PlanningContext): string | undefined {
  const candidate = context.currentCampaign?.trim().toLowerCase();
  if (candidate === undefined || candidate === '') return undefined;
  const parsed = campaignIdSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}
