import {
  AzureKeyCredential,
  IndexDocumentsBatch,
  SearchClient,
  SearchIndexClient,
  type SearchClientOptions,
} from '@azure/search-documents';
import type { TokenCredential } from '@azure/core-auth';
import { DefaultAzureCredential } from '@azure/identity';
import type { ContentDocument, SearchHit } from '../../../domain/content';
import type { ContentIndex, ContentQuery } from '../../../ports/ContentIndex';
import { isValidOn, servesChannel } from '../../../content/contentValidity';
import { expandQuery } from '../../../content/multilingualQueryTerms';
import { AppError, configError, unavailable } from '../../../shared/errors';
import { fromAzureRecord, toAzureDate, toAzureRecord, type AzureContentRecord } from './azureContentRecord';
import { contentIndexDefinition } from './contentIndexDefinition';

export interface AzureContentIndexOptions {
  endpoint: string;
  indexName: string;
  /** Admin or query key; without it, Entra ID (DefaultAzureCredential or `credential`) is used. */
  apiKey?: string;
  credential?: TokenCredential;
  /** Create or update the index schema before `index()` uploads documents (needs an admin key or role). */
  manageSchema?: boolean;
  /** Transport options, e.g. `allowInsecureConnection` for a local test server. */
  clientOptions?: SearchClientOptions;
}

const DEFAULT_TOP = 5;
/** Approved content is small; one page of ids is enough to find stale documents. */
const MAX_EXISTING_IDS = 1000;
const MAX_BATCH_ACTIONS = 1000;

/** Characters with a meaning in the simple query syntax; user text must not become operators. */
const QUERY_OPERATORS = /[+|\-"*()~\\/&!^{}[\]:?]/g;

function escapeODataString(value: string): string {
  return value.replace(/'/g, "''");
}

export function buildContentFilter(query: ContentQuery): string | undefined {
  const clauses: string[] = [];
  if (query.channel !== undefined)
    clauses.push(`channels/any(c: c eq '${escapeODataString(query.channel)}')`);
  if (query.validOn !== undefined) {
    const day = toAzureDate(query.validOn);
    clauses.push(`(validFrom eq null or validFrom le ${day})`, `(validTo eq null or validTo ge ${day})`);
  }
  return clauses.length === 0 ? undefined : clauses.join(' and ');
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

function serviceError(action: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const status = statusOf(error);
  if (status === 401 || status === 403) {
    return new AppError(
      'CONFIG',
      `Azure AI Search refused to ${action}: check the search key or role assignment.`,
      {
        cause: error,
      },
    );
  }
  const suffix = status === undefined ? '' : ` (HTTP ${status})`;
  return unavailable(`Azure AI Search could not ${action}${suffix}. Try again later.`, error);
}

/** `ContentIndex` over an Azure AI Search index: same contract as the local index, switched by config. */
export class AzureContentIndex implements ContentIndex {
  private readonly client: SearchClient<AzureContentRecord>;
  private readonly indexClient: SearchIndexClient;
  private readonly options: AzureContentIndexOptions;

  constructor(options: AzureContentIndexOptions) {
    if (options.endpoint.trim() === '')
      throw configError('search.endpoint is required for the Azure search provider.');
    const credential =
      options.apiKey !== undefined
        ? new AzureKeyCredential(options.apiKey)
        : (options.credential ?? new DefaultAzureCredential());
    const clientOptions = options.clientOptions ?? {};
    this.options = options;
    this.client = new SearchClient<AzureContentRecord>(
      options.endpoint,
      options.indexName,
      credential,
      clientOptions,
    );
    this.indexClient = new SearchIndexClient(options.endpoint, credential, clientOptions);
  }

  async index(documents: ContentDocument[]): Promise<void> {
    try {
      if (this.options.manageSchema ?? false) {
        await this.indexClient.createOrUpdateIndex(contentIndexDefinition(this.options.indexName));
      }
      const wanted = new Set(documents.map((document) => document.id));
      const stale = (await this.existingIds()).filter((id) => !wanted.has(id));
      const actions = [
        ...stale.map((id) => ({ kind: 'delete' as const, id })),
        ...documents.map((document) => ({ kind: 'upload' as const, record: toAzureRecord(document) })),
      ];
      for (let start = 0; start < actions.length; start += MAX_BATCH_ACTIONS) {
        const batch = new IndexDocumentsBatch<AzureContentRecord>();
        const chunk = actions.slice(start, start + MAX_BATCH_ACTIONS);
        const deletions = chunk.flatMap((action) => (action.kind === 'delete' ? [action.id] : []));
        const uploads = chunk.flatMap((action) => (action.kind === 'upload' ? [action.record] : []));
        if (deletions.length > 0) batch.delete('id', deletions);
        if (uploads.length > 0) batch.mergeOrUpload(uploads);
        const result = await this.client.indexDocuments(batch);
        const failed = result.results.filter((entry) => !entry.succeeded);
        if (failed.length > 0) {
          throw unavailable(
            `Azure AI Search rejected ${failed.length} document(s): ${failed
              .slice(0, 3)
              .map((entry) => `${entry.key} (${entry.errorMessage ?? entry.statusCode})`)
              .join(', ')}.`,
          );
        }
      }
    } catch (error) {
      throw serviceError('index the content', error);
    }
  }

  async search(query: ContentQuery): Promise<SearchHit[]> {
    const text = expandQuery(query.text).replace(QUERY_OPERATORS, ' ').replace(/\s+/g, ' ').trim();
    if (text === '') return [];
    const top = Math.max(1, query.top ?? DEFAULT_TOP);
    const filter = buildContentFilter(query);
    const hits: SearchHit[] = [];
    try {
      const response = await this.client.search(text, {
        queryType: 'simple',
        searchMode: 'any',
        searchFields: ['title', 'tags', 'body'],
        top,
        ...(filter === undefined ? {} : { filter }),
      });
      for await (const result of response.results) {
        const document = fromAzureRecord(result.document);
        // The service applies the filter; re-checking guards against a mis-configured index.
        if (!document) continue;
        if (query.channel !== undefined && !servesChannel(document, query.channel)) continue;
        if (query.validOn !== undefined && !isValidOn(document, query.validOn)) continue;
        hits.push({ document, score: result.score });
        if (hits.length >= top) break;
      }
    } catch (error) {
      throw serviceError('search the content', error);
    }
    return hits;
  }

  async get(id: string): Promise<ContentDocument | undefined> {
    try {
      return fromAzureRecord(await this.client.getDocument(id));
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw serviceError('read a content document', error);
    }
  }

  private async existingIds(): Promise<string[]> {
    const response = await this.client.search('*', { select: ['id'], top: MAX_EXISTING_IDS });
    const ids: string[] = [];
    for await (const result of response.results) ids.push(result.document.id);
    return ids;
  }
}
