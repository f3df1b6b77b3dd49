import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, AzureOpenAI } from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { TokenCredential } from '@azure/core-auth';
import type { ModelConnection, ModelLimits } from '../../domain/modelConnection';
import { costOf, type ModelPrices } from '../../domain/modelCost';
import type { ChatCompletion, ChatModel, ChatRequest } from '../../ports/ChatModel';
import { AppError, isAppError, unavailable } from '../../shared/errors';
import type { Logger } from '../../shared/logger';
import { azureOpenAiAuth } from './azureOpenAiAuth';
import { ConcurrencyLimit } from './concurrencyLimit';
import { withDeadline } from './deadline';
import { callWithRetry, type RetryPolicy } from './retryPolicy';
import { botMetrics } from '../../telemetry/metrics';
import { withSpan } from '../../telemetry/tracer';

export interface OpenAiChatModelOptions {
  connection: ModelConnection;
  limits: ModelLimits;
  prices: ModelPrices;
  logger: Logger;
  /** Entra ID credential for Azure without a key (default DefaultAzureCredential). */
  credential?: TokenCredential;
  /** First backoff between retries when the service names no Retry-After (default 500 ms, doubling). */
  retryBaseDelayMs?: number;
  retryMaxDelayMs?: number;
}

/** Some local servers need no key, but the SDK insists on one; this placeholder is sent instead. */
const NO_KEY = 'not-needed';

function createClient(options: OpenAiChatModelOptions): OpenAI {
  const { connection, limits } = options;
  if (connection.provider === 'openai') {
    // organization/project null: the SDK would otherwise read OPENAI_ORG_ID / OPENAI_PROJECT_ID.
    return new OpenAI({
      baseURL: connection.baseUrl,
      apiKey: connection.apiKey ?? NO_KEY,
      organization: null,
      project: null,
      maxRetries: 0,
      timeout: limits.timeoutMs,
    });
  }
  const auth = azureOpenAiAuth(connection.apiKey, options.credential);
  // baseURL null and apiVersion explicit: AzureOpenAI would otherwise read OPENAI_BASE_URL and
  // OPENAI_API_VERSION from the environment, meant for another provider.
  return new AzureOpenAI({
    baseURL: null as unknown as undefined,
    endpoint: connection.endpoint,
    deployment: connection.deployment,
    apiVersion: connection.apiVersion,
    maxRetries: 0,
    timeout: limits.timeoutMs,
    ...('apiKey' in auth ? auth : { apiKey: null as unknown as undefined, ...auth }),
  });
}

/** What went wrong without a status, in words for logs and users (never the response body). */
function failureKind(error: unknown): string {
  if (error instanceof APIConnectionTimeoutError) return 'timed out';
  if (error instanceof APIConnectionError) return 'connection failed';
  if (error instanceof SyntaxError) return 'malformed answer';
  return 'no usable answer';
}

export function statusOf(error: unknown): number | undefined {
  return error instanceof APIError && typeof error.status === 'number' ? error.status : undefined;
}

/** The assistant message of the first choice, or undefined when the answer has none. */
function firstChoice(
  completion: unknown,
): { message: Record<string, unknown>; finishReason?: string } | undefined {
  if (typeof completion !== 'object' || completion === null) return undefined;
  const choices = (completion as { choices?: unknown }).choices;
  const choice: unknown = Array.isArray(choices) ? choices[0] : undefined;
  if (typeof choice !== 'object' || choice === null) return undefined;
  const message = (choice as { message?: unknown }).message;
  if (typeof message !== 'object' || message === null) return undefined;
  const finish = (choice as { finish_reason?: unknown }).finish_reason;
  return {
    message: message as Record<string, unknown>,
    ...(typeof finish === 'string' ? { finishReason: finish } : {}),
  };
}

function tokens(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}

/**
 * `ChatModel` over the `openai` package: Azure OpenAI (`/openai/deployments/{deployment}/…?api-version=`)
 * or any OpenAI-compatible server (`{baseUrl}/chat/completions`). Each attempt is bounded by the
 * configured timeout; 429, 5xx and lost connections are retried with exponential backoff and jitter,
 * honouring Retry-After; at most `concurrency` calls run at once. Never logs prompt or answer text.
 */
export class OpenAiChatModel implements ChatModel {
  readonly id: string;
  private readonly client: OpenAI;
  private readonly retry: RetryPolicy;
  private readonly slots: ConcurrencyLimit;
  private readonly logger: Logger;
  private readonly modelName: string;

  constructor(private readonly options: OpenAiChatModelOptions) {
    const { connection, limits } = options;
    this.modelName = connection.provider === 'openai' ? connection.model : connection.deployment;
    this.id = `${connection.provider}:${this.modelName}`;
    this.client = createClient(options);
    this.slots = new ConcurrencyLimit(limits.concurrency);
    this.retry = {
      maxRetries: limits.maxRetries,
      baseDelayMs: options.retryBaseDelayMs ?? 500,
      maxDelayMs: options.retryMaxDelayMs ?? 8000,
      attemptTimeoutMs: limits.timeoutMs,
    };
    this.logger = options.logger.child({ component: 'chat-model', model: this.id });
  }

  async complete(request: ChatRequest): Promise<ChatCompletion> {
    const body: ChatCompletionCreateParamsNonStreaming = {
      model: this.modelName,
      messages: request.messages,
      temperature: request.temperature ?? 0,
      ...(request.maxOutputTokens === undefined ? {} : { max_tokens: request.maxOutputTokens }),
      ...(request.tools === undefined || request.tools.length === 0
        ? {}
        : {
            tools: request.tools.map((tool) => ({ type: 'function' as const, function: tool })),
            tool_choice: request.toolChoice ?? 'auto',
            parallel_tool_calls: request.parallelToolCalls ?? true,
          }),
      ...(request.jsonSchema === undefined
        ? {}
        : {
            response_format: {
              type: 'json_schema' as const,
              json_schema: { name: request.jsonSchema.name, schema: request.jsonSchema.schema, strict: true },
            },
          }),
    };
    const budget =
      request.deadlineMs ??
      this.options.limits.timeoutMs * (this.retry.maxRetries + 1) +
        this.retry.maxDelayMs * this.retry.maxRetries;
    const started = Date.now();
    let raw: unknown;
    try {
      raw = await withSpan('model.chat', { 'model.id': this.id, 'model.purpose': request.purpose }, () =>
        withDeadline(budget, (deadline) =>
          this.slots.run(deadline.signal, () =>
            callWithRetry(
              (timeout) =>
                this.client.chat.completions.create(body, {
                  signal: deadline.signal,
                  timeout,
                  maxRetries: 0,
                }),
              this.retry,
              deadline,
              ({ retry, delayMs, error }) =>
                this.logger.info(
                  { purpose: request.purpose, retry, delayMs: Math.round(delayMs), status: statusOf(error) },
                  'retrying the model',
                ),
            ),
          ),
        ),
      );
    } catch (error) {
      throw this.failure(error, request);
    }
    const choice = firstChoice(raw);
    const usageRaw = (raw as { usage?: Record<string, unknown> } | null)?.usage ?? {};
    const usage = {
      promptTokens: tokens(usageRaw.prompt_tokens),
      completionTokens: tokens(usageRaw.completion_tokens),
    };
    const costUsd = costOf(usage, this.options.prices);
    botMetrics.modelUsage(usage.promptTokens, usage.completionTokens, costUsd);
    this.logger.info({ purpose: request.purpose, ms: Date.now() - started, ...usage, costUsd }, 'model call');
    if (choice === undefined) throw unavailable(`The model (${this.id}) answered without a message.`);
    const content = choice.message.content;
    return {
      content: typeof content === 'string' ? content : null,
      toolCalls: choice.message.tool_calls,
      finishReason: choice.finishReason,
      usage,
      costUsd,
      model: this.id,
    };
  }

  /** A typed error with a message that names what to check; never the response body. */
  private failure(error: unknown, request: ChatRequest): AppError {
    if (isAppError(error)) return error;
    const status = statusOf(error);
    const setting =
      this.options.connection.provider === 'openai'
        ? 'OPENAI_BASE_URL, OPENAI_API_KEY and CPO_LLM_MODEL'
        : 'AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_DEPLOYMENT, AZURE_OPENAI_API_KEY or the role assignment';
    const refused = status === 401 || status === 403 || status === 404;
    // A refused key or a missing deployment is an operator's problem, not a passing fault: log it as an error.
    this.logger[refused ? 'error' : 'warn'](
      { purpose: request.purpose, status, error: failureKind(error) },
      refused
        ? 'the model refused the request: check the endpoint, deployment, key or role assignment'
        : 'model call failed',
    );
    if (refused) {
      return new AppError('CONFIG', `The model refused the request (HTTP ${status}): check ${setting}.`, {
        cause: error,
      });
    }
    const what = status !== undefined ? `HTTP ${status}` : failureKind(error);
    return unavailable(`The model (${this.id}) could not answer (${what}). Try again later.`, error);
  }
}
