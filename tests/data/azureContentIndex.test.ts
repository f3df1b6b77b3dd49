import { AzureContentIndex, buildContentFilter } from '../../src/adapters/search/azure/azureContentIndex';
import { fromAzureRecord, toAzureRecord } from '../../src/adapters/search/azure/azureContentRecord';
import { CONTENT_SCORING_PROFILE } from '../../src/adapters/search/azure/contentIndexDefinition';
import type { ContentDocument } from '../../src/domain/content';
import { FakeAzureSearch } from './support/fakeAzureSearch';

const INDEX = 'approved-content';
const TODAY = '2026-11-25';

const spring: ContentDocument = {
  id: 'offer-spring-sale',
  title: 'Spring Sale — 20% off full-price styles',
  kind: 'offer',
  validFrom: '2026-03-01',
  validTo: '2027-05-31',
  channels: ['email', 'sms', 'push'],
  tags: ['spring', 'sale'],
  body: '## Key facts\n\n- Offer: 20% off all full-price jackets',
};
const expired: ContentDocument = {
  ...spring,
  id: 'offer-spring-sale-2025',
  title: 'Spring Sale 2025',
  validFrom: '2025-03-01',
  validTo: '2025-05-31',
};
const emailOnly: ContentDocument = {
  id: 'brand-email-style',
  title: 'Email style for the sale',
  kind: 'brand',
  channels: ['email'],
  tags: ['email'],
  body: 'Subject lines under 60 characters for every sale.',
};

describe('AzureContentIndex against a local Azure AI Search REST server', () => {
  let fake: FakeAzureSearch;
  let index: AzureContentIndex;
  let endpoint: string;

  beforeEach(async () => {
    fake = new FakeAzureSearch(INDEX);
    endpoint = await fake.start();
    index = new AzureContentIndex({
      endpoint,
      indexName: INDEX,
      apiKey: 'test-admin-key',
      clientOptions: { allowInsecureConnection: true, retryOptions: { maxRetries: 0 } },
    });
  });
  afterEach(() => fake.stop());

  it('uploads documents with docs/index (mergeOrUpload) and deletes stale ones', async () => {
    fake.documents.set('old-doc', { ...toAzureRecord({ ...emailOnly, id: 'old-doc' }) });
    await index.index([spring, expired, emailOnly]);
    const batch = fake.requests.find((request) => request.path.endsWith('/docs/search.index'));
    expect(batch?.method).toBe('POST');
    const actions = (batch?.body as { value: Array<Record<string, unknown>> }).value;
    expect(actions.map((action) => [action['@search.action'], action.id])).toEqual([
      ['delete', 'old-doc'],
      ['mergeOrUpload', 'offer-spring-sale'],
      ['mergeOrUpload', 'offer-spring-sale-2025'],
      ['mergeOrUpload', 'brand-email-style'],
    ]);
    expect(actions[1]).toMatchObject({ validFrom: '2026-03-01T00:00:00Z', validTo: '2027-05-31T00:00:00Z' });
    expect(actions[3]).toMatchObject({ validFrom: null, validTo: null });
    expect([...fake.documents.keys()].sort()).toEqual([
      'brand-email-style',
      'offer-spring-sale',
      'offer-spring-sale-2025',
    ]);
  });

  it('sends the key, the API version and a filtered, boosted search; maps scores and dates back', async () => {
    await index.index([spring, expired, emailOnly]);
    fake.requests.length = 0;
    const hits = await index.search({ text: 'spring sale', channel: 'sms', validOn: TODAY, top: 3 });
    expect(hits.map((hit) => hit.document.id)).toEqual(['offer-spring-sale']);
    // The fake scores one point per matching query term: spring, sale and the added "spring".
    expect(hits[0]?.score).toBe(3);
    expect(hits[0]?.document).toEqual(spring);
    const [request] = fake.requests;
    expect(request?.path).toBe(`/indexes('${INDEX}')/docs/search.post.search`);
    expect(request?.headers['api-key']).toBe('test-admin-key');
    expect(request?.query.get('api-version')).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(request?.body).toMatchObject({
      search: 'spring sale spring',
      top: 3,
      queryType: 'simple',
      searchMode: 'any',
      searchFields: 'title,tags,body',
      filter:
        "channels/any(c: c eq 'sms') and (validFrom eq null or validFrom le 2026-11-25T00:00:00Z) and (validTo eq null or validTo ge 2026-11-25T00:00:00Z)",
    });
  });

  it('expands multilingual queries and strips query operators', async () => {
    await index.index([spring]);
    fake.requests.length = 0;
    expect((await index.search({ text: 'Frühlingsverkauf', validOn: TODAY }))[0]?.document.id).toBe(
      'offer-spring-sale',
    );
    await index.search({ text: 'spring* -sale "x" (a|b) title:y', validOn: TODAY });
    const bodies = fake.requests.map((request) => (request.body as { search: string }).search);
    expect(bodies[0]).toContain('spring');
    expect(bodies[0]).toContain('sale');
    expect(bodies[1]).not.toMatch(/[*"()|:-]/);
    expect(await index.search({ text: '*** ---', validOn: TODAY })).toEqual([]);
  });

  it('re-checks validity and channel even if the service ignores the filter', async () => {
    await index.index([spring, expired, emailOnly]);
    fake.ignoreFilter = true;
    const hits = await index.search({ text: 'sale', channel: 'sms', validOn: TODAY, top: 10 });
    expect(hits.map((hit) => hit.document.id)).toEqual(['offer-spring-sale']);
  });

  it('skips records that are not valid content documents', async () => {
    await index.index([spring]);
    fake.extraResults = [{ '@search.score': 9, id: 'broken', kind: 'coupon' }];
    const hits = await index.search({ text: 'spring', top: 10 });
    expect(hits.map((hit) => hit.document.id)).toEqual(['offer-spring-sale']);
  });

  it('gets a document by key and returns undefined for a 404', async () => {
    await index.index([spring]);
    expect(await index.get('offer-spring-sale')).toEqual(spring);
    expect(await index.get('missing')).toBeUndefined();
  });

  it('creates or updates the index schema when asked to manage it', async () => {
    const managed = new AzureContentIndex({
      endpoint,
      indexName: INDEX,
      apiKey: 'k',
      manageSchema: true,
      clientOptions: { allowInsecureConnection: true, retryOptions: { maxRetries: 0 } },
    });
    await managed.index([spring]);
    const put = fake.requests.find((request) => request.method === 'PUT');
    expect(put?.path).toBe(`/indexes('${INDEX}')`);
    expect(put?.body).toMatchObject({
      name: INDEX,
      defaultScoringProfile: CONTENT_SCORING_PROFILE,
      fields: expect.arrayContaining([expect.objectContaining({ name: 'id', key: true })]),
    });
  });

  it.each([
    [503, 'UNAVAILABLE', /HTTP 503/],
    [500, 'UNAVAILABLE', /Try again later/],
    [403, 'CONFIG', /key or role/],
    [401, 'CONFIG', /key or role/],
  ])('maps HTTP %i on search to %s', async (status, code, message) => {
    fake.failures = [status];
    await expect(index.search({ text: 'spring' })).rejects.toMatchObject({
      code,
      userMessage: expect.stringMatching(message),
    });
  });

  it('fails get() with UNAVAILABLE on a server error', async () => {
    fake.failures = [503];
    await expect(index.get('offer-spring-sale')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('reports documents the service rejects', async () => {
    fake.rejectKeys.add('offer-spring-sale');
    await expect(index.index([spring, emailOnly])).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      userMessage: expect.stringContaining('offer-spring-sale'),
    });
  });
});

describe('Azure record mapping', () => {
  it('round-trips documents with and without validity dates', () => {
    expect(fromAzureRecord(toAzureRecord(spring))).toEqual(spring);
    expect(fromAzureRecord(toAzureRecord(emailOnly))).toEqual(emailOnly);
    expect(
      fromAzureRecord({ ...toAzureRecord(spring), validFrom: new Date('2026-03-01T00:00:00Z') }),
    ).toEqual(spring);
    expect(fromAzureRecord({ ...toAzureRecord(spring), channels: ['email', 'fax'], tags: null })).toEqual({
      ...spring,
      channels: ['email'],
      tags: [],
    });
    expect(fromAzureRecord({ id: 'x' })).toBeUndefined();
  });

  it('builds OData filters and escapes quotes', () => {
    expect(buildContentFilter({ text: 'x' })).toBeUndefined();
    expect(buildContentFilter({ text: 'x', channel: 'email' })).toBe("channels/any(c: c eq 'email')");
    expect(buildContentFilter({ text: 'x', channel: "o'brien" as never })).toBe(
      "channels/any(c: c eq 'o''brien')",
    );
  });

  it('requires an endpoint', () => {
    expect(() => new AzureContentIndex({ endpoint: ' ', indexName: 'x', apiKey: 'k' })).toThrow(
      expect.objectContaining({ code: 'CONFIG' }),
    );
  });
});
