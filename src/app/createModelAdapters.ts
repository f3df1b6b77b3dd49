import { resolveModelSettings, type ModelConnection, type ModelSettings } from '../config/modelSettings';
import type { AppConfig } from '../config/schema';
import { loadPromptFile } from '../adapters/llm/promptFile';
import { ChatLanguageModel } from '../adapters/model/chat/chatLanguageModel';
import { ModelSafetyJudge } from '../adapters/safety/judge/modelSafetyJudge';
import { TemplateLanguageModel } from '../adapters/model/template/templateLanguageModel';
import { IntentPlanner } from '../adapters/planner/intent/intentPlanner';
import { LlmPlanner } from '../adapters/planner/llm/llmPlanner';
import type { ChatFunction, ChatModel } from '../ports/ChatModel';
import type { LanguageModel } from '../ports/LanguageModel';
import type { Planner } from '../ports/Planner';
import type { Logger } from '../shared/logger';

/** The OpenAI client and its SDK load only when a model is configured: offline runs never pay for them. */
async function loadOpenAiChatModel() {
  return (await import('../adapters/llm/openAiChatModel')).OpenAiChatModel;
}

export interface ModelAdapters {
  settings: ModelSettings;
  planner: Planner;
  languageModel: LanguageModel;
  /** The model judge of copy (issue 14), or undefined when no model is configured or it is switched off. */
  safetyJudge: ModelSafetyJudge | undefined;
}

/**
 * The model judge of copy on the generation model (or the planner's when only planning uses a model);
 * undefined offline or with `CPO_SAFETY_JUDGE=off`. `chatModel` lets callers share a connection's limits.
 */
export async function createSafetyJudge(
  config: AppConfig,
  logger: Logger,
  rootDir: string = process.cwd(),
  chatModel?: (connection: ModelConnection) => ChatModel,
): Promise<ModelSafetyJudge | undefined> {
  const settings = resolveModelSettings(config);
  const connection = settings.generation === 'offline' ? settings.planner : settings.generation;
  if (!config.safetyJudge.enabled || connection === 'offline') return undefined;
  const model =
    chatModel?.(connection) ??
    new (await loadOpenAiChatModel())({
      connection,
      limits: settings.limits,
      prices: settings.prices,
      logger,
    });
  return new ModelSafetyJudge({
    model,
    prompt: await loadPromptFile(rootDir, 'safety-judge'),
    deadlineMs: config.safetyJudge.timeoutMs,
    cacheSize: config.safetyJudge.cacheSize,
  });
}

/**
 * The planner and the generator `CPO_LLM` selects. One chat model per connection, so planning and
 * generation on the same deployment share its concurrency limit.
 */
export async function createModelAdapters(
  config: AppConfig,
  logger: Logger,
  tools: readonly ChatFunction[],
  rootDir: string = process.cwd(),
): Promise<ModelAdapters> {
  const settings = resolveModelSettings(config);
  const OpenAiChatModel =
    settings.planner === 'offline' && settings.generation === 'offline'
      ? undefined
      : await loadOpenAiChatModel();
  const models = new Map<string, ChatModel>();
  const chatModel = (connection: ModelConnection): ChatModel => {
    const key = JSON.stringify(connection);
    let model = models.get(key);
    if (model === undefined) {
      // Only called for a configured (non-offline) connection, for which the client was loaded above.
      model = new OpenAiChatModel!({ connection, limits: settings.limits, prices: settings.prices, logger });
      models.set(key, model);
    }
    return model;
  };
  const offline = new IntentPlanner({
    onError: (error) => logger.error({ err: error }, 'intent planner failed; answered with help'),
  });
  const planner =
    settings.planner === 'offline'
      ? offline
      : new LlmPlanner(
          { model: chatModel(settings.planner), prompt: await loadPromptFile(rootDir, 'planner'), tools },
          offline,
          logger,
        );
  const languageModel =
    settings.generation === 'offline'
      ? new TemplateLanguageModel()
      : new ChatLanguageModel({
          model: chatModel(settings.generation),
          prompt: await loadPromptFile(rootDir, 'generate-variants'),
          prices: settings.prices,
        });
  const safetyJudge = await createSafetyJudge(config, logger, rootDir, chatModel);
  return { settings, planner, languageModel, safetyJudge };
}
