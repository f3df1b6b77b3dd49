import { join } from 'node:path';
import type { AccessToken, TokenCredential } from '@azure/core-auth';
import type { ContentDocument } from '../../src/domain/content';
import type { GenerationRequest } from '../../src/ports/LanguageModel';
import {
  AzureOpenAiLanguageModel,
  type AzureOpenAiOptions,
} from '../../src/adapters/model/azureOpenAi/azureOpenAiLanguageModel';
import {
  loadGenerationPrompt,
  renderSystemPrompt,
} from '../../src/adapters/model/azureOpenAi/generationPrompt';
import { approvedContent, INACTIVE_SEGMENT, pick } from './support/contentFixtures';
import { FakeAzureOpenAi } from './support/fakeAzureOpenAi';

const ROOT = join(__dirname, '..', '..');
const DEPLOYMENT = 'copy-gpt';

let content: Map<string, ContentDocument>;
let promptTemplate: string;
beforeAll(async () => {
  content = await approvedContent();
  promptTemplate = await loadGenerationPrompt(ROOT);
});

function request(overrides: Partial<GenerationRequest> = {}): GenerationRequest {
  return {
    campaignGoal: 'win-back',
    channel: 'email',
    variants: 2,
    audience: {
      segmentName: INACTIVE_SEGMENT.name,
      explanation: INACTIVE_SEGMENT.explanation,
      traits: INACTIVE_SEGMENT.traits,
      size: INACTIVE_SEGMENT.size,
    },
    sources: pick(content, 'offer-winback-we-miss-you', 'offer-free-shipping'),
    ...overrides,
  };
}

const emailDraft = {
  subject: 'We miss you: 25% off your next order',
  body: 'Hi {{firstName}},\n\nCome back for 25% off your next order of $50 or more with code COMEBACK25.',
  citations: [{ id: 'offer-winback-we-miss-you', quote: '25% off your next order of $50 or more' }],
};

describe('AzureOpenAiLanguageModel against a local chat completions server', () => {
  let fake: FakeAzureOpenAi;
  let endpoint: string;
  const model = (options: Partial<AzureOpenAiOptions> = {}): AzureOpenAiLanguageModel =>
    new AzureOpenAiLanguageModel({
      endpoint,
      deployment: DEPLOYMENT,
      apiVersion: '2024-10-21',
      apiKey: 'test-key',
      promptTemplate,
      maxRetries: 0,
      timeoutMs: 5000,
      ...options,
    });

  beforeEach(async () => {
    fake = new FakeAzureOpenAi();
    endpoint = await fake.start();
  });
  afterEach(() => fake.stop());

  it('calls the deployment in JSON mode with the prompt and sources, and maps drafts and usage', async () => {
    fake.replies.push({
      status: 200,
      content: JSON.stringify({
        variants: [
          emailDraft,
          {
            subject: 'Free shipping is back',
            body: 'Hi {{firstName}}, enjoy free standard shipping on orders of $75 or more.',
            citations: [
              { id: 'offer-free-shipping', quote: 'free standard shipping on orders of $75 or more' },
            ],
          },
        ],
      }),
      usage: { prompt_tokens: 812, completion_tokens: 164 },
    });
    const result = await model().generate(request());

    const [sent] = fake.requests;
    expect(sent?.path).toBe(`/openai/deployments/${DEPLOYMENT}/chat/completions`);
    expect(sent?.query.get('api-version')).toBe('2024-10-21');
    expect(sent?.headers['api-key']).toBe('test-key');
    expect(sent?.body.response_format).toEqual({ type: 'json_object' });
    expect(sent?.body.messages.map((message) => message.role)).toEqual(['system', 'user']);
    const system = sent?.body.messages[0]?.content ?? '';
    expect(system).toContain('write 2 distinct email message variants for the campaign goal "win-back"');
    expect(system).toContain('{{firstName}}');
    expect(system).not.toMatch(/\[\[\w+\]\]/);
    const user = JSON.parse(sent?.body.messages[1]?.content ?? '{}') as {
      AUDIENCE: unknown;
      SOURCES: Array<{ id: string; body: string }>;
    };
    expect(user.AUDIENCE).toEqual(request().audience);
    expect(user.SOURCES.map((source) => source.id)).toEqual([
      'offer-winback-we-miss-you',
      'offer-free-shipping',
    ]);
    expect(user.SOURCES[0]?.body).toContain('COMEBACK25');

    expect(result.usage).toEqual({ promptTokens: 812, completionTokens: 164 });
    expect(result.drafts).toEqual([
      {
        subject: emailDraft.subject,
        body: emailDraft.body,
        citations: [
          {
            id: 'offer-winback-we-miss-you',
            title: content.get('offer-winback-we-miss-you')?.title,
            excerpt: '25% off your next order of $50 or more',
          },
        ],
        generator: `azure-openai:${DEPLOYMENT}`,
      },
      expect.objectContaining({ subject: 'Free shipping is back', generator: `azure-openai:${DEPLOYMENT}` }),
    ]);
  });

  it('replaces a quote that is not in the source with the source excerpt, and drops unknown sources', async () => {
    fake.replies.push({
      status: 200,
      content: JSON.stringify({
        variants: [
          {
            ...emailDraft,
            citations: [
              { id: 'offer-winback-we-miss-you', quote: '90% off everything forever' },
              { id: 'made-up-doc', quote: 'x' },
            ],
          },
        ],
      }),
    });
    const { drafts } = await model().generate(request({ variants: 1 }));
    expect(drafts[0]?.citations).toEqual([
      expect.objectContaining({
        id: 'offer-winback-we-miss-you',
        excerpt: expect.stringContaining('- Offer: 25% off'),
      }),
    ]);
  });

  it('drops drafts that break channel rules or cite nothing known, and trims extra variants', async () => {
    const ok = {
      body: 'Contoso Outfitters: 25% off with COMEBACK25. Reply STOP to opt out',
      citations: emailDraft.citations,
    };
    fake.replies.push({
      status: 200,
      content: JSON.stringify({
        variants: [
          { ...ok, body: `${'x'.repeat(150)} Reply STOP to opt out` },
          { ...ok, body: 'Contoso Outfitters: 25% off with COMEBACK25.' },
          { ...ok, citations: [{ id: 'unknown' }] },
          ok,
          { ...ok, body: `${ok.body} (second)` },
          { ...ok, body: `${ok.body} (third)` },
        ],
      }),
    });
    const { drafts } = await model().generate(request({ channel: 'sms', variants: 5 }));
    expect(drafts.map((draft) => draft.body)).toEqual([ok.body, `${ok.body} (second)`]);
    expect(drafts.every((draft) => draft.subject === undefined)).toBe(true);
  });

  it('drops email drafts without a subject and push drafts over 120 characters', async () => {
    fake.replies.push({
      status: 200,
      content: JSON.stringify({
        variants: [{ body: 'no subject', citations: emailDraft.citations }, emailDraft],
      }),
    });
    expect((await model().generate(request())).drafts).toHaveLength(1);
    fake.replies.push({
      status: 200,
      content: JSON.stringify({ variants: [{ body: 'y'.repeat(121), citations: emailDraft.citations }] }),
    });
    await expect(model().generate(request({ channel: 'push', variants: 1 }))).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      userMessage: expect.stringContaining('no usable drafts'),
    });
  });

  it.each([
    ['not JSON', 'Sure! Here are your variants…', /not JSON/],
    [
      'the wrong shape',
      JSON.stringify({ variants: [{ body: 'x', citations: [] }] }),
      /wrong shape.*variants\[0\]\.citations/,
    ],
    ['an empty answer', '', /empty answer/],
    ['no content', null, /empty answer/],
  ])('fails with UNAVAILABLE on %s', async (_name, reply, message) => {
    fake.replies.push({ status: 200, content: reply });
    await expect(model().generate(request())).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      userMessage: expect.stringMatching(message),
    });
  });

  it.each([
    [401, 'CONFIG'],
    [403, 'CONFIG'],
    [429, 'UNAVAILABLE'],
    [500, 'UNAVAILABLE'],
    [503, 'UNAVAILABLE'],
  ])('maps HTTP %i to %s', async (status, code) => {
    fake.replies.push({ status, error: 'nope' });
    await expect(model().generate(request())).rejects.toMatchObject({ code });
  });

  it('fails with UNAVAILABLE when the endpoint is unreachable', async () => {
    await fake.stop();
    await expect(model().generate(request())).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('uses an Entra ID bearer token when no key is configured', async () => {
    const scopes: string[] = [];
    const credential: TokenCredential = {
      getToken: async (scope): Promise<AccessToken> => {
        scopes.push(...(Array.isArray(scope) ? scope : [scope]));
        return { token: 'entra-token', expiresOnTimestamp: Date.now() + 3_600_000 };
      },
    };
    fake.replies.push({ status: 200, content: JSON.stringify({ variants: [emailDraft] }) });
    const { apiKey: _ignored, ...withoutKey } = {
      endpoint,
      deployment: DEPLOYMENT,
      apiVersion: '2024-10-21',
      apiKey: 'unused',
      promptTemplate,
      maxRetries: 0,
    };
    await new AzureOpenAiLanguageModel({ ...withoutKey, credential }).generate(request({ variants: 1 }));
    expect(fake.requests[0]?.headers.authorization).toBe('Bearer entra-token');
    expect(fake.requests[0]?.headers['api-key']).toBeUndefined();
    expect(scopes).toEqual(['https://cognitiveservices.azure.com/.default']);
  });

  it('requires an endpoint and a deployment', () => {
    expect(() => model({ deployment: '' })).toThrow(expect.objectContaining({ code: 'CONFIG' }));
    expect(() => model({ endpoint: ' ' })).toThrow(expect.objectContaining({ code: 'CONFIG' }));
  });
});

describe('generation prompt', () => {
  it('renders every slot for each channel and keeps the personalisation placeholder literal', () => {
    for (const channel of ['email', 'sms', 'push'] as const) {
      const text = renderSystemPrompt(
        promptTemplate,
        request({ channel, variants: 4, tone: 'playful', language: 'fr' }),
      );
      expect(text).not.toMatch(/\[\[\w+\]\]/);
      expect(text).toContain(`write 4 distinct ${channel} message variants`);
      expect(text).toContain('Tone: playful. Language: fr.');
      expect(text).toContain('{{firstName}}');
    }
    expect(renderSystemPrompt('[[unknown]] [[goal]]', request())).toBe('[[unknown]] win-back');
  });

  it('reports a missing prompt file as a CONFIG error', async () => {
    await expect(loadGenerationPrompt(join(ROOT, 'no-such-dir'))).rejects.toMatchObject({ code: 'CONFIG' });
  });
});
