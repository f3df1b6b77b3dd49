import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

type StoredDocument = Record<string, unknown> & { id: string };

/**
 * A local HTTP server speaking the slice of the Azure AI Search REST API the adapter uses:
 * `docs/search.post.search`, `docs/search.index` (the "docs/index" operation), `docs('key')` and
 * `PUT indexes('name')`. It keeps documents in memory, matches terms naively and understands the
 * filter shapes the adapter sends (channel `any` and validity date ranges).
 */
export class FakeAzureSearch {
  readonly requests: RecordedRequest[] = [];
  readonly documents = new Map<string, StoredDocument>();
  /** Forces the next responses' status code (e.g. 503), consumed one per request. */
  failures: number[] = [];
  /** Document keys that `search.index` reports as failed. */
  rejectKeys = new Set<string>();
  /** When true, search ignores the filter (to prove the adapter re-checks validity and channel). */
  ignoreFilter = false;
  /** Extra raw results appended to search responses (e.g. malformed records). */
  extraResults: Array<Record<string, unknown>> = [];
  private server: Server | undefined;

  constructor(private readonly indexName: string) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let text = '';
    for await (const chunk of request) text += String(chunk);
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const body: unknown = text === '' ? undefined : JSON.parse(text);
    this.requests.push({
      method: request.method ?? '',
      path,
      query: url.searchParams,
      headers: request.headers,
      body,
    });
    const send = (status: number, payload?: unknown): void => {
      response.statusCode = status;
      response.setHeader('content-type', 'application/json; odata.metadata=none');
      response.end(payload === undefined ? '' : JSON.stringify(payload));
    };
    const forced = this.failures.shift();
    if (forced !== undefined) {
      send(forced, { error: { code: 'Forced', message: `forced ${forced}` } });
      return;
    }
    const prefix = `/indexes('${this.indexName}')`;
    if (request.method === 'PUT' && path === prefix) return send(201, body);
    if (request.method === 'POST' && path === `${prefix}/docs/search.post.search`) {
      return send(200, { value: [...this.search(body as Record<string, unknown>), ...this.extraResults] });
    }
    if (request.method === 'POST' && path === `${prefix}/docs/search.index`) {
      return send(200, { value: this.applyBatch(body as { value: Array<Record<string, unknown>> }) });
    }
    const single = new RegExp(`^${prefix.replace(/[()]/g, '\\$&')}/docs\\('(.+)'\\)$`).exec(path);
    if (request.method === 'GET' && single?.[1] !== undefined) {
      const document = this.documents.get(single[1]);
      return document
        ? send(200, document)
        : send(404, { error: { code: 'NotFound', message: 'not found' } });
    }
    send(404, { error: { code: 'NoRoute', message: `${request.method} ${path}` } });
  }

  private applyBatch(batch: { value: Array<Record<string, unknown>> }): unknown[] {
    return batch.value.map((action) => {
      const { ['@search.action']: kind, ...document } = action;
      const key = String(document.id);
      if (this.rejectKeys.has(key))
        return { key, status: false, errorMessage: 'rejected by test', statusCode: 400 };
      if (kind === 'delete') this.documents.delete(key);
      else this.documents.set(key, { ...(this.documents.get(key) ?? {}), ...document, id: key });
      return { key, status: true, errorMessage: null, statusCode: kind === 'delete' ? 200 : 201 };
    });
  }

  private search(request: Record<string, unknown>): unknown[] {
    const text = String(request.search ?? '*');
    const top = typeof request.top === 'number' ? request.top : 50;
    const filter = typeof request.filter === 'string' && !this.ignoreFilter ? request.filter : undefined;
    const channel = filter ? /channels\/any\(c: c eq '([^']+)'\)/.exec(filter)?.[1] : undefined;
    const day = filter ? /validFrom le (\S+)\)/.exec(filter)?.[1] : undefined;
    const terms = text === '*' ? [] : text.toLowerCase().split(/\s+/).filter(Boolean);
    const results: Array<Record<string, unknown>> = [];
    for (const document of this.documents.values()) {
      if (channel !== undefined && !(document.channels as string[]).includes(channel)) continue;
      if (day !== undefined) {
        const from = document.validFrom as string | null;
        const to = document.validTo as string | null;
        if ((from !== null && from > day) || (to !== null && to < day)) continue;
      }
      const haystack =
        `${String(document.title)} ${(document.tags as string[]).join(' ')} ${String(document.body)}`.toLowerCase();
      const score = terms.length === 0 ? 1 : terms.filter((term) => haystack.includes(term)).length;
      if (score === 0) continue;
      const selected = request.select === 'id' ? { id: document.id } : { ...document };
      results.push({ '@search.score': score, ...selected });
    }
    return results.sort((a, b) => Number(b['@search.score']) - Number(a['@search.score'])).slice(0, top);
  }
}
