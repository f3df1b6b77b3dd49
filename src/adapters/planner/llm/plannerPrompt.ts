import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlanningContext } from '../../../ports/Planner';
import { configError } from '../../../shared/errors';
import { campaignFromContext } from './contextCampaign';

/** Repository-relative location of the planner's system prompt. */
export const PLANNER_PROMPT_FILE = join('prompts', 'planner.md');

/** Reads the system prompt once at start-up (the composition root passes the text to the planner). */
export async function loadPlannerPrompt(rootDir: string): Promise<string> {
  try {
    return await readFile(join(rootDir, PLANNER_PROMPT_FILE), 'utf8');
  } catch {
    throw configError(`The planner prompt ${PLANNER_PROMPT_FILE} is missing.`);
  }
}

/** Fills `[[name]]` slots; unknown slots are left visible so a broken template is noticed. */
export function renderPlannerPrompt(template: string, context: PlanningContext): string {
  const campaign = campaignFromContext(context);
  const values: Record<string, string> = {
    currentCampaign: campaign === undefined ? 'none' : `"${campaign}"`,
  };
  return template.replace(/\[\[(\w+)\]\]/g, (slot, name: string) => values[name] ?? slot);
}
