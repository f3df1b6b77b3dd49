import type { Citation, ContentDocument } from '../../../domain/content';
import type { ChatCompletion, ChatMessage, ChatModel } from '../../../ports/ChatModel';
import type {
  DraftCopy,
  GenerationRequest,
  GenerationResult,
  LanguageModel,
} from '../../../ports/LanguageModel';
import { citationExcerpt } from '../../../content/citationExcerpt';
import { conflict, unavailable } from '../../../shared/errors';
import { formatZodError } from '../../../shared/zodMessage';
import type { PromptFile } from '../../llm/promptFile';
import { renderSystemPrompt, renderUserMessage } from './generationPrompt';
import { MODEL_DRAFTS_JSON_SCHEMA, modelDraftsSchema, type ModelDrafts } from './modelDraftSchema';

export interface ChatLanguageModelOptions {
  model: ChatModel;
  prompt: PromptFile;
  /** Creative but bounded (default 0.7). */
  temperature?: number;
  /** Output token cap per call, also used to estimate a call's cost against the budget (default 2000). */
  maxOutputTokens?: number;
  /** Prices used to estimate a call before it is made. */
  prices: { inputPerMillion: number; outputPerMillion: number };
}

const SMS_OPT_OUT = /reply stop to opt out/i;
const LIMITS = { sms: 160, push: 120 } as const;

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Keeps the model's quote only when it really is in the source; otherwise the source's own excerpt. */
function citationOf(document: ContentDocument, quote: string): Citation {
  const verbatim = quote.trim() !== '' && normalizeSpace(document.body).includes(normalizeSpace(quote));
  return {
    id: document.id,
    title: document.title,
    excerpt: verbatim ? quote.trim() : citationExcerpt(document),
  };
}

type ModelVariant = ModelDrafts['variants'][number];

/** Why a draft breaks the channel rules, or undefined when it is usable. */
function channelProblem(request: GenerationRequest, draft: ModelVariant): string | undefined {
  if (request.channel === 'email') return draft.subject ? undefined : 'an email variant has no subject';
  if (draft.body.length > LIMITS[request.channel])
    return `a ${request.channel} variant is longer than ${LIMITS[request.channel]} characters`;
  if (request.channel === 'sms' && !SMS_OPT_OUT.test(draft.body))
    return 'an SMS variant lacks "Reply STOP to opt out"';
  return undefined;
}

interface Reading {
  drafts: DraftCopy[];
  notes: string[];
  problems: string[];
}

/**
 * `LanguageModel` over a chat model with strict structured output: one call per segment returns every
 * variant (never one per customer), validated with zod. An invalid answer gets one repair attempt that
 * names what was wrong; drafts that break channel rules or cite no provided source are dropped. Each
 * call is checked against the campaign's remaining budget before it is made.
 */
export class ChatLanguageModel implements LanguageModel {
  readonly id: string;

  constructor(private readonly options: ChatLanguageModelOptions) {
    this.id = options.model.id;
  }

  async generate(request: GenerationRequest): Promise<GenerationResult> {
    const wanted = request.revise === undefined ? request.variants : 1;
    const messages: ChatMessage[] = [
      { role: 'system', content: renderSystemPrompt(this.options.prompt.text, request) },
      { role: 'user', content: renderUserMessage(request) },
    ];
    const spent = { calls: 0, promptTokens: 0, completionTokens: 0, costUsd: 0 };
    const call = async (): Promise<ChatCompletion> => {
      this.checkBudget(
        messages,
        request.budgetUsd === undefined ? undefined : request.budgetUsd - spent.costUsd,
      );
      const completion = await this.options.model.complete({
        purpose: 'generate',
        messages,
        jsonSchema: { name: 'drafts', schema: MODEL_DRAFTS_JSON_SCHEMA },
        temperature: this.options.temperature ?? 0.7,
        maxOutputTokens: this.options.maxOutputTokens ?? 2000,
      });
      spent.calls += 1;
      spent.promptTokens += completion.usage.promptTokens;
      spent.completionTokens += completion.usage.completionTokens;
      spent.costUsd += completion.costUsd;
      return completion;
    };
    let completion = await call();
    let reading = this.read(completion, request, wanted);
    if (reading.drafts.length === 0) {
      // One repair attempt: the model sees its answer and what was wrong with it.
      messages.push(
        { role: 'assistant', content: completion.content ?? '' },
        {
          role: 'user',
          content: `That answer cannot be used: ${reading.problems.join('; ')}. Answer again with the JSON object only, following every rule.`,
        },
      );
      completion = await call();
      reading = this.read(completion, request, wanted);
    }
    if (reading.drafts.length === 0) {
      throw unavailable(
        `The model's drafts could not be used after one repair attempt (${reading.problems.slice(0, 3).join('; ')}). Try again or rephrase the request.`,
      );
    }
    return {
      drafts: reading.drafts,
      usage: { promptTokens: spent.promptTokens, completionTokens: spent.completionTokens },
      calls: spent.calls,
      costUsd: spent.costUsd,
      prompt: { id: this.options.prompt.id, version: this.options.prompt.version },
      notes: reading.notes,
    };
  }

  /** Stops before a call whose worst-case cost would not fit in what the campaign may still spend. */
  private checkBudget(messages: readonly ChatMessage[], remainingUsd: number | undefined): void {
    if (remainingUsd === undefined) return;
    const promptChars = messages.reduce((sum, message) => sum + (message.content ?? '').length, 0);
    const { prices } = this.options;
    const estimate =
      ((promptChars / 3) * prices.inputPerMillion +
        (this.options.maxOutputTokens ?? 2000) * prices.outputPerMillion) /
      1e6;
    if (estimate > remainingUsd) {
      throw conflict(
        `This campaign's model budget is spent: the next call could cost about $${estimate.toFixed(4)} and $${Math.max(0, remainingUsd).toFixed(4)} is left. Raise CPO_LLM_BUDGET_USD to continue.`,
      );
    }
  }

  private read(completion: ChatCompletion, request: GenerationRequest, wanted: number): Reading {
    const content = completion.content;
    if (content === null || content.trim() === '')
      return { drafts: [], notes: [], problems: ['the answer was empty'] };
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch {
      return { drafts: [], notes: [], problems: ['the answer is not valid JSON'] };
    }
    const parsed = modelDraftsSchema.safeParse(json);
    if (!parsed.success) {
      return {
        drafts: [],
        notes: [],
        problems: [`the JSON has the wrong shape (${formatZodError(parsed.error)})`],
      };
    }
    const sources = new Map(request.sources.map((source) => [source.id, source]));
    const drafts: DraftCopy[] = [];
    const problems: string[] = [];
    for (const variant of parsed.data.variants.slice(0, wanted)) {
      const problem = channelProblem(request, variant);
      if (problem !== undefined) {
        problems.push(problem);
        continue;
      }
      const citations = variant.citations.flatMap((citation) => {
        const document = sources.get(citation.id);
        return document ? [citationOf(document, citation.quote)] : [];
      });
      if (citations.length === 0) {
        problems.push('a variant cites no provided source id');
        continue;
      }
      const unique = [...new Map(citations.map((citation) => [citation.id, citation])).values()];
      const draft: DraftCopy = { body: variant.body, citations: unique, generator: this.id };
      if (request.channel === 'email' && variant.subject) draft.subject = variant.subject;
      drafts.push(draft);
    }
    return { drafts, notes: parsed.data.notes.filter((note) => note.trim() !== ''), problems };
  }
}
