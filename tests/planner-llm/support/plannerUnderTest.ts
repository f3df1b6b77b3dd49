import type { TokenCredential } from '@azure/core-auth';
import { OpenAiChatModel } from '../../../src/adapters/llm/openAiChatModel';
import { parsePromptFile } from '../../../src/adapters/llm/promptFile';
import { LlmPlanner } from '../../../src/adapters/planner/llm/llmPlanner';
import { createToolRegistry } from '../../../src/orchestration/tools/createToolRegistry';
import type { Planner } from '../../../src/ports/Planner';
import type { Logger } from '../../../src/shared/logger';

/** The planner over Azure OpenAI as the tests describe it: connection, retry and time settings in one bag. */
export interface PlannerTestOptions {
  endpoint: string;
  deployment: string;
  apiVersion: string;
  apiKey?: string;
  credential?: TokenCredential;
  /** The prompt file's text (with front matter). */
  promptTemplate: string;
  toolChoice?: 'auto' | 'required';
  parallelToolCalls?: boolean;
  temperature?: number;
  maxInputChars?: number;
  maxRetries?: number;
  retryBaseDelayMs?: number;
  retryMaxDelayMs?: number;
  attemptTimeoutMs?: number;
  totalTimeoutMs?: number;
}

export const TOOL_FUNCTIONS = createToolRegistry().chatFunctions();

/**
 * The planner with `meta` and the request's `language` removed from its plans, so tests compare steps;
 * `plannerWithMeta` keeps them.
 */
export function plannerUnderTest(options: PlannerTestOptions, fallback: Planner, logger: Logger): Planner {
  const planner = plannerWithMeta(options, fallback, logger);
  return {
    plan: async (utterance, context) => {
      const { meta: _meta, language: _language, ...plan } = await planner.plan(utterance, context);
      return plan;
    },
  };
}

export function plannerWithMeta(options: PlannerTestOptions, fallback: Planner, logger: Logger): LlmPlanner {
  const model = new OpenAiChatModel({
    connection: {
      provider: 'azure-openai',
      endpoint: options.endpoint,
      deployment: options.deployment,
      apiVersion: options.apiVersion,
      ...(options.apiKey === undefined ? {} : { apiKey: options.apiKey }),
    },
    limits: {
      timeoutMs: options.attemptTimeoutMs ?? 8000,
      maxRetries: options.maxRetries ?? 2,
      concurrency: 4,
    },
    prices: { inputPerMillion: 0.15, outputPerMillion: 0.6 },
    logger,
    ...(options.credential === undefined ? {} : { credential: options.credential }),
    ...(options.retryBaseDelayMs === undefined ? {} : { retryBaseDelayMs: options.retryBaseDelayMs }),
    ...(options.retryMaxDelayMs === undefined ? {} : { retryMaxDelayMs: options.retryMaxDelayMs }),
  });
  return new LlmPlanner(
    {
      model,
      prompt: parsePromptFile(options.promptTemplate, 'planner'),
      tools: TOOL_FUNCTIONS,
      ...(options.toolChoice === undefined ? {} : { toolChoice: options.toolChoice }),
      ...(options.parallelToolCalls === undefined ? {} : { parallelToolCalls: options.parallelToolCalls }),
      ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
      ...(options.maxInputChars === undefined ? {} : { maxInputChars: options.maxInputChars }),
      ...(options.totalTimeoutMs === undefined ? {} : { deadlineMs: options.totalTimeoutMs }),
    },
    fallback,
    logger,
  );
}
