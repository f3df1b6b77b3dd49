import createContentSafetyClient, { type ContentSafetyClient } from '@azure-rest/ai-content-safety';
import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import {
  SAFETY_CATEGORIES,
  type CategorySeverities,
  type SafetyCategory,
  type SafetyFinding,
} from '../../../domain/variant';
import type { SafetyScreener, ScreenRequest, ScreenResponse } from '../../../ports/SafetyScreener';
import { configError } from '../../../shared/errors';
import { RetryableError, retryWithBackoff, sleep, type RetryOptions } from './retryWithBackoff';
import { splitForService } from './splitForService';

import { AZURE_SCREENER_ID } from '../../../domain/screenerIds';
export { AZURE_SCREENER_ID };

/** `text:analyze` and `text:shieldPrompt` accept at most 10,000 code points per text. */
export const SERVICE_TEXT_LIMIT = 10_000;
/** Prompt Shields is served from a newer API version than the SDK's default. */
const SHIELD_PROMPT_API_VERSION = '2024-09-01';

const CATEGORY_OF: Readonly<Record<string, SafetyCategory>> = {
  Hate: 'hate',
  Violence: 'violence',
  SelfHarm: 'selfHarm',
  Sexual: 'sexual',
};

export interface AzureContentSafetyOptions {
  endpoint: string;
  /** Key authentication; without it, Entra ID through `credential` or DefaultAzureCredential. */
  apiKey?: string | undefined;
  credential?: TokenCredential | undefined;
  retry?: Partial<RetryOptions> | undefined;
  /** Texts screened at once. */
  concurrency?: number | undefined;
  /** Pieces per request are cut to this many code points (tests use small values). */
  textLimit?: number | undefined;
}

interface ServiceResponse {
  status: string;
  headers: Record<string, string | undefined>;
  body: unknown;
}

function retryAfterMs(headers: ServiceResponse['headers']): number | undefined {
  const value = headers['retry-after-ms'] ?? headers['x-ms-retry-after-ms'] ?? headers['retry-after'];
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return headers['retry-after'] === value ? seconds * 1000 : seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** 2xx bodies pass through; 429 and 5xx are retryable; other statuses fail at once. */
function checked(response: ServiceResponse, operation: string): unknown {
  const status = Number(response.status);
  if (status >= 200 && status < 300) return response.body;
  const detail = (response.body as { error?: { message?: string } } | undefined)?.error?.message;
  const message = `${operation} returned ${status}${detail === undefined ? '' : `: ${detail}`}`;
  if (status === 429 || status >= 500) throw new RetryableError(message, retryAfterMs(response.headers));
  throw new Error(message);
}

function isTransportError(error: unknown): boolean {
  return error instanceof Error && !(error instanceof RetryableError) && 'code' in error;
}

/**
 * SafetyScreener over Azure AI Content Safety: `text:analyze` (eight severity levels) for the four
 * categories and `text:shieldPrompt` for user input and documents. Long texts are split under the service
 * limit and the highest severity wins. 429 and 5xx are retried with exponential backoff; when the service
 * still cannot answer, the text fails closed: findings that force human review, never a pass.
 */
export class AzureContentSafetyScreener implements SafetyScreener {
  readonly id = AZURE_SCREENER_ID;
  private readonly client: ContentSafetyClient;
  private readonly retry: RetryOptions;
  private readonly concurrency: number;
  private readonly textLimit: number;

  constructor(options: AzureContentSafetyOptions) {
    if (options.endpoint.trim() === '') {
      throw configError('AZURE_CONTENT_SAFETY_ENDPOINT is required for CPO_SAFETY_PROVIDER=azure.');
    }
    const endpoint = options.endpoint.replace(/\/+$/, '');
    const credential =
      options.apiKey !== undefined
        ? { key: options.apiKey }
        : (options.credential ?? new DefaultAzureCredential());
    this.client = createContentSafetyClient(endpoint, credential, {
      // Retries are ours (below), so that throttling and outages end in a fail-closed answer we control.
      retryOptions: { maxRetries: 0 },
      allowInsecureConnection: endpoint.startsWith('http://'),
    });
    this.retry = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8_000, sleep, ...options.retry };
    this.concurrency = Math.max(1, options.concurrency ?? 4);
    this.textLimit = Math.min(SERVICE_TEXT_LIMIT, Math.max(100, options.textLimit ?? SERVICE_TEXT_LIMIT));
  }

  async screen(requests: ScreenRequest[]): Promise<ScreenResponse[]> {
    const responses: ScreenResponse[] = new Array<ScreenResponse>(requests.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < requests.length) {
        const index = next;
        next += 1;
        const request = requests[index] as ScreenRequest;
        responses[index] = await this.screenOne(request);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, requests.length) }, worker));
    return responses;
  }

  private async screenOne(request: ScreenRequest): Promise<ScreenResponse> {
    const categories: CategorySeverities = { hate: 0, violence: 0, selfHarm: 0, sexual: 0 };
    const findings: SafetyFinding[] = [];
    if (request.text.trim() === '')
      return { id: request.id, categories, findings, screener: AZURE_SCREENER_ID };
    const pieces = splitForService(request.text, this.textLimit);
    try {
      for (const piece of pieces) {
        const analysis = await this.call(() => this.analyze(piece), 'text:analyze');
        for (const { category, severity } of analysis) {
          const ours = CATEGORY_OF[category];
          if (ours !== undefined && severity !== undefined)
            categories[ours] = Math.max(categories[ours], severity);
        }
      }
    } catch (error) {
      return this.unscored(request, error);
    }
    for (const category of SAFETY_CATEGORIES) {
      if (categories[category] > 0) {
        findings.push({
          reason: category,
          detail: `Azure AI Content Safety severity ${categories[category]}`,
        });
      }
    }
    if (request.kind !== 'copy') findings.push(...(await this.shield(request, pieces)));
    return { id: request.id, categories, findings, screener: AZURE_SCREENER_ID };
  }

  private async analyze(text: string): Promise<Array<{ category: string; severity?: number }>> {
    const response = await this.client.path('/text:analyze').post({
      body: {
        text,
        categories: ['Hate', 'Violence', 'SelfHarm', 'Sexual'],
        outputType: 'EightSeverityLevels',
      },
    });
    const body = checked(response as unknown as ServiceResponse, 'text:analyze') as {
      categoriesAnalysis?: Array<{ category: string; severity?: number }>;
    };
    return body.categoriesAnalysis ?? [];
  }

  /** Prompt Shields: user input as the user prompt, retrieved documents as documents. */
  private async shield(request: ScreenRequest, pieces: string[]): Promise<SafetyFinding[]> {
    try {
      for (const piece of pieces) {
        const body =
          request.kind === 'user_input'
            ? { userPrompt: piece, documents: [] }
            : { userPrompt: '', documents: [piece] };
        const result = (await this.call(async () => {
          const response = await this.client.pathUnchecked('/text:shieldPrompt').post({
            body,
            queryParameters: { 'api-version': SHIELD_PROMPT_API_VERSION },
          });
          return checked(response as unknown as ServiceResponse, 'text:shieldPrompt');
        }, 'text:shieldPrompt')) as {
          userPromptAnalysis?: { attackDetected?: boolean };
          documentsAnalysis?: Array<{ attackDetected?: boolean }>;
        };
        const attacked =
          result.userPromptAnalysis?.attackDetected === true ||
          (result.documentsAnalysis ?? []).some((document) => document.attackDetected === true);
        if (attacked)
          return [{ reason: 'prompt_injection', detail: 'Azure Prompt Shields detected an attack' }];
      }
      return [];
    } catch (error) {
      return [{ reason: 'prompt_injection', detail: `not checked (fails closed): ${messageOf(error)}` }];
    }
  }

  /** Retries 429/5xx and network errors; a response is parsed inside so that its status can be retried. */
  private async call<T>(send: () => Promise<T>, operation: string): Promise<T> {
    return retryWithBackoff(async () => {
      try {
        return await send();
      } catch (error) {
        if (isTransportError(error)) throw new RetryableError(`${operation}: ${messageOf(error)}`);
        throw error;
      }
    }, this.retry);
  }

  private unscored(request: ScreenRequest, error: unknown): ScreenResponse {
    const why = `not screened (fails closed): ${messageOf(error)}`;
    return {
      id: request.id,
      categories: { hate: 0, violence: 0, selfHarm: 0, sexual: 0 },
      findings: SAFETY_CATEGORIES.map((category) => ({ reason: category, detail: why })),
      screener: AZURE_SCREENER_ID,
    };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
