import type { Planner } from '../../../ports/Planner';
import { configError } from '../../../shared/errors';
import type { Logger } from '../../../shared/logger';
import { LlmPlanner, type LlmPlannerOptions } from './llmPlanner';

/** The planner options with the connection fields as configuration holds them (possibly unset). */
export type LlmPlannerSettings = Omit<LlmPlannerOptions, 'endpoint' | 'deployment' | 'apiKey'> & {
  endpoint?: string | undefined;
  deployment?: string | undefined;
  apiKey?: string | undefined;
};

/**
 * Builds the LLM planner from the `model.*` configuration (endpoint, deployment, apiKey, apiVersion)
 * and the planner prompt text. `fallback` answers whenever the model cannot (normally the offline
 * IntentPlanner). Throws a CONFIG error when the deployment is not configured.
 */
export function createLlmPlanner(settings: LlmPlannerSettings, fallback: Planner, logger: Logger): Planner {
  const { endpoint, deployment, apiKey, ...rest } = settings;
  if (!endpoint || !deployment) {
    throw configError(
      'AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_DEPLOYMENT are required when CPO_PLANNER_PROVIDER=llm.',
    );
  }
  return new LlmPlanner({ ...rest, endpoint, deployment, ...(apiKey ? { apiKey } : {}) }, fallback, logger);
}
