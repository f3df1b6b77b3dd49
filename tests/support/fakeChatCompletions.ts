import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedTool {
  type: string;
  function: { name: string; description: string; parameters: Record<string, unknown> };
}

export interface ChatRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: {
    model?: string;
    temperature?: number;
    tools?: RecordedTool[];
    tool_choice?: unknown;
    parallel_tool_calls?: boolean;
    response_format?: { type: string; json_schema?: { name: string; schema: unknown; strict?: boolean } };
    max_tokens?: number;
    messages: Array<{ role: string; content: string }>;
  };
}

/** A tool call as the fake model returns it; string arguments are sent verbatim, anything else as JSON. */
export interface FakeToolCall {
  name: string;
  arguments: unknown;
  type?: string;
}

export type FakeReply =
  | { kind: 'toolCalls'; calls: FakeToolCall[]; finishReason?: string }
  | { kind: 'content'; content: string | null }
  | { kind: 'error'; status: number; headers?: Record<string, string> }
  | { kind: 'raw'; status?: number; contentType: string; body: string }
  /** The connection is closed without an answer (ECONNRESET on the client). */
  | { kind: 'reset' }
  /** Another reply, sent after a pause. */
  | { kind: 'delayed'; ms: number; reply: FakeReply }
  | { kind: 'hang' };

/** A JSON answer in `content`, as structured output returns it. */
export const jsonContent = (value: unknown): FakeReply => ({
  kind: 'content',
  content: JSON.stringify(value),
});

export const toolCalls = (...calls: Array<[string, unknown]>): FakeReply => ({
  kind: 'toolCalls',
  calls: calls.map(([name, args]) => ({ name, arguments: args })),
});

/**
 * A local HTTP server speaking the chat completions protocol in both URL shapes: Azure OpenAI
 * (`POST /openai/deployments/{deployment}/chat/completions?api-version=…`) and OpenAI-compatible servers
 * (`POST {base}/chat/completions`, e.g. llama.cpp, vLLM, Ollama). Replies come from a queue, or from
 * `respond` when the queue is empty (a scripted model for many requests at once). It records every
 * request and how many were in flight at once.
 */
export class FakeChatCompletions {
  readonly requests: ChatRequest[] = [];
  replies: FakeReply[] = [];
  respond: ((request: ChatRequest) => FakeReply) | undefined;
  /** The most requests this server was answering at the same time. */
  maxInFlight = 0;
  private inFlight = 0;
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      request.on('end', () => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const recorded: ChatRequest = {
          method: request.method ?? '',
          path: url.pathname,
          query: url.searchParams,
          headers: request.headers,
          body: JSON.parse(text) as ChatRequest['body'],
        };
        this.requests.push(recorded);
        this.inFlight += 1;
        this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
        response.on('close', () => (this.inFlight -= 1));
        const reply = this.replies.shift() ?? this.respond?.(recorded) ?? { kind: 'error', status: 500 };
        FakeChatCompletions.send(reply, response);
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private static send(reply: FakeReply, response: import('node:http').ServerResponse): void {
    if (reply.kind === 'hang') return;
    if (reply.kind === 'reset') {
      response.socket?.destroy();
      return;
    }
    if (reply.kind === 'delayed') {
      setTimeout(() => FakeChatCompletions.send(reply.reply, response), reply.ms);
      return;
    }
    if (reply.kind === 'raw') {
      response.writeHead(reply.status ?? 200, { 'content-type': reply.contentType });
      response.end(reply.body);
      return;
    }
    if (reply.kind === 'error') {
      response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      response.end(JSON.stringify({ error: { code: String(reply.status), message: 'fake failure' } }));
      return;
    }
    const message =
      reply.kind === 'content'
        ? { role: 'assistant', content: reply.content }
        : {
            role: 'assistant',
            content: null,
            tool_calls: reply.calls.map((call, index) => ({
              id: `call_${index}`,
              type: call.type ?? 'function',
              function: {
                name: call.name,
                arguments:
                  typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
              },
            })),
          };
    const finishReason = reply.kind === 'toolCalls' ? (reply.finishReason ?? 'tool_calls') : 'stop';
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        id: 'chatcmpl-test',
        object: 'chat.completion',
        created: 1_764_000_000,
        model: 'gpt-4o-mini',
        choices: [{ index: 0, finish_reason: finishReason, message }],
        usage: { prompt_tokens: 900, completion_tokens: 40, total_tokens: 940 },
      }),
    );
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
