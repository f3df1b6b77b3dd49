import { retrieveContent } from '../../src/agents/retrieval/retrieveContent';
import { retrieveContentTool } from '../../src/agents/retrieval/retrieveContentTool';
import { LocalContentIndex } from '../../src/adapters/search/local/localContentIndex';
import { isValidOn } from '../../src/content/contentValidity';
import type { ContentDocument, SearchHit } from '../../src/domain/content';
import type { ContentIndex, ContentQuery } from '../../src/ports/ContentIndex';
import { approvedContent, TODAY } from './support/contentFixtures';

let content: Map<string, ContentDocument>;
let index: LocalContentIndex;

beforeAll(async () => {
  content = await approvedContent();
  index = LocalContentIndex.fromDocuments([...content.values()]);
});

const context = (): { contentIndex: ContentIndex; today: string } => ({ contentIndex: index, today: TODAY });

describe('retrieve_content', () => {
  it('finds the spring sale with a verbatim, fact-bearing citation', async () => {
    const result = await retrieveContentTool.execute({ query: 'spring sale' }, context());
    expect(result.noneFound).toBe(false);
    expect(result.hits[0]).toMatchObject({ id: 'offer-spring-sale', kind: 'offer', validTo: '2027-05-31' });
    expect(result.documents[0]?.id).toBe('offer-spring-sale');
    const citation = result.citations[0];
    expect(citation?.id).toBe('offer-spring-sale');
    expect(citation?.title).toBe(content.get('offer-spring-sale')?.title);
    expect(citation?.excerpt).toContain('20% off');
    expect(content.get('offer-spring-sale')?.body).toContain(citation?.excerpt);
    expect(result.message).toMatch(/Found \d approved document\(s\) for "spring sale"/);
  });

  it.each([
    ['free shipping over $75', 'offer-free-shipping'],
    ['win-back offer for lapsed customers', 'offer-winback-we-miss-you'],
    ['loyalty points', 'offer-trail-rewards-points'],
    ['Frühlingsverkauf', 'offer-spring-sale'],
    ['soldes de printemps', 'offer-spring-sale'],
    ['rebajas de primavera', 'offer-spring-sale'],
    ['promoção de primavera', 'offer-spring-sale'],
    ['春のセール', 'offer-spring-sale'],
  ])('"%s" → %s', async (query, id) => {
    expect((await retrieveContentTool.execute({ query }, context())).documents[0]?.id).toBe(id);
  });

  it('returns citations aligned with documents, each excerpt taken from its document', async () => {
    const result = await retrieveContentTool.execute({ query: 'sale offers discount', top: 10 }, context());
    expect(result.citations.map((citation) => citation.id)).toEqual(
      result.documents.map((document) => document.id),
    );
    for (const citation of result.citations) {
      expect(content.get(citation.id)?.body).toContain(citation.excerpt.replace(/…$/, ''));
    }
  });

  it('only returns documents valid today', async () => {
    for (const query of [
      'summer clearance',
      'back to school backpacks',
      'winter sale 40%',
      'spring sale 2025',
    ]) {
      const result = await retrieveContentTool.execute({ query, top: 20 }, context());
      for (const document of result.documents) expect(isValidOn(document, TODAY)).toBe(true);
      expect(result.hits.map((hit) => hit.id)).not.toEqual(
        expect.arrayContaining([
          'offer-summer-clearance-2026',
          'offer-spring-sale-2025',
          'offer-winter-sale-2025',
        ]),
      );
    }
  });

  it('only returns documents approved for the channel', async () => {
    const sms = await retrieveContentTool.execute(
      { query: 'app first order discount', channel: 'sms', top: 20 },
      context(),
    );
    expect(sms.channel).toBe('sms');
    for (const document of sms.documents) expect(document.channels).toContain('sms');
    expect(sms.documents.map((document) => document.id)).not.toContain('offer-app-first-order');
    const push = await retrieveContentTool.execute(
      { query: 'app first order discount', channel: 'push' },
      context(),
    );
    expect(push.documents[0]?.id).toBe('offer-app-first-order');
  });

  it('flags when nothing is found, naming the date and channel', async () => {
    const result = await retrieveContentTool.execute({ query: 'xyzzy plugh', channel: 'sms' }, context());
    expect(result).toMatchObject({ noneFound: true, documents: [], citations: [], hits: [] });
    expect(result.message).toBe('No approved content valid on 2026-11-25 for sms matches "xyzzy plugh".');
  });

  it('drops incidental matches far below the best hit and respects top', async () => {
    const result = await retrieveContentTool.execute({ query: 'spring sale', top: 10 }, context());
    const best = result.hits[0]?.score ?? 0;
    for (const hit of result.hits) expect(hit.score).toBeGreaterThanOrEqual(best * 0.1);
    const one = await retrieveContentTool.execute({ query: 'sale', top: 1 }, context());
    expect(one.hits).toHaveLength(1);
  });

  it('re-checks validity and channel when the index does not filter', async () => {
    const spring2025 = content.get('offer-spring-sale-2025');
    const appOnly = content.get('offer-app-first-order');
    const spring = content.get('offer-spring-sale');
    const sloppy: ContentIndex = {
      index: async () => undefined,
      get: async () => undefined,
      search: async (_query: ContentQuery): Promise<SearchHit[]> =>
        [spring2025, appOnly, spring].flatMap((document, i) =>
          document ? [{ document, score: 10 - i }] : [],
        ),
    };
    const result = await retrieveContent({ query: 'spring', channel: 'sms' }, sloppy, TODAY);
    expect(result.documents.map((document) => document.id)).toEqual(['offer-spring-sale']);
  });

  it.each([[{ query: '' }], [{ query: 'x', top: 50 }], [{ query: 'x', channel: 'fax' }], [{ text: 'x' }]])(
    'rejects %j as INVALID_INPUT',
    async (input) => {
      await expect(retrieveContentTool.execute(input as never, context())).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
    },
  );
});
