import type { AppConfig } from '../config/schema';
import type { Logger } from '../shared/logger';
import { createContentIndex } from './createContentIndex';
import { describeContentProblem } from '../content/contentProblem';
import { isoDateOf } from '../content/contentValidity';
import { createCustomerSource } from './createCustomerSource';
import type { CustomerSource } from '../ports/CustomerSource';
import { createToolRegistry } from '../orchestration/tools/createToolRegistry';
import { createAgentSuite } from './createAgentSuite';
import { createModelAdapters } from './createModelAdapters';
import { createSafetyAgent } from './createSafetyAgent';
import { createTableStore } from './createTableStore';
import { contentIndexFileOf } from './seedSampleData';
import type { BotComponents } from './startBot';

/**
 * Builds every port's adapter and the tool registry from configuration alone: the one place that chooses
 * implementations, for the bot and the CLI alike.
 */
export async function createComponents(
  config: AppConfig,
  logger: Logger,
  /** A customer source the caller already opened (e.g. `cpo run --customers`), used instead of opening one. */
  options: { customers?: CustomerSource } = {},
): Promise<BotComponents> {
  const contentIndex = await createContentIndex(config.search, {
    indexFile: contentIndexFileOf(config),
    contentDir: config.files.contentDir,
    onProblem: (problem) =>
      logger.warn({ problem: describeContentProblem(problem) }, 'invalid content skipped'),
  });
  const registry = createToolRegistry();
  const models = await createModelAdapters(config, logger, registry.chatFunctions());
  const customers = options.customers ?? (await createCustomerSource(config, logger));
  const agents = createAgentSuite({
    customers,
    contentIndex,
    languageModel: models.languageModel,
    safety: await createSafetyAgent(config, logger, models.safetyJudge ?? null),
    today: () => isoDateOf(new Date()),
  });
  return {
    store: createTableStore(config),
    agents,
    planner: models.planner,
    registry,
    budgetPerCampaignUsd: models.settings.budgetPerCampaignUsd,
  };
}
