import { APIError, AzureOpenAI } from 'openai';
import type {
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionTool,
} from 'openai/resources/chat/completions';
import type { TokenCredential } from '@azure/core-auth';
import { azureOpenAiAuth } from '../../azureOpenAi/azureOpenAiAuth';
import type { Plan, Planner, PlanningContext } from '../../../ports/Planner';
import { configError, isAppError } from '../../../shared/errors';
import type { Logger } from '../../../shared/logger';
import { applyContextCampaign } from './contextDefaults';
import { withDeadline } from './deadline';
import { normalizeDraftingOrder } from './draftingOrder';
import { renderPlannerPrompt } from './plannerPrompt';
import { callWithRetry, type RetryPolicy } from './retryPolicy';
import { readToolCalls } from './toolCallSteps';
import { buildToolFunctions } from './toolFunctions';
import { userRequestText } from './userRequestText';
import { validateToolSteps } from './validateToolSteps';

export interface LlmPlannerOptions {
  endpoint: string;
  deployment: string;
  apiVersion: string;
  /** Without a key, Entra ID is used (`credential`, else DefaultAzureCredential). */
  apiKey?: string;
  credential?: TokenCredential;
  /** Text of prompts/planner.md. */
  promptTemplate: string;
  /** 'required' (default) always yields a tool call; the `help` tool covers greetings and unclear requests. */
  toolChoice?: 'auto' | 'required';
  /** Let the model return several tool calls in one answer (default true). */
  parallelToolCalls?: boolean;
  /** Default 0: planning should be repeatable, not creative. */
  temperature?: number;
  /** Longest user text sent to the model, in code points (default 4000). */
  maxInputChars?: number;
  /** Retries on 429, 5xx and connection failures (default 2). */
  maxRetries?: number;
  /** First backoff between retries (default 500 ms; doubles, capped by `retryMaxDelayMs`, default 4000 ms). */
  retryBaseDelayMs?: number;
  retryMaxDelayMs?: number;
  /** Longest single HTTP attempt (default 8000 ms). */
  attemptTimeoutMs?: number;
  /** Budget for the whole call including retries; past it the offline planner answers (default 15000 ms). */
  totalTimeoutMs?: number;
}

/** A usable plan from the model, or why the offline planner must answer. */
type Outcome =
  { readonly kind: 'plan'; readonly plan: Plan } | { readonly kind: 'fallback'; readonly reason: string };

const positive = (value: number | undefined, fallback: number): number =>
  value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;

/** The assistant message of the first choice, read defensively: a gateway may answer with anything. */
function firstMessage(completion: unknown): Record<string, unknown> | undefined {
  if (typeof completion !== 'object' || completion === null) return undefined;
  const choices = (completion as { choices?: unknown }).choices;
  const choice: unknown = Array.isArray(choices) ? choices[0] : undefined;
  const message =
    typeof choice === 'object' && choice !== null ? (choice as { message?: unknown }).message : undefined;
  return typeof message === 'object' && message !== null ? (message as Record<string, unknown>) : undefined;
}

/**
 * `Planner` over an Azure OpenAI chat deployment with function calling. The function list is
 * generated from the tool catalog's zod schemas; the model's ordered tool calls become the plan's
 * steps after validation against the same schemas. Whenever the model cannot give a usable plan
 * (error, throttling after retries, timeout, malformed answer, no tool call) the offline planner
 * answers instead, so a turn never fails because of the model. Free of Teams and Bot Framework types.
 */
export class LlmPlanner implements Planner {
  private readonly client: AzureOpenAI;
  private readonly tools: ChatCompletionTool[];
  private readonly retry: RetryPolicy;
  private readonly totalTimeoutMs: number;
  private readonly maxInputChars: number;
  private readonly logger: Logger;

  constructor(
    private readonly options: LlmPlannerOptions,
    private readonly fallback: Planner,
    logger: Logger,
  ) {
    if (options.endpoint.trim() === '' || options.deployment.trim() === '') {
      throw configError('model.endpoint and model.deployment are required for the LLM planner.');
    }
    this.logger = logger.child({ component: 'llm-planner', deployment: options.deployment });
    this.tools = buildToolFunctions();
    this.maxInputChars = Math.max(1, Math.floor(positive(options.maxInputChars, 4000)));
    this.totalTimeoutMs = positive(options.totalTimeoutMs, 15_000);
    this.retry = {
      maxRetries: Math.max(0, Math.floor(options.maxRetries ?? 2)),
      baseDelayMs: positive(options.retryBaseDelayMs, 500),
      maxDelayMs: positive(options.retryMaxDelayMs, 4000),
      attemptTimeoutMs: positive(options.attemptTimeoutMs, 8000),
    };
    const auth = azureOpenAiAuth(options.apiKey, options.credential);
    this.client = new AzureOpenAI({
      endpoint: options.endpoint,
      deployment: options.deployment,
      apiVersion: options.apiVersion,
      maxRetries: 0,
      timeout: this.retry.attemptTimeoutMs,
      ...auth,
    });
  }

  async plan(utterance: string, context: PlanningContext = {}): Promise<Plan> {
    const text = userRequestText(typeof utterance === 'string' ? utterance : '', this.maxInputChars);
    // Nothing to plan: the offline planner answers an empty message without a paid round trip.
    if (text === '') return this.fallback.plan(utterance, context);
    let outcome: Outcome;
    try {
      outcome = this.planFrom(await this.complete(text, context), context);
    } catch (error) {
      const status = statusOf(error);
      if (status === 401 || status === 403 || status === 404) {
        this.logger.error(
          { status },
          'the planner model refused the request: check the endpoint, deployment, key or role assignment',
        );
      }
      outcome = { kind: 'fallback', reason: failureReason(error) };
    }
    if (outcome.kind === 'plan') return outcome.plan;
    this.logger.warn({ reason: outcome.reason }, 'LLM planner fell back to the intent planner');
    return this.fallback.plan(utterance, context);
  }

  /** One chat completion, retried on transient failures, within the total time budget. */
  private complete(text: string, context: PlanningContext): Promise<unknown> {
    const request: ChatCompletionCreateParamsNonStreaming = {
      model: this.options.deployment,
      temperature: this.options.temperature ?? 0,
      tools: this.tools,
      tool_choice: this.options.toolChoice ?? 'required',
      parallel_tool_calls: this.options.parallelToolCalls ?? true,
      messages: [
        { role: 'system', content: renderPlannerPrompt(this.options.promptTemplate, context) },
        { role: 'user', content: text },
      ],
    };
    return withDeadline(this.totalTimeoutMs, (deadline) =>
      callWithRetry(
        (timeout) =>
          this.client.chat.completions.create(request, { signal: deadline.signal, timeout, maxRetries: 0 }),
        this.retry,
        deadline,
        ({ retry, delayMs, error }) =>
          this.logger.info(
            { retry, delayMs: Math.round(delayMs), status: statusOf(error) },
            'retrying the planner model',
          ),
      ),
    );
  }

  /** The plan in a completion, or why there is none. */
  private planFrom(completion: unknown, context: PlanningContext): Outcome {
    const message = firstMessage(completion);
    if (message === undefined) return { kind: 'fallback', reason: 'answer without a message' };
    const reading = readToolCalls(message.tool_calls);
    if (reading.kind === 'malformed') {
      return { kind: 'fallback', reason: `${clip(reading.tool) || 'a tool call'}: ${reading.problem}` };
    }
    if (reading.steps.length === 0) return { kind: 'fallback', reason: 'no tool call' };
    const { steps, issues } = validateToolSteps(reading.steps);
    for (const issue of issues) {
      this.logger.warn(
        { step: issue.step, tool: clip(issue.tool), issue: clip(issue.message, 300) },
        'planner tool call corrected',
      );
    }
    if (steps.length === 0) return { kind: 'fallback', reason: 'no valid tool call' };
    const plan = normalizeDraftingOrder(applyContextCampaign({ steps }, context));
    this.logger.debug({ tools: plan.steps.map((step) => step.tool), usage: usageOf(completion) }, 'LLM plan');
    return { kind: 'plan', plan };
  }
}

function statusOf(error: unknown): number | undefined {
  return error instanceof APIError && typeof error.status === 'number' ? error.status : undefined;
}

/** A short, log-safe reason for a failed call (never the response body, which may echo the request). */
function failureReason(error: unknown): string {
  if (isAppError(error)) return error.userMessage;
  const status = statusOf(error);
  if (status !== undefined) return `HTTP ${status}`;
  return error instanceof Error ? error.name : 'unknown failure';
}

/** Model-chosen names and messages are bounded before they reach the logs. */
function clip(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

function usageOf(completion: unknown): unknown {
  return typeof completion === 'object' && completion !== null
    ? (completion as { usage?: unknown }).usage
    : undefined;
}
