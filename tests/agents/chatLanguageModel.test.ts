import { OpenAiChatModel } from '../../src/adapters/llm/openAiChatModel';
import { loadPromptFile, type PromptFile } from '../../src/adapters/llm/promptFile';
import { ChatLanguageModel } from '../../src/adapters/model/chat/chatLanguageModel';
import { renderSystemPrompt } from '../../src/adapters/model/chat/generationPrompt';
import type { ContentDocument } from '../../src/domain/content';
import type { GenerationRequest } from '../../src/ports/LanguageModel';
import { isAppError } from '../../src/shared/errors';
import { createSilentLogger } from '../../src/shared/logger';
import { FakeChatCompletions, jsonContent } from '../support/fakeChatCompletions';
import { REPO_ROOT } from '../support/repoRoot';
import { approvedContent, INACTIVE_SEGMENT, pick } from './support/contentFixtures';

const PRICES = { inputPerMillion: 0.15, outputPerMillion: 0.6 };

let content: Map<string, ContentDocument>;
let prompt: PromptFile;
beforeAll(async () => {
  content = await approvedContent();
  prompt = await loadPromptFile(REPO_ROOT, 'generate-variants');
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
    voiceGuide: 'Warm and practical. Plain words.',
    ...overrides,
  };
}

const EMAIL = {
  subject: 'We miss you: 25% off your next order',
  body: 'Hi {{firstName}},\n\nCome back for 25% off your next order of $50 or more with code COMEBACK25.',
  citations: [{ id: 'offer-winback-we-miss-you', quote: '25% off your next order of $50 or more' }],
};
const SHIPPING = {
  subject: 'Free shipping is back',
  body: 'Hi {{firstName}}, enjoy free standard shipping on orders of $75 or more.',
  citations: [{ id: 'offer-free-shipping', quote: 'free standard shipping on orders of $75 or more' }],
};

describe('ChatLanguageModel against a local chat completions server', () => {
  let fake: FakeChatCompletions;
  let model: (options?: { budget?: number }) => ChatLanguageModel;

  beforeEach(async () => {
    fake = new FakeChatCompletions();
    const base = await fake.start();
    const chat = new OpenAiChatModel({
      connection: { provider: 'openai', baseUrl: `${base}/v1`, model: 'gpt-4o-mini', apiKey: 'k' },
      limits: { timeoutMs: 3000, maxRetries: 0, concurrency: 2 },
      prices: PRICES,
      logger: createSilentLogger(),
    });
    model = () => new ChatLanguageModel({ model: chat, prompt, prices: PRICES });
  });
  afterEach(() => fake.stop());

  it('asks once per request for every variant with strict structured output, the voice guide and delimited data', async () => {
    fake.replies.push(jsonContent({ variants: [EMAIL, SHIPPING], notes: [] }));
    const result = await model().generate(request());
    expect(fake.requests).toHaveLength(1);
    const body = fake.requests[0]?.body;
    expect(body?.response_format?.type).toBe('json_schema');
    expect(body?.response_format?.json_schema?.strict).toBe(true);
    const schema = body?.response_format?.json_schema?.schema as {
      additionalProperties: boolean;
      required: string[];
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['variants', 'notes']);
    const [system, user] = body?.messages ?? [];
    expect(system?.content).toContain('Warm and practical. Plain words.');
    expect(system?.content).toContain('write 2 distinct email message variants');
    expect(user?.content.startsWith('<data>')).toBe(true);
    expect(user?.content).toContain('"id":"offer-free-shipping"');
    expect(result.drafts.map((draft) => draft.subject)).toEqual([EMAIL.subject, SHIPPING.subject]);
    expect(result.drafts[0]?.citations).toEqual([
      {
        id: 'offer-winback-we-miss-you',
        title: expect.any(String) as string,
        excerpt: '25% off your next order of $50 or more',
      },
    ]);
    expect(result.calls).toBe(1);
    expect(result.costUsd).toBeCloseTo((900 * 0.15 + 40 * 0.6) / 1e6, 12);
    expect(result.prompt).toEqual({ id: 'generate-variants', version: prompt.version });
    expect(result.notes).toEqual([]);
  });

  it('never sends customer identities: the audience is aggregates only', async () => {
    fake.replies.push(jsonContent({ variants: [EMAIL], notes: [] }));
    await model().generate(request({ variants: 1 }));
    const sent = JSON.stringify(fake.requests[0]?.body.messages);
    expect(sent).not.toMatch(/@[a-z]+\.(com|org)|cus_[a-z0-9]/i);
    expect(sent).toContain('{{firstName}}');
  });

  it('makes one repair attempt naming what was wrong, then uses the repaired answer', async () => {
    fake.replies.push(
      { kind: 'content', content: 'Sure! Here are your emails: ...' },
      jsonContent({ variants: [EMAIL], notes: [] }),
    );
    const result = await model().generate(request({ variants: 1 }));
    expect(fake.requests).toHaveLength(2);
    const repair = fake.requests[1]?.body.messages.at(-1)?.content ?? '';
    expect(repair).toMatch(/not valid JSON/);
    expect(result.calls).toBe(2);
    expect(result.drafts).toHaveLength(1);
  });

  it('fails with a clear message after the repair attempt also fails', async () => {
    fake.replies.push(
      jsonContent({ variants: [] }),
      jsonContent({ variants: [{ body: 'no citations', subject: 'x', citations: [] }], notes: [] }),
    );
    const error: unknown = await model()
      .generate(request())
      .catch((caught: unknown) => caught);
    expect(isAppError(error) && error.code).toBe('UNAVAILABLE');
    expect(isAppError(error) && error.userMessage).toMatch(/after one repair attempt/);
  });

  it('replaces an invented quote with the source excerpt and drops unknown sources and rule breakers', async () => {
    fake.replies.push(
      jsonContent({
        variants: [
          {
            ...EMAIL,
            citations: [
              { id: 'offer-winback-we-miss-you', quote: 'a quote that is not there' },
              { id: 'made-up', quote: 'x' },
            ],
          },
          { subject: null, body: 'No subject', citations: EMAIL.citations },
        ],
        notes: [],
      }),
    );
    const result = await model().generate(request());
    expect(result.drafts).toHaveLength(1);
    expect(result.drafts[0]?.citations.map((citation) => citation.id)).toEqual(['offer-winback-we-miss-you']);
    expect(result.drafts[0]?.citations[0]?.excerpt).not.toBe('a quote that is not there');
  });

  it('passes on what the model could not honour as notes', async () => {
    fake.replies.push(
      jsonContent({
        variants: [EMAIL],
        notes: ['There is no approved free-gift offer, so none is mentioned.'],
      }),
    );
    const result = await model().generate(request({ variants: 1 }));
    expect(result.notes).toEqual(['There is no approved free-gift offer, so none is mentioned.']);
  });

  it('revises one variant: the copy and the instruction go in as data, one variant comes back', async () => {
    fake.replies.push(jsonContent({ variants: [EMAIL, SHIPPING], notes: [] }));
    const result = await model().generate(
      request({ revise: { subject: 'Old', body: 'Old long body.', instruction: 'shorter' } }),
    );
    expect(result.drafts).toHaveLength(1);
    expect(fake.requests[0]?.body.messages[1]?.content).toContain('"instruction":"shorter"');
    expect(fake.requests[0]?.body.messages[0]?.content).toContain('write 1 distinct email');
  });

  it('stops before a call the campaign budget cannot pay for, without calling the model', async () => {
    const error: unknown = await model()
      .generate(request({ budgetUsd: 0.000001 }))
      .catch((caught: unknown) => caught);
    expect(fake.requests).toHaveLength(0);
    expect(isAppError(error) && error.code).toBe('CONFLICT');
    expect(isAppError(error) && error.userMessage).toMatch(/CPO_LLM_BUDGET_USD/);
  });

  it('renders every slot of the prompt for each channel', () => {
    for (const channel of ['email', 'sms', 'push'] as const) {
      const rendered = renderSystemPrompt(prompt.text, request({ channel }));
      expect(rendered).not.toMatch(/\[\[\w+\]\]/);
      expect(rendered).toContain('{{firstName}}');
    }
  });

  it('reports a missing prompt file as a CONFIG error', async () => {
    await expect(loadPromptFile(REPO_ROOT, 'no-such-prompt')).rejects.toMatchObject({ code: 'CONFIG' });
  });
});
