import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: {
    model?: string;
    temperature?: number;
    response_format?: { type: string };
    messages: Array<{ role: string; content: string }>;
  };
}

export type ChatReply =
  | { status: 200; content: string | null; usage?: { prompt_tokens: number; completion_tokens: number } }
  | { status: number; error: string };

/** A local HTTP server speaking the Azure OpenAI chat completions REST shape, replying from a queue. */
export class FakeAzureOpenAi {
  readonly requests: ChatRequest[] = [];
  replies: ChatReply[] = [];
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      request.on('end', () => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        this.requests.push({
          path: url.pathname,
          query: url.searchParams,
          headers: request.headers,
          body: JSON.parse(text) as ChatRequest['body'],
        });
        const reply = this.replies.shift() ?? { status: 500, error: 'no reply queued' };
        response.setHeader('content-type', 'application/json');
        if (reply.status !== 200 || !('content' in reply)) {
          response.statusCode = reply.status;
          response.end(
            JSON.stringify({
              error: { code: String(reply.status), message: 'error' in reply ? reply.error : '' },
            }),
          );
          return;
        }
        response.end(
          JSON.stringify({
            id: 'chatcmpl-test',
            object: 'chat.completion',
            created: 1_764_000_000,
            model: 'gpt-4o-mini',
            choices: [
              { index: 0, finish_reason: 'stop', message: { role: 'assistant', content: reply.content } },
            ],
            usage: { total_tokens: 0, ...(reply.usage ?? { prompt_tokens: 0, completion_tokens: 0 }) },
          }),
        );
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
