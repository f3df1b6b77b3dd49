import type { ReplyLanguage } from '../text/messages/messages';

export interface PlanStep {
  tool: string;
  args: Record<string, unknown>;
}

/** One suggested reading of an ambiguous request, offered to the user as a button. */
export interface PlanChoice {
  /** Button text, e.g. "Draft a campaign" or "Show results for spring-winback-7f2". */
  label: string;
  steps: PlanStep[];
}

/** Where a plan came from, for the audit record: planner, model, prompt version and what it cost. */
export interface PlanMeta {
  planner: 'offline' | 'llm';
  model?: string;
  promptId?: string;
  promptVersion?: number;
  usage?: { promptTokens: number; completionTokens: number };
  costUsd?: number;
  /** Why the model's answer was not used and the offline planner answered instead. */
  fallbackReason?: string;
}

export interface Plan {
  steps: PlanStep[];
  meta?: PlanMeta;
  /**
   * Set when the planner is unsure between readings: the bot asks one question with these as buttons
   * instead of running `steps` (which stay the best guess, e.g. for `cpo plan`).
   */
  choices?: PlanChoice[];
  /** The language the request is written in: every reply of the turn is rendered in it. */
  language?: ReplyLanguage;
}

export interface PlanningContext {
  /** The campaign the conversation is about, if any; lets "how is it doing?" resolve. */
  currentCampaign?: string;
  /**
   * A short, customer-free description of the current campaign (brief and one line per variant), so a
   * model can plan follow-ups such as "make the second one shorter".
   */
  currentCampaignSummary?: string;
}

/** Port over planning. Adapters: offline intent planner, LLM planner (Azure OpenAI or OpenAI-compatible). */
export interface Planner {
  plan(utterance: string, context?: PlanningContext): Promise<Plan>;
}
