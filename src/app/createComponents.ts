import type { AppConfig } from '../config/schema';
import type { Logger } from '../shared/logger';
import { configError } from '../shared/errors';
import { createContentIndex } from '../adapters/search/createContentIndex';
import { describeContentProblem } from '../content/contentProblem';
import { isoDateOf } from '../content/contentValidity';
import { readCustomersFile } from '../customers/readCustomersCsv';
import { TemplateLanguageModel } from '../adapters/model/template/templateLanguageModel';
import { AzureOpenAiLanguageModel } from '../adapters/model/azureOpenAi/azureOpenAiLanguageModel';
import { loadGenerationPrompt } from '../adapters/model/azureOpenAi/generationPrompt';
import type { LanguageModel } from '../ports/LanguageModel';
import type { Planner } from '../ports/Planner';
import { IntentPlanner } from '../adapters/planner/intent/intentPlanner';
import { createLlmPlanner } from '../adapters/planner/llm/createLlmPlanner';
import { loadPlannerPrompt } from '../adapters/planner/llm/plannerPrompt';
import { createAgentSuite } from './createAgentSuite';
import { createSafetyAgent } from './createSafetyAgent';
import { createTableStore } from './createTableStore';
import { contentIndexFileOf } from './seedSampleData';
import type { BotComponents } from './startBot';

async function createLanguageModel(config: AppConfig): Promise<LanguageModel> {
  const { provider, endpoint, deployment, apiKey, apiVersion } = config.model;
  if (provider === 'template') return new TemplateLanguageModel();
  if (!endpoint || !deployment) {
    throw configError(
      'AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_DEPLOYMENT are required when CPO_MODEL_PROVIDER=azure-openai.',
    );
  }
  return new AzureOpenAiLanguageModel({
    endpoint,
    deployment,
    apiVersion,
    ...(apiKey ? { apiKey } : {}),
    promptTemplate: await loadGenerationPrompt(process.cwd()),
  });
}

async function createPlanner(config: AppConfig, logger: Logger): Promise<Planner> {
  const offline = new IntentPlanner({
    onError: (error) => logger.error({ err: error }, 'intent planner failed; answered with help'),
  });
  if (config.planner.provider === 'intent') return offline;
  // The LLM planner falls back to the offline planner whenever the model cannot answer.
  return createLlmPlanner(
    { ...config.model, promptTemplate: await loadPlannerPrompt(process.cwd()) },
    offline,
    logger,
  );
}

/** Builds every port's adapter from configuration alone (the only place that chooses implementations). */
export async function createComponents(config: AppConfig, logger: Logger): Promise<BotComponents> {
  const contentIndex = await createContentIndex(config.search, {
    indexFile: contentIndexFileOf(config),
    contentDir: config.files.contentDir,
    onProblem: (problem) =>
      logger.warn({ problem: describeContentProblem(problem) }, 'invalid content skipped'),
  });
  const customersFile = config.files.customers;
  const agents = createAgentSuite({
    customers: () =>
      readCustomersFile(customersFile, {
        onInvalidRow: (issue) =>
          logger.warn({ line: issue.line, problem: issue.message }, 'customer row skipped'),
      }),
    contentIndex,
    languageModel: await createLanguageModel(config),
    safety: await createSafetyAgent(config, logger),
    today: () => isoDateOf(new Date()),
  });
  return { store: createTableStore(config), agents, planner: await createPlanner(config, logger) };
}
