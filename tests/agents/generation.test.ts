import type { ContentDocument } from '../../src/domain/content';
import type { Channel } from '../../src/domain/customer';
import type { Segment } from '../../src/domain/segment';
import type { GenerationRequest, GenerationResult, LanguageModel } from '../../src/ports/LanguageModel';
import { generateVariantsTool } from '../../src/agents/generation/generateVariantsTool';
import { campaignGoalFor } from '../../src/agents/generation/campaignGoalFor';
import type { GenerationContext } from '../../src/agents/generation/generationContext';
import { TemplateLanguageModel } from '../../src/adapters/model/template/templateLanguageModel';
import { LocalContentIndex } from '../../src/adapters/search/local/localContentIndex';
import { retrieveContentTool } from '../../src/agents/retrieval/retrieveContentTool';
import { approvedContent, INACTIVE_SEGMENT, pick, TODAY, ungroundedNumbers } from './support/contentFixtures';

let content: Map<string, ContentDocument>;
let index: LocalContentIndex;

beforeAll(async () => {
  content = await approvedContent();
  index = LocalContentIndex.fromDocuments([...content.values()]);
});

function contextWith(
  sources: ContentDocument[],
  overrides: Partial<GenerationContext> = {},
): GenerationContext {
  return {
    languageModel: new TemplateLanguageModel(),
    campaignId: 'cmp-42',
    segment: INACTIVE_SEGMENT,
    sources,
    variantId: (i) => `cmp-42-v${i + 1}`,
    ...overrides,
  };
}

async function retrieved(query: string, channel: Channel): Promise<ContentDocument[]> {
  return (await retrieveContentTool.execute({ query, channel }, { contentIndex: index, today: TODAY }))
    .documents;
}

const TOPICS: Array<[string, string]> = [
  ['spring sale', 'promotion'],
  ['win-back offer', 'win-back'],
  ['free shipping', 'promotion'],
  ['loyalty points', 'loyalty'],
  ['buy one get one socks', 'promotion'],
  ['welcome discount', 'welcome'],
  ['black friday outerwear', 'promotion'],
  ['winter warm-up', 'promotion'],
  ['refer a friend', 'loyalty'],
  ['rain jacket', 'announcement'],
  ['birthday reward', 'loyalty'],
  ['gift card bonus', 'promotion'],
];
const CHANNELS: Channel[] = ['email', 'sms', 'push'];

describe('generate_variants with the template model over retrieved content', () => {
  const cases = TOPICS.flatMap(([topic, goal]) => CHANNELS.map((channel) => [topic, goal, channel] as const));

  it.each(cases)(
    '"%s" (%s) on %s: 10 distinct, grounded, channel-compliant variants',
    async (topic, goal, channel) => {
      const sources = await retrieved(topic, channel);
      expect(sources.length).toBeGreaterThan(0);
      const { variants, warnings } = await generateVariantsTool.execute(
        { variants: 10, channel, goal, topic },
        contextWith(sources),
      );
      expect(warnings).toEqual([]);
      expect(variants).toHaveLength(10);
      expect(new Set(variants.map((variant) => `${variant.subject ?? ''}\n${variant.body}`)).size).toBe(10);
      expect(new Set(variants.map((variant) => variant.generator)).size).toBe(10);
      variants.forEach((variant, i) => {
        expect(variant).toMatchObject({
          id: `cmp-42-v${i + 1}`,
          campaignId: 'cmp-42',
          segmentId: 'seg-inactive-90d',
          channel,
        });
        expect(variant.generator).toMatch(
          /^template:(winback|promotion|welcome|loyalty|announcement)-[a-z]+(-alt)?@1$/,
        );
        expect(variant.citations.length).toBeGreaterThan(0);
        for (const citation of variant.citations) {
          expect(sources.map((source) => source.id)).toContain(citation.id);
          expect(content.get(citation.id)?.body).toContain(citation.excerpt.replace(/…$/, ''));
        }
        expect(ungroundedNumbers(variant, content)).toEqual([]);
        expect(variant.body).not.toMatch(/\{\{(?!firstName\}\})/);
        if (channel === 'email') {
          expect(variant.subject?.length).toBeGreaterThan(0);
          expect(variant.subject?.length).toBeLessThanOrEqual(60);
          expect(variant.body).toContain('{{firstName}}');
        } else {
          expect(variant.subject).toBeUndefined();
        }
        if (channel === 'sms') {
          expect(variant.body.length).toBeLessThanOrEqual(160);
          expect(variant.body).toMatch(/^Contoso Outfitters: /);
          expect(variant.body.endsWith('Reply STOP to opt out')).toBe(true);
        }
        if (channel === 'push') expect(variant.body.length).toBeLessThanOrEqual(120);
      });
    },
  );
});

describe('generation details', () => {
  it('quotes the offer, code, end date and terms verbatim and cites the offer', async () => {
    const [spring] = pick(content, 'offer-spring-sale');
    const { variants } = await generateVariantsTool.execute(
      { variants: 1, channel: 'email', goal: 'promotion' },
      contextWith(spring ? [spring] : []),
    );
    const [variant] = variants;
    expect(variant?.body).toContain('20% off all full-price jackets, footwear and packs');
    expect(variant?.body).toContain('SPRING20');
    expect(variant?.body).toContain('May 31, 2027');
    expect(variant?.body).toContain('Terms: Excludes gift cards and clearance items. One code per order.');
    expect(variant?.citations).toEqual([
      {
        id: 'offer-spring-sale',
        title: spring?.title,
        excerpt: expect.stringContaining('- Offer: 20% off all full-price jackets, footwear and packs'),
      },
    ]);
  });

  it('puts the topic offer first even when retrieval ranked another offer higher', async () => {
    const { variants } = await generateVariantsTool.execute(
      { variants: 2, channel: 'sms', topic: 'spring sale' },
      contextWith(pick(content, 'offer-free-shipping', 'offer-spring-sale')),
    );
    for (const variant of variants) expect(variant.body).toContain('20% off');
  });

  it('mentions a second offer, cited, in the benefit angle', async () => {
    const { variants } = await generateVariantsTool.execute(
      { variants: 2, channel: 'email', goal: 'promotion' },
      contextWith(pick(content, 'offer-spring-sale', 'offer-free-shipping')),
    );
    const benefit = variants.find((variant) => variant.generator === 'template:promotion-benefit@1');
    expect(benefit?.body).toContain('Plus, free standard shipping on orders of $75 or more.');
    expect(benefit?.citations.map((citation) => citation.id)).toEqual([
      'offer-spring-sale',
      'offer-free-shipping',
    ]);
    expect(ungroundedNumbers(benefit ?? { body: '', citations: [] }, content)).toEqual([]);
  });

  it('appends a channel-appropriate legal disclaimer when one was retrieved, and cites it', async () => {
    const { variants } = await generateVariantsTool.execute(
      { variants: 1, channel: 'email' },
      contextWith(pick(content, 'offer-winback-we-miss-you', 'legal-promotion-terms')),
    );
    expect(variants[0]?.body).toContain('Offers cannot be combined unless stated.');
    expect(variants[0]?.citations.map((citation) => citation.id)).toContain('legal-promotion-terms');
  });

  it('is deterministic', async () => {
    const sources = pick(content, 'offer-winback-we-miss-you', 'offer-free-shipping');
    const first = await generateVariantsTool.execute({ variants: 5, channel: 'sms' }, contextWith(sources));
    const second = await generateVariantsTool.execute({ variants: 5, channel: 'sms' }, contextWith(sources));
    expect(second).toEqual(first);
  });

  it('infers the goal from the segment when none is given', async () => {
    const sources = pick(content, 'offer-winback-we-miss-you');
    const winback = await generateVariantsTool.execute({ variants: 1 }, contextWith(sources));
    expect(winback.goal).toBe('win-back');
    expect(winback.variants[0]?.generator).toBe('template:winback-urgency@1');
    const newcomers: Segment = {
      ...INACTIVE_SEGMENT,
      id: 'seg-new',
      criteria: { method: 'rfm', cohort: 'new' },
    };
    expect(campaignGoalFor(newcomers)).toBe('welcome');
    expect(campaignGoalFor({ ...INACTIVE_SEGMENT, criteria: { cohort: 'vip' } })).toBe('loyalty');
    expect(campaignGoalFor({ ...INACTIVE_SEGMENT, criteria: { region: 'NA' } })).toBe('promotion');
    expect(campaignGoalFor({ ...INACTIVE_SEGMENT, criteria: { lifecycleStage: 'lapsed' } })).toBe('win-back');
  });

  it('defaults to 3 variants on the first reachable channel', async () => {
    const smsOnly: Segment = { ...INACTIVE_SEGMENT, reachableChannels: ['sms'] };
    const result = await generateVariantsTool.execute(
      {},
      contextWith(pick(content, 'offer-spring-sale'), { segment: smsOnly }),
    );
    expect(result.channel).toBe('sms');
    expect(result.variants).toHaveLength(3);
  });

  it.each([
    ['formal', 'Dear {{firstName}},', 'Kind regards,'],
    ['playful', 'Hey {{firstName}}!', 'See you on the trail,'],
    [undefined, 'Hi {{firstName}},', 'See you on the trail,'],
  ])('follows tone %s in the greeting and sign-off', async (tone, open, close) => {
    const { variants } = await generateVariantsTool.execute(
      { variants: 1, channel: 'email', ...(tone === undefined ? {} : { tone }) },
      contextWith(pick(content, 'offer-spring-sale')),
    );
    expect(variants[0]?.body.startsWith(open)).toBe(true);
    expect(variants[0]?.body).toContain(`\n${close}\nThe Contoso Outfitters team`);
  });

  it('warns when the channel is not reachable or the language is not supported offline', async () => {
    const emailOnly: Segment = { ...INACTIVE_SEGMENT, reachableChannels: ['email'] };
    const result = await generateVariantsTool.execute(
      { variants: 1, channel: 'push', language: 'de' },
      contextWith(pick(content, 'offer-spring-sale'), { segment: emailOnly }),
    );
    expect(result.warnings).toEqual([
      'No one in "Inactive 90+ days" has opted in to push.',
      'The offline template generator writes English only; "de" was not applied.',
    ]);
  });

  it('refuses to generate without approved content, or without content for the channel', async () => {
    await expect(generateVariantsTool.execute({ channel: 'email' }, contextWith([]))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      userMessage: expect.stringMatching(/no approved content/),
    });
    await expect(
      generateVariantsTool.execute({ channel: 'sms' }, contextWith(pick(content, 'offer-app-first-order'))),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      userMessage: expect.stringMatching(/approved for sms/),
    });
  });

  it.each([[{ variants: 0 }], [{ variants: 11 }], [{ channel: 'fax' }], [{ goal: '' }], [{ extra: true }]])(
    'rejects %j as INVALID_INPUT',
    async (input) => {
      await expect(
        generateVariantsTool.execute(input as never, contextWith(pick(content, 'offer-spring-sale'))),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    },
  );
});

describe('what the language model is given', () => {
  class RecordingModel implements LanguageModel {
    readonly id = 'recording@1';
    requests: GenerationRequest[] = [];
    constructor(private readonly citeIds: string[]) {}
    async generate(request: GenerationRequest): Promise<GenerationResult> {
      this.requests.push(request);
      return {
        drafts: [
          {
            subject: 'S',
            body: 'B',
            citations: this.citeIds.map((id) => ({ id, title: id, excerpt: 'x' })),
            generator: this.id,
          },
        ],
        calls: 0,
        costUsd: 0,
        notes: [],
        usage: { promptTokens: 12, completionTokens: 34 },
      };
    }
  }

  it('passes aggregates and channel-approved sources only, and maps usage', async () => {
    const model = new RecordingModel(['offer-spring-sale']);
    const result = await generateVariantsTool.execute(
      { variants: 1, channel: 'sms', goal: 'promotion', tone: 'friendly', language: 'en' },
      contextWith(pick(content, 'offer-spring-sale', 'offer-app-first-order', 'brand-email-style'), {
        languageModel: model,
      }),
    );
    const [request] = model.requests;
    expect(request?.audience).toEqual({
      segmentName: INACTIVE_SEGMENT.name,
      explanation: INACTIVE_SEGMENT.explanation,
      traits: INACTIVE_SEGMENT.traits,
      size: INACTIVE_SEGMENT.size,
    });
    expect(request?.sources.map((source) => source.id)).toEqual(['offer-spring-sale']);
    expect(request).toMatchObject({
      campaignGoal: 'promotion',
      channel: 'sms',
      variants: 1,
      tone: 'friendly',
      language: 'en',
    });
    expect(result.usage).toEqual({ promptTokens: 12, completionTokens: 34 });
    expect(result.variants[0]?.generator).toBe('recording@1');
    expect(result.variants[0]?.subject).toBeUndefined();
  });

  it('drops citations of documents that were not provided, with a warning', async () => {
    const model = new RecordingModel(['offer-spring-sale', 'invented-doc']);
    const result = await generateVariantsTool.execute(
      { variants: 2, channel: 'email' },
      contextWith(pick(content, 'offer-spring-sale'), { languageModel: model }),
    );
    expect(result.variants[0]?.citations.map((citation) => citation.id)).toEqual(['offer-spring-sale']);
    expect(result.warnings).toEqual([
      'Variant 1 cited content that was not provided; those citations were removed.',
      'Only 1 of 2 requested variants could be drafted.',
    ]);
  });
});
