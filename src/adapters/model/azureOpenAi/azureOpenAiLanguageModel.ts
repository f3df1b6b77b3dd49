import { AzureOpenAI } from 'openai';
import type { TokenCredential } from '@azure/core-auth';
import { azureOpenAiAuth } from '../../azureOpenAi/azureOpenAiAuth';
import type { Citation, ContentDocument } from '../../../domain/content';
import type {
  DraftCopy,
  GenerationRequest,
  GenerationResult,
  LanguageModel,
} from '../../../ports/LanguageModel';
import { citationExcerpt } from '../../../content/citationExcerpt';
import { AppError, configError, unavailable } from '../../../shared/errors';
import { formatZodError } from '../../../shared/zodMessage';
import { renderSystemPrompt, renderUserMessage } from './generationPrompt';
import { modelDraftsSchema, type ModelDrafts } from './modelDraftSchema';

export interface AzureOpenAiOptions {
  endpoint: string;
  deployment: string;
  apiVersion: string;
  /** Without a key, Entra ID is used (`credential`, else DefaultAzureCredential). */
  apiKey?: string;
  credential?: TokenCredential;
  /** Text of prompts/generate-variants.md. */
  promptTemplate: string;
  temperature?: number;
  maxRetries?: number;
  timeoutMs?: number;
}

const SMS_OPT_OUT = /reply stop to opt out/i;
const LIMITS = { sms: 160, push: 120 } as const;

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Keeps the model's quote only when it really is in the source; otherwise the source's own excerpt. */
function citationOf(document: ContentDocument, quote: string | undefined): Citation {
  const verbatim =
    quote !== undefined &&
    quote.trim() !== '' &&
    normalizeSpace(document.body).includes(normalizeSpace(quote));
  return {
    id: document.id,
    title: document.title,
    excerpt: verbatim ? quote.trim() : citationExcerpt(document),
  };
}

/** Why a draft breaks the channel rules, or undefined when it is usable. */
function channelProblem(
  request: GenerationRequest,
  draft: ModelDrafts['variants'][number],
): string | undefined {
  if (request.channel === 'email') return draft.subject === undefined ? 'email without a subject' : undefined;
  if (draft.body.length > LIMITS[request.channel])
    return `${request.channel} longer than ${LIMITS[request.channel]} characters`;
  if (request.channel === 'sms' && !SMS_OPT_OUT.test(draft.body)) return 'SMS without the opt-out line';
  return undefined;
}

/**
 * `LanguageModel` over an Azure OpenAI chat deployment in JSON mode. The answer is validated with
 * zod; drafts that break channel rules or cite nothing known are dropped, and when none survive the
 * call fails (UNAVAILABLE) instead of returning ungrounded copy.
 */
export class AzureOpenAiLanguageModel implements LanguageModel {
  readonly id: string;
  private readonly client: AzureOpenAI;
  private readonly options: AzureOpenAiOptions;

  constructor(options: AzureOpenAiOptions) {
    if (options.endpoint.trim() === '' || options.deployment.trim() === '') {
      throw configError('model.endpoint and model.deployment are required for the Azure OpenAI provider.');
    }
    this.options = options;
    this.id = `azure-openai:${options.deployment}`;
    const auth = azureOpenAiAuth(options.apiKey, options.credential);
    this.client = new AzureOpenAI({
      endpoint: options.endpoint,
      deployment: options.deployment,
      apiVersion: options.apiVersion,
      maxRetries: options.maxRetries ?? 2,
      timeout: options.timeoutMs ?? 30_000,
      ...auth,
    });
  }

  async generate(request: GenerationRequest): Promise<GenerationResult> {
    let completion;
    try {
      completion = await this.client.chat.completions.create({
        model: this.options.deployment,
        temperature: this.options.temperature ?? 0.7,
        response_format: { type: 'json_object' },
        messages: [
          { role: 'system', content: renderSystemPrompt(this.options.promptTemplate, request) },
          { role: 'user', content: renderUserMessage(request) },
        ],
      });
    } catch (error) {
      const status = (error as { status?: unknown }).status;
      if (status === 401 || status === 403) {
        throw new AppError('CONFIG', 'Azure OpenAI refused the request: check the key or role assignment.', {
          cause: error,
        });
      }
      throw unavailable(
        `Azure OpenAI could not draft the copy${typeof status === 'number' ? ` (HTTP ${status})` : ''}. Try again later.`,
        error,
      );
    }
    const content = completion.choices[0]?.message?.content;
    if (content === undefined || content === null || content.trim() === '') {
      throw unavailable('Azure OpenAI returned an empty answer.');
    }
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch (error) {
      throw unavailable('Azure OpenAI returned an answer that is not JSON.', error);
    }
    const parsed = modelDraftsSchema.safeParse(json);
    if (!parsed.success) {
      throw unavailable(`Azure OpenAI returned drafts in the wrong shape (${formatZodError(parsed.error)}).`);
    }
    const sources = new Map(request.sources.map((source) => [source.id, source]));
    const drafts: DraftCopy[] = [];
    for (const variant of parsed.data.variants.slice(0, request.variants)) {
      if (channelProblem(request, variant) !== undefined) continue;
      const citations = variant.citations.flatMap((citation) => {
        const document = sources.get(citation.id);
        return document ? [citationOf(document, citation.quote)] : [];
      });
      if (citations.length === 0) continue;
      const unique = [...new Map(citations.map((citation) => [citation.id, citation])).values()];
      const draft: DraftCopy = { body: variant.body, citations: unique, generator: this.id };
      if (request.channel === 'email' && variant.subject !== undefined) draft.subject = variant.subject;
      drafts.push(draft);
    }
    if (drafts.length === 0) {
      throw unavailable(
        'Azure OpenAI returned no usable drafts (each broke a channel rule or cited no source).',
      );
    }
    return {
      drafts,
      usage: {
        promptTokens: completion.usage?.prompt_tokens ?? 0,
        completionTokens: completion.usage?.completion_tokens ?? 0,
      },
    };
  }
}
