import type { ContentDocument } from '../../src/domain/content';
import type { GenerationRequest } from '../../src/ports/LanguageModel';
import { TemplateLanguageModel } from '../../src/adapters/model/template/templateLanguageModel';
import { templateGoalOf } from '../../src/adapters/model/template/campaignGoal';
import { ANGLE_PHRASES, COPY_FAMILIES } from '../../src/adapters/model/template/copyFamilies';
import { fitMessage } from '../../src/adapters/model/template/shortMessage';
import { approvedContent, everyOfferDraftCase, pick, ungroundedNumbers } from './support/contentFixtures';

let content: Map<string, ContentDocument>;
beforeAll(async () => {
  content = await approvedContent();
});

const request = (overrides: Partial<GenerationRequest>): GenerationRequest => ({
  campaignGoal: 'promotion',
  channel: 'email',
  variants: 3,
  audience: { segmentName: 'All customers', explanation: 'All customers.', traits: [], size: 500 },
  sources: [],
  ...overrides,
});

describe('TemplateLanguageModel', () => {
  const model = new TemplateLanguageModel();

  it('grounds every offer in data/content, on every channel, for every goal', async () => {
    for (const { goal, source, channel, request: offerRequest } of everyOfferDraftCase(content)) {
      const { drafts, usage } = await model.generate(offerRequest);
      expect(usage).toEqual({ promptTokens: 0, completionTokens: 0 });
      expect(new Set(drafts.map((draft) => `${draft.subject ?? ''}|${draft.body}`)).size).toBe(10);
      for (const draft of drafts) {
        const where = `${goal}/${source.id}/${channel}: ${draft.body}`;
        expect({ where, ungrounded: ungroundedNumbers(draft, content) }).toEqual({
          where,
          ungrounded: [],
        });
        expect(draft.citations.map((citation) => citation.id)).toEqual([source.id]);
        if (channel === 'sms')
          expect({
            where,
            ok: draft.body.length <= 160 && draft.body.includes('Reply STOP to opt out'),
          }).toEqual({ where, ok: true });
        if (channel === 'push') expect({ where, ok: draft.body.length <= 120 }).toEqual({ where, ok: true });
      }
    }
  });

  it('keeps the template text itself free of facts', () => {
    const texts = Object.values(COPY_FAMILIES).flatMap((families) =>
      families.flatMap((family) => [...family.hooks, ...family.shortHooks, ...family.subjects.flat()]),
    );
    texts.push(...Object.values(ANGLE_PHRASES).flatMap((phrases) => Object.values(phrases)));
    for (const text of texts) expect({ text, digits: /\d|%|\$/.test(text) }).toEqual({ text, digits: false });
    for (const families of Object.values(COPY_FAMILIES)) {
      for (const family of families)
        for (const hook of family.shortHooks) expect(hook.length).toBeLessThanOrEqual(32);
    }
  });

  it('uses the product price for announcements', async () => {
    const { drafts } = await model.generate(
      request({
        campaignGoal: 'product launch',
        variants: 1,
        sources: pick(content, 'product-trailhead-rain-jacket'),
      }),
    );
    expect(drafts[0]?.body).toContain('Price: $129.');
    expect(drafts[0]?.generator).toBe('template:announcement-urgency@1');
  });

  it('writes fact-free copy without citations when the sources hold no claims', async () => {
    const { drafts } = await model.generate(
      request({ variants: 2, sources: pick(content, 'brand-voice-guide') }),
    );
    for (const draft of drafts) {
      expect(draft.citations).toEqual([]);
      expect(draft.body).not.toMatch(/\d/);
      expect(draft.subject).not.toMatch(/\[|\]/);
    }
  });

  it('ignores sources not approved for the channel', async () => {
    const { drafts } = await model.generate(
      request({
        channel: 'sms',
        variants: 1,
        sources: pick(content, 'offer-app-first-order', 'offer-free-shipping'),
      }),
    );
    expect(drafts[0]?.citations.map((citation) => citation.id)).toEqual(['offer-free-shipping']);
  });

  it('never emits more than ten variants', async () => {
    const { drafts } = await model.generate(
      request({ variants: 25, sources: pick(content, 'offer-spring-sale') }),
    );
    expect(drafts).toHaveLength(10);
  });
});

describe('campaign goals', () => {
  it.each([
    ['Win-back', 'winback'],
    ['re-engagement', 'winback'],
    ['reactivate lapsed buyers', 'winback'],
    ['welcome series', 'welcome'],
    ['onboarding', 'welcome'],
    ['loyalty', 'loyalty'],
    ['VIP thank you', 'loyalty'],
    ['new arrivals', 'announcement'],
    ['cross-sell', 'announcement'],
    ['spring sale', 'promotion'],
    ['anything else', 'promotion'],
  ])('%s → %s', (goal, expected) => {
    expect(templateGoalOf(goal)).toBe(expected);
  });
});

describe('fitMessage', () => {
  it('drops optional parts from the lowest priority until the text fits', () => {
    const parts = [
      { text: 'Brand:' },
      { text: 'hook text', priority: 3 },
      { text: 'the offer.' },
      { text: 'Code X.', priority: 4 },
      { text: 'Ends soon.', priority: 1 },
    ];
    expect(fitMessage(parts, 200)).toBe('Brand: hook text the offer. Code X. Ends soon.');
    expect(fitMessage(parts, 40)).toBe('Brand: hook text the offer. Code X.');
    expect(fitMessage(parts, 30)).toBe('Brand: the offer. Code X.');
    expect(fitMessage(parts, 10)).toBeUndefined();
  });

  it('continues a salutation in lower case', () => {
    expect(fitMessage([{ text: '{{firstName}},', salutation: true }, { text: 'We miss you.' }], 100)).toBe(
      '{{firstName}}, we miss you.',
    );
  });
});
