import { existsSync } from 'node:fs';
import type { AppConfig } from '../config/schema';
import type { Logger } from '../shared/logger';
import { configError } from '../shared/errors';
import { LocalSafetyScreener } from '../adapters/safety/local/localSafetyScreener';
import { loadSafetyPolicy } from '../agents/safety/policy/loadSafetyPolicy';
import { DEFAULT_SAFETY_POLICY } from '../agents/safety/policy/safetyPolicy';
import { SafetyService } from '../agents/safety/safetyService';
import { screenContentTool } from '../agents/safety/screenContentTool';
import type { SafetyScreener } from '../ports/SafetyScreener';
import type { SafetyAgent } from './createAgentSuite';
import { createSafetyJudge } from './createModelAdapters';

/**
 * The screens that run on every text, combined as the strictest of them: the local rules and classifier
 * always, Azure AI Content Safety when configured, the model judge when a model is configured.
 */
async function createScreeners(
  config: AppConfig,
  judge: SafetyScreener | undefined,
): Promise<SafetyScreener[]> {
  const screeners: SafetyScreener[] = [
    new LocalSafetyScreener(config.safety.localClassifier ? {} : { classifier: null }),
  ];
  if (config.safety.provider === 'azure') {
    if (!config.safety.endpoint) {
      throw configError('AZURE_CONTENT_SAFETY_ENDPOINT is required when CPO_SAFETY_PROVIDER=azure.');
    }
    // Without a key the adapter authenticates with DefaultAzureCredential (managed identity). The Azure SDK
    // loads only for this provider.
    const { AzureContentSafetyScreener } =
      await import('../adapters/safety/azure/azureContentSafetyScreener');
    screeners.push(
      new AzureContentSafetyScreener({ endpoint: config.safety.endpoint, apiKey: config.safety.apiKey }),
    );
  }
  if (judge !== undefined) screeners.push(judge);
  return screeners;
}

/**
 * The Safety agent: the configured screens + the policy file + groundedness, exposed through its tool.
 * `judge` is the model judge from `createModelAdapters` (sharing the model's limits); when the caller
 * passes none, one is built here from the same configuration.
 */
export async function createSafetyAgent(
  config: AppConfig,
  logger: Logger,
  judge?: SafetyScreener | null,
): Promise<SafetyAgent> {
  const policyFile = config.files.policy;
  const policy = existsSync(policyFile) ? loadSafetyPolicy(policyFile) : DEFAULT_SAFETY_POLICY;
  if (!existsSync(policyFile)) logger.warn({ policyFile }, 'policy file not found; using built-in defaults');
  const modelJudge = judge === undefined ? await createSafetyJudge(config, logger) : (judge ?? undefined);
  const safety = new SafetyService(await createScreeners(config, modelJudge), policy);
  return {
    screenVariants: async (variants, sources) => {
      const byId = new Map(sources.map((document) => [document.id, document]));
      const output = await screenContentTool.execute(
        {},
        { safety, variants, sourcesById: (id) => byId.get(id) },
      );
      return output.kind === 'variants' ? output.variants : variants;
    },
    screenText: async (text) => {
      const output = await screenContentTool.execute(
        { text },
        { safety, variants: [], sourcesById: () => undefined },
      );
      if (output.kind !== 'text') throw configError('screen_content returned no text verdict');
      return output.result;
    },
  };
}
