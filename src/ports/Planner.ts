export interface PlanStep {
  tool: string;
  args: Record<string, unknown>;
}

export interface Plan {
  steps: PlanStep[];
}

export interface PlanningContext {
  /** The campaign the conversation is about, if any; lets "how is it doing?" resolve. */
  currentCampaign?: string;
}

/** Port over planning. Adapters: offline deterministic intent planner, LLM planner (teams-ai / Azure OpenAI). */
export interface Planner {
  plan(utterance: string, context?: PlanningContext): Promise<Plan>;
}
