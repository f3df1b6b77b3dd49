import { configError } from '../shared/errors';
import type { ModelPrices } from '../domain/modelCost';
import type { AppConfig } from './schema';
import type { ModelConnection, ModelLimits } from '../domain/modelConnection';

export type { ModelConnection, ModelLimits } from '../domain/modelConnection';

/** Which planner and which generator run, resolved once from configuration. */
export interface ModelSettings {
  readonly planner: ModelConnection | 'offline';
  readonly generation: ModelConnection | 'offline';
  readonly limits: ModelLimits;
  readonly prices: ModelPrices;
  readonly budgetPerCampaignUsd: number;
}

const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

function httpUrl(value: string, variable: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw configError(`${variable} must be an http(s) URL, e.g. https://contoso.openai.azure.com.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw configError(`${variable} must be an http(s) URL, e.g. https://contoso.openai.azure.com.`);
  }
  return value.replace(/\/+$/, '');
}

function azureConnection(config: AppConfig, because: string): ModelConnection {
  const { endpoint, deployment, apiKey, apiVersion } = config.model;
  if (endpoint === undefined) throw configError(`AZURE_OPENAI_ENDPOINT is required when ${because}.`);
  if (deployment === undefined) throw configError(`AZURE_OPENAI_DEPLOYMENT is required when ${because}.`);
  if (!/^\d{4}-\d{2}-\d{2}(-preview)?$/.test(apiVersion)) {
    throw configError('AZURE_OPENAI_API_VERSION must look like 2024-10-21 (or 2024-08-01-preview).');
  }
  return {
    provider: 'azure-openai',
    endpoint: httpUrl(endpoint, 'AZURE_OPENAI_ENDPOINT'),
    deployment,
    apiVersion,
    ...(apiKey === undefined ? {} : { apiKey }),
  };
}

function openAiConnection(config: AppConfig, because: string): ModelConnection {
  const { model, baseUrl, apiKey } = config.llm;
  if (model === undefined) throw configError(`CPO_LLM_MODEL is required when ${because}.`);
  if (baseUrl === undefined && apiKey === undefined) {
    throw configError(`OPENAI_API_KEY (or OPENAI_BASE_URL for a local server) is required when ${because}.`);
  }
  return {
    provider: 'openai',
    baseUrl: httpUrl(baseUrl ?? OPENAI_DEFAULT_BASE_URL, 'OPENAI_BASE_URL'),
    model,
    ...(apiKey === undefined ? {} : { apiKey }),
  };
}

function connectionFor(provider: 'azure-openai' | 'openai', config: AppConfig, because: string) {
  return provider === 'azure-openai' ? azureConnection(config, because) : openAiConnection(config, because);
}

/**
 * Resolves `CPO_LLM` and the per-port overrides into what each port uses, checking each provider's settings
 * once. A missing or invalid setting is a CONFIG error naming the variable to set.
 */
export function resolveModelSettings(config: AppConfig): ModelSettings {
  const llm = config.llm.provider;
  const generationProvider =
    config.model.provider === undefined ? (llm === 'offline' ? 'template' : llm) : config.model.provider;
  const generation =
    generationProvider === 'template'
      ? 'offline'
      : connectionFor(
          generationProvider,
          config,
          config.model.provider === undefined ? `CPO_LLM=${llm}` : `CPO_MODEL_PROVIDER=${generationProvider}`,
        );
  const plannerKind = config.planner.provider ?? (llm === 'offline' ? 'intent' : 'llm');
  let planner: ModelConnection | 'offline' = 'offline';
  if (plannerKind === 'llm') {
    if (llm !== 'offline') planner = connectionFor(llm, config, `CPO_LLM=${llm}`);
    else if (generation !== 'offline') planner = generation;
    else {
      throw configError(
        'CPO_PLANNER_PROVIDER=llm needs a model: set CPO_LLM=azure-openai or CPO_LLM=openai with its settings.',
      );
    }
  }
  return {
    planner,
    generation,
    limits: {
      timeoutMs: config.llm.timeoutMs,
      maxRetries: config.llm.maxRetries,
      concurrency: config.llm.concurrency,
    },
    prices: {
      inputPerMillion: config.llm.inputPricePerMillion,
      outputPerMillion: config.llm.outputPricePerMillion,
    },
    budgetPerCampaignUsd: config.llm.budgetPerCampaignUsd,
  };
}
