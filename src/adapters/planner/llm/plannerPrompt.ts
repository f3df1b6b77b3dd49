import type { PlanningContext } from '../../../ports/Planner';
import { fillSlots } from '../../llm/promptFile';
import { campaignFromContext } from './contextCampaign';

/** Longest campaign summary put into the prompt (it is our own text, but bounded like any input). */
const MAX_SUMMARY_CHARS = 2000;

/** The system prompt for one turn: the template with the conversation's current campaign filled in. */
export function renderPlannerPrompt(template: string, context: PlanningContext): string {
  const campaign = campaignFromContext(context);
  const summary = context.currentCampaignSummary?.slice(0, MAX_SUMMARY_CHARS).trim();
  return fillSlots(template, {
    currentCampaign: campaign === undefined ? 'none' : `"${campaign}"`,
    currentCampaignSummary:
      campaign === undefined || summary === undefined || summary === ''
        ? '(none)'
        : `<campaign_data>\n${summary}\n</campaign_data>`,
  });
}
