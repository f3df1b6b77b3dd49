import { existsSync } from 'node:fs';
import type { AppConfig } from '../config/schema';
import type { Logger } from '../shared/logger';
import { configError } from '../shared/errors';
import { LocalSafetyScreener } from '../adapters/safety/local/localSafetyScreener';
import { AzureContentSafetyScreener } from '../adapters/safety/azure/azureContentSafetyScreener';
import { loadSafetyPolicy } from '../agents/safety/policy/loadSafetyPolicy';
import { DEFAULT_SAFETY_POLICY } from '../agents/safety/policy/safetyPolicy';
import { SafetyService } from '../agents/safety/safetyService';
import { screenContentTool } from '../agents/safety/screenContentTool';
import type { SafetyScreener } from '../ports/SafetyScreener';
import type { SafetyAgent } from './createAgentSuite';

function createScreener(config: AppConfig): SafetyScreener {
  if (config.safety.provider === 'local') {
    return new LocalSafetyScreener(config.safety.localClassifier ? {} : { classifier: null });
  }
  if (!config.safety.endpoint) {
    throw configError('AZURE_CONTENT_SAFETY_ENDPOINT is required when CPO_SAFETY_PROVIDER=azure.');
  }
  // Without a key the adapter authenticates with DefaultAzureCredential (managed identity).
  return new AzureContentSafetyScreener({ endpoint: config.safety.endpoint, apiKey: config.safety.apiKey });
}

/** The Safety agent: the configured screener + the policy file + groundedness, exposed through its tool. */
export async function createSafetyAgent(config: AppConfig, logger: Logger): Promise<SafetyAgent> {
  const policyFile = config.files.policy;
  const policy = existsSync(policyFile) ? loadSafetyPolicy(policyFile) : DEFAULT_SAFETY_POLICY;
  if (!existsSync(policyFile)) logger.warn({ policyFile }, 'policy file not found; using built-in defaults');
  const safety = new SafetyService(createScreener(config), policy);
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
