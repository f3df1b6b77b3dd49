import type { AccessToken, TokenCredential } from '@azure/core-auth';
import { OpenAiChatModel } from '../../src/adapters/llm/openAiChatModel';
import type { ModelConnection } from '../../src/config/modelSettings';
import type { ChatRequest as ModelRequest } from '../../src/ports/ChatModel';
import { isAppError } from '../../src/shared/errors';
import { createSilentLogger } from '../../src/shared/logger';
import { FakeChatCompletions, jsonContent, toolCalls } from '../support/fakeChatCompletions';

const PRICES = { inputPerMillion: 0.15, outputPerMillion: 0.6 };
const LIMITS = { timeoutMs: 2000, maxRetries: 2, concurrency: 4 };
const PLAN_REQUEST: ModelRequest = {
  purpose: 'plan',
  messages: [
    { role: 'system', content: 'You plan.' },
    { role: 'user', content: 'draft a win-back email' },
  ],
  tools: [{ name: 'help', description: 'Help.', parameters: { type: 'object', properties: {} } }],
  toolChoice: 'required',
};

describe('OpenAiChatModel against a local chat completions server', () => {
  let fake: FakeChatCompletions;
  let base: string;

  beforeEach(async () => {
    fake = new FakeChatCompletions();
    base = await fake.start();
  });
  afterEach(() => fake.stop());

  const openAi = (
    overrides: Partial<typeof LIMITS> = {},
    apiKey: string | undefined = 'sk-test',
  ): OpenAiChatModel =>
    new OpenAiChatModel({
      connection: {
        provider: 'openai',
        baseUrl: `${base}/v1`,
        model: 'llama-3.1-8b',
        ...(apiKey ? { apiKey } : {}),
      },
      limits: { ...LIMITS, ...overrides },
      prices: PRICES,
      logger: createSilentLogger(),
      retryBaseDelayMs: 1,
      retryMaxDelayMs: 5,
    });
  const azure = (
    connection: Partial<Extract<ModelConnection, { provider: 'azure-openai' }>> = {},
    credential?: TokenCredential,
  ) =>
    new OpenAiChatModel({
      connection: {
        provider: 'azure-openai',
        endpoint: base,
        deployment: 'gpt-4o-mini-prod',
        apiVersion: '2024-10-21',
        apiKey: 'azure-key',
        ...connection,
      },
      limits: LIMITS,
      prices: PRICES,
      logger: createSilentLogger(),
      retryBaseDelayMs: 1,
      retryMaxDelayMs: 5,
      ...(credential ? { credential } : {}),
    });

  describe('the OpenAI-compatible URL shape', () => {
    it('posts to {base}/chat/completions with a bearer key, the model name and the tools', async () => {
      fake.replies.push(toolCalls(['help', { reason: 'greeting' }]));
      const completion = await openAi().complete(PLAN_REQUEST);
      const [request] = fake.requests;
      expect(request?.path).toBe('/v1/chat/completions');
      expect(request?.query.get('api-version')).toBeNull();
      expect(request?.headers.authorization).toBe('Bearer sk-test');
      expect(request?.body.model).toBe('llama-3.1-8b');
      expect(request?.body.tools?.[0]?.function.parameters).toMatchObject({ type: 'object' });
      expect(request?.body.tool_choice).toBe('required');
      expect(completion.model).toBe('openai:llama-3.1-8b');
      expect(completion.toolCalls).toHaveLength(1);
      expect(completion.usage).toEqual({ promptTokens: 900, completionTokens: 40 });
      expect(completion.costUsd).toBeCloseTo((900 * 0.15 + 40 * 0.6) / 1e6, 12);
    });

    it('works without a key for a local server (a placeholder bearer is sent)', async () => {
      fake.replies.push(jsonContent({ ok: true }));
      await openAi({}, '').complete(PLAN_REQUEST);
      expect(fake.requests[0]?.headers.authorization).toBe('Bearer not-needed');
    });

    it('asks for strict structured output when a JSON schema is given', async () => {
      fake.replies.push(jsonContent({ ok: true }));
      const schema = {
        type: 'object',
        additionalProperties: false,
        required: ['ok'],
        properties: { ok: { type: 'boolean' } },
      };
      const completion = await openAi().complete({
        purpose: 'generate',
        messages: [{ role: 'user', content: 'x' }],
        jsonSchema: { name: 'answer', schema },
      });
      expect(fake.requests[0]?.body.response_format).toEqual({
        type: 'json_schema',
        json_schema: { name: 'answer', schema, strict: true },
      });
      expect(fake.requests[0]?.body.tools).toBeUndefined();
      expect(completion.content).toBe('{"ok":true}');
    });
  });

  describe('the Azure URL shape', () => {
    it('posts to /openai/deployments/{deployment}/chat/completions with api-version and api-key', async () => {
      fake.replies.push(toolCalls(['help', {}]));
      const completion = await azure().complete(PLAN_REQUEST);
      const [request] = fake.requests;
      expect(request?.path).toBe('/openai/deployments/gpt-4o-mini-prod/chat/completions');
      expect(request?.query.get('api-version')).toBe('2024-10-21');
      expect(request?.headers['api-key']).toBe('azure-key');
      expect(completion.model).toBe('azure-openai:gpt-4o-mini-prod');
    });

    it('ignores OPENAI_BASE_URL and OPENAI_API_VERSION meant for another provider', async () => {
      const saved = { base: process.env.OPENAI_BASE_URL, version: process.env.OPENAI_API_VERSION };
      process.env.OPENAI_BASE_URL = 'http://127.0.0.1:9/v1';
      process.env.OPENAI_API_VERSION = '2023-05-15';
      try {
        fake.replies.push(toolCalls(['help', {}]));
        await azure().complete(PLAN_REQUEST);
        expect(fake.requests[0]?.query.get('api-version')).toBe('2024-10-21');
      } finally {
        if (saved.base === undefined) delete process.env.OPENAI_BASE_URL;
        else process.env.OPENAI_BASE_URL = saved.base;
        if (saved.version === undefined) delete process.env.OPENAI_API_VERSION;
        else process.env.OPENAI_API_VERSION = saved.version;
      }
    });

    it('uses an Entra ID token when no key is configured', async () => {
      const credential: TokenCredential = {
        getToken: (): Promise<AccessToken> =>
          Promise.resolve({ token: 'entra-token', expiresOnTimestamp: Date.now() + 3_600_000 }),
      };
      fake.replies.push(toolCalls(['help', {}]));
      await new OpenAiChatModel({
        connection: { provider: 'azure-openai', endpoint: base, deployment: 'd', apiVersion: '2024-10-21' },
        limits: LIMITS,
        prices: PRICES,
        logger: createSilentLogger(),
        credential,
      }).complete(PLAN_REQUEST);
      expect(fake.requests[0]?.headers.authorization).toBe('Bearer entra-token');
      expect(fake.requests[0]?.headers['api-key']).toBeUndefined();
    });
  });

  describe('failures', () => {
    it('retries 429 and 503, honouring Retry-After, then answers', async () => {
      fake.replies.push(
        { kind: 'error', status: 429, headers: { 'retry-after-ms': '20' } },
        { kind: 'error', status: 503, headers: { 'retry-after': '0' } },
        toolCalls(['help', {}]),
      );
      const started = Date.now();
      const completion = await openAi().complete(PLAN_REQUEST);
      expect(fake.requests).toHaveLength(3);
      expect(Date.now() - started).toBeGreaterThanOrEqual(15);
      expect(completion.toolCalls).toHaveLength(1);
    });

    it('gives up after the configured retries with a typed UNAVAILABLE error naming the status', async () => {
      fake.respond = () => ({ kind: 'error', status: 503 });
      const error: unknown = await openAi({ maxRetries: 1 })
        .complete(PLAN_REQUEST)
        .catch((caught: unknown) => caught);
      expect(fake.requests).toHaveLength(2);
      expect(isAppError(error) && error.code).toBe('UNAVAILABLE');
      expect(isAppError(error) && error.userMessage).toContain('HTTP 503');
    });

    it('does not retry a refused key, and names the settings to check', async () => {
      fake.respond = () => ({ kind: 'error', status: 401 });
      const error: unknown = await openAi()
        .complete(PLAN_REQUEST)
        .catch((caught: unknown) => caught);
      expect(fake.requests).toHaveLength(1);
      expect(isAppError(error) && error.code).toBe('CONFIG');
      expect(isAppError(error) && error.userMessage).toMatch(/OPENAI_API_KEY/);
    });

    it('ends a hanging call within the timeout and its retries (never hangs)', async () => {
      fake.respond = () => ({ kind: 'hang' });
      const started = Date.now();
      const error: unknown = await openAi({ timeoutMs: 150, maxRetries: 1 })
        .complete(PLAN_REQUEST)
        .catch((caught: unknown) => caught);
      expect(isAppError(error) && error.code).toBe('UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(3000);
    });

    it('retries a reset connection', async () => {
      fake.replies.push({ kind: 'reset' }, toolCalls(['help', {}]));
      const completion = await openAi().complete(PLAN_REQUEST);
      expect(fake.requests).toHaveLength(2);
      expect(completion.toolCalls).toHaveLength(1);
    });

    it('reports a malformed body as UNAVAILABLE, never a stack trace', async () => {
      fake.replies.push({ kind: 'raw', contentType: 'application/json', body: '{"choices": [' });
      const error: unknown = await openAi({ maxRetries: 0 })
        .complete(PLAN_REQUEST)
        .catch((caught: unknown) => caught);
      expect(isAppError(error) && error.code).toBe('UNAVAILABLE');
    });

    it('answers without a message → UNAVAILABLE', async () => {
      fake.replies.push({ kind: 'raw', contentType: 'application/json', body: '{"choices": []}' });
      const error: unknown = await openAi()
        .complete(PLAN_REQUEST)
        .catch((caught: unknown) => caught);
      expect(isAppError(error) && error.userMessage).toMatch(/without a message/);
    });
  });

  it('keeps at most `concurrency` calls in flight per deployment', async () => {
    fake.respond = () => ({ kind: 'delayed', ms: 40, reply: toolCalls(['help', {}]) });
    const model = openAi({ concurrency: 2 });
    await Promise.all(Array.from({ length: 6 }, () => model.complete(PLAN_REQUEST)));
    expect(fake.requests).toHaveLength(6);
    expect(fake.maxInFlight).toBe(2);
  });
});
