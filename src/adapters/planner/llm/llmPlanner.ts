import type { ChatFunction, ChatModel } from '../../../ports/ChatModel';
import type { Plan, Planner, PlanningContext, PlanStep } from '../../../ports/Planner';
import { isAppError } from '../../../shared/errors';
import type { Logger } from '../../../shared/logger';
import type { PromptFile } from '../../llm/promptFile';
import { renderPlannerPrompt } from './plannerPrompt';
import { readToolCalls, type CandidateStep } from './toolCallSteps';
import { userRequestText } from './userRequestText';
import { requestLanguageOf } from '../intent/requestLanguage';

export interface LlmPlannerOptions {
  model: ChatModel;
  prompt: PromptFile;
  /** The tools the model may call, from the tool registry. */
  tools: readonly ChatFunction[];
  /** 'required' (default) always yields a tool call; the `help` tool covers greetings and unclear requests. */
  toolChoice?: 'auto' | 'required';
  /** Let the model return several tool calls in one answer (default true). */
  parallelToolCalls?: boolean;
  /** Default 0: planning should be repeatable, not creative. */
  temperature?: number;
  /** Longest user text sent to the model, in code points (default 4000). */
  maxInputChars?: number;
  /** Budget for the whole call including retries; past it the offline planner answers (default 12000 ms). */
  deadlineMs?: number;
}

const clip = (text: string, max = 80): string => (text.length <= max ? text : `${text.slice(0, max)}…`);

/**
 * `Planner` over a chat model with function calling. The plan's steps are the model's tool calls, in its
 * order and with its arguments (decoded, nothing dropped or invented): the executor validates them against
 * the registry and asks the user when an argument is missing or wrong. Whenever the model cannot give a
 * usable answer (error, throttling after retries, timeout, malformed or no tool call) the offline planner
 * answers instead, so a turn never fails or hangs because of the model.
 */
export class LlmPlanner implements Planner {
  private readonly logger: Logger;
  private readonly toolNames: ReadonlySet<string>;
  private readonly maxInputChars: number;

  constructor(
    private readonly options: LlmPlannerOptions,
    private readonly fallback: Planner,
    logger: Logger,
  ) {
    this.logger = logger.child({ component: 'llm-planner', model: options.model.id });
    this.toolNames = new Set(options.tools.map((tool) => tool.name));
    this.maxInputChars = Math.max(1, Math.floor(options.maxInputChars ?? 4000));
  }

  async plan(utterance: string, context: PlanningContext = {}): Promise<Plan> {
    const text = userRequestText(typeof utterance === 'string' ? utterance : '', this.maxInputChars);
    // Nothing to plan: the offline planner answers an empty message without a paid round trip.
    if (text === '') return this.fallback.plan(utterance, context);
    let reason: string;
    try {
      const completion = await this.options.model.complete({
        purpose: 'plan',
        temperature: this.options.temperature ?? 0,
        tools: [...this.options.tools],
        toolChoice: this.options.toolChoice ?? 'required',
        parallelToolCalls: this.options.parallelToolCalls ?? true,
        deadlineMs: this.options.deadlineMs ?? 12_000,
        messages: [
          { role: 'system', content: renderPlannerPrompt(this.options.prompt.text, context) },
          { role: 'user', content: text },
        ],
      });
      const meta = {
        planner: 'llm' as const,
        model: completion.model,
        promptId: this.options.prompt.id,
        promptVersion: this.options.prompt.version,
        usage: completion.usage,
        costUsd: completion.costUsd,
      };
      const reading = readToolCalls(completion.toolCalls);
      if (reading.kind === 'malformed') {
        reason = `${clip(reading.tool) || 'a tool call'}: ${reading.problem}`;
      } else {
        const steps = this.known(reading.steps);
        if (steps.length > 0) {
          this.logger.debug({ tools: steps.map((step) => step.tool), usage: completion.usage }, 'LLM plan');
          return { steps, meta, language: requestLanguageOf(text) };
        }
        reason = reading.steps.length === 0 ? 'no tool call' : 'no known tool';
      }
    } catch (error) {
      reason = isAppError(error)
        ? error.userMessage
        : error instanceof Error
          ? error.name
          : 'unknown failure';
    }
    this.logger.warn({ reason: clip(reason, 300) }, 'LLM planner fell back to the offline planner');
    const offline = await this.fallback.plan(utterance, context);
    return {
      ...offline,
      meta: { ...(offline.meta ?? { planner: 'offline' }), fallbackReason: clip(reason, 300) },
    };
  }

  /** The model's calls of registered tools, in its order; calls of tools we do not have are logged and skipped. */
  private known(candidates: readonly CandidateStep[]): PlanStep[] {
    const steps: PlanStep[] = [];
    for (const candidate of candidates) {
      if (!this.toolNames.has(candidate.tool)) {
        this.logger.warn({ tool: clip(candidate.tool) }, 'the model called an unknown tool; ignored');
        continue;
      }
      const args =
        typeof candidate.args === 'object' && candidate.args !== null && !Array.isArray(candidate.args)
          ? (candidate.args as Record<string, unknown>)
          : {};
      steps.push({ tool: candidate.tool, args });
    }
    return steps;
  }
}
