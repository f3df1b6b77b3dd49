import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContentDirectory } from '../../src/content/loadContentDirectory';
import { isValidOn } from '../../src/content/contentValidity';
import { LocalContentIndex } from '../../src/adapters/search/local/localContentIndex';
import { loadContentIndex, saveContentIndex } from '../../src/adapters/search/local/contentIndexFile';
import { createContentIndex } from '../../src/app/createContentIndex';
import { AzureContentIndex } from '../../src/adapters/search/azure/azureContentIndex';
import type { ContentDocument } from '../../src/domain/content';
import type { ContentIndex } from '../../src/ports/ContentIndex';

const CONTENT_DIR = join(__dirname, '..', '..', 'data', 'content');
const TODAY = '2026-11-25';

let documents: ContentDocument[];
let index: LocalContentIndex;

beforeAll(async () => {
  documents = (await loadContentDirectory(CONTENT_DIR)).documents;
  index = LocalContentIndex.fromDocuments(documents);
});

async function topIds(target: ContentIndex, text: string, top = 3): Promise<string[]> {
  return (await target.search({ text, validOn: TODAY, top })).map((hit) => hit.document.id);
}

describe('LocalContentIndex relevance', () => {
  it.each([
    ['spring sale', 'offer-spring-sale'],
    ['Spring Sale 20% off', 'offer-spring-sale'],
    ['the spring promotion', 'offer-spring-sale'],
    ['springsale', 'offer-spring-sale'],
    ['free shipping', 'offer-free-shipping'],
    ['shipping threshold', 'offer-free-shipping'],
    ['free delivery', 'offer-free-shipping'],
    ['win-back', 'offer-winback-we-miss-you'],
    ['winback offer', 'offer-winback-we-miss-you'],
    ['we miss you', 'offer-winback-we-miss-you'],
    ['re-engagement for lapsed customers', 'offer-winback-we-miss-you'],
    ['loyalty points', 'offer-trail-rewards-points'],
    ['Trail Rewards', 'offer-trail-rewards-points'],
    ['rewards programme', 'offer-trail-rewards-points'],
    ['BOGO', 'offer-bogo-trail-socks'],
    ['buy one get one free socks', 'offer-bogo-trail-socks'],
    ['welcome discount for new customers', 'offer-welcome-first-order'],
    ['birthday reward', 'offer-birthday-reward'],
    ['black friday deals', 'offer-black-friday-2026'],
    ['winter jackets', 'offer-winter-warmup'],
    ['gift cards for the holidays', 'offer-gift-card-bonus'],
    ['VIP early access', 'offer-summit-early-access'],
    ['refer a friend', 'offer-refer-a-friend'],
    ['rain jacket', 'product-trailhead-rain-jacket'],
    ['waterproof hiking boots', 'product-ridgeline-hiking-boots'],
    ['brand voice', 'brand-voice-guide'],
    ['tone of voice guidelines', 'brand-voice-guide'],
    ['returns policy', 'legal-returns-policy'],
    ['sms opt out disclosure', 'legal-sms-disclosure'],
    ['SPRNG SALE', 'offer-spring-sale'],
    ['shiping', 'offer-free-shipping'],
  ])('"%s" → %s first', async (text, expected) => {
    expect((await topIds(index, text, 1))[0]).toBe(expected);
  });

  it('returns scores in descending order', async () => {
    const hits = await index.search({ text: 'sale discount jackets', validOn: TODAY, top: 10 });
    expect(hits.length).toBeGreaterThan(2);
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((score) => score > 0)).toBe(true);
  });

  it.each(['', '   ', 'xyzzy qwerty', 'the and of'])('finds nothing for %j', async (text) => {
    expect(await index.search({ text, validOn: TODAY })).toEqual([]);
  });

  it('respects top', async () => {
    expect(await topIds(index, 'offer', 2)).toHaveLength(2);
    expect((await index.search({ text: 'offer' })).length).toBe(5);
  });

  it('treats regex and query-syntax characters in the query as text', async () => {
    for (const text of ['(spring) sale*', 'spring^2 "sale"', '[free] shipping?', 'a\\b', '$75+']) {
      await expect(index.search({ text, validOn: TODAY })).resolves.toBeDefined();
    }
    expect((await topIds(index, '"spring sale"!', 1))[0]).toBe('offer-spring-sale');
  });
});

describe('multilingual queries', () => {
  it.each([
    ['Frühlingsverkauf', 'offer-spring-sale'],
    ['Frühjahrsrabatt', 'offer-spring-sale'],
    ['FRUHLINGSANGEBOT', 'offer-spring-sale'],
    ['soldes de printemps', 'offer-spring-sale'],
    ['promotion de printemps', 'offer-spring-sale'],
    ['rebajas de primavera', 'offer-spring-sale'],
    ['oferta de primavera', 'offer-spring-sale'],
    ['promoção de primavera', 'offer-spring-sale'],
    ['promocao de primavera', 'offer-spring-sale'],
    ['春のセール', 'offer-spring-sale'],
    ['春セール', 'offer-spring-sale'],
    ['kostenloser Versand', 'offer-free-shipping'],
    ['versandkostenfrei', 'offer-free-shipping'],
    ['livraison gratuite', 'offer-free-shipping'],
    ['envío gratis', 'offer-free-shipping'],
    ['frete grátis', 'offer-free-shipping'],
    ['送料無料', 'offer-free-shipping'],
    ['Treuepunkte', 'offer-trail-rewards-points'],
    ['points de fidélité', 'offer-trail-rewards-points'],
    ['puntos de fidelidad', 'offer-trail-rewards-points'],
    ['ポイント', 'offer-trail-rewards-points'],
    ['wir vermissen dich', 'offer-winback-we-miss-you'],
    ['vous nous manquez', 'offer-winback-we-miss-you'],
    ['te echamos de menos', 'offer-winback-we-miss-you'],
    ['sentimos sua falta', 'offer-winback-we-miss-you'],
    ['Geburtstag', 'offer-birthday-reward'],
    ['誕生日', 'offer-birthday-reward'],
    ['Regenjacke', 'product-trailhead-rain-jacket'],
  ])('"%s" → %s', async (text, expected) => {
    const ids = await topIds(index, text, 2);
    expect(ids).toContain(expected);
  });
});

describe('filters', () => {
  it('drops expired and not-yet-valid documents when validOn is given', async () => {
    const all = (await index.search({ text: 'spring sale summer winter clearance school', top: 40 })).map(
      (hit) => hit.document.id,
    );
    expect(all).toEqual(expect.arrayContaining(['offer-spring-sale-2025', 'offer-summer-clearance-2026']));
    const today = await index.search({
      text: 'spring sale summer winter clearance school',
      validOn: TODAY,
      top: 40,
    });
    expect(today.length).toBeGreaterThan(0);
    for (const hit of today) expect(isValidOn(hit.document, TODAY)).toBe(true);
    expect(today.map((hit) => hit.document.id)).not.toContain('offer-spring-sale-2025');
  });

  it('applies the date filter before top, so a stale best match does not hide valid ones', async () => {
    const hits = await index.search({ text: 'spring sale 2025', validOn: TODAY, top: 1 });
    expect(hits.map((hit) => hit.document.id)).toEqual(['offer-spring-sale']);
  });

  it('finds future offers only on their dates', async () => {
    expect(await topIds(index, 'cyber monday', 5)).not.toContain('offer-cyber-monday-2026');
    const onTheDay = await index.search({ text: 'cyber monday', validOn: '2026-11-30', top: 1 });
    expect(onTheDay[0]?.document.id).toBe('offer-cyber-monday-2026');
  });

  it('returns only documents approved for the channel', async () => {
    for (const channel of ['email', 'sms', 'push'] as const) {
      const hits = await index.search({
        text: 'offer sale reward app text club',
        channel,
        validOn: TODAY,
        top: 40,
      });
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) expect(hit.document.channels).toContain(channel);
    }
    expect(await topIds(index, 'app first order', 5)).toContain('offer-app-first-order');
    const sms = await index.search({ text: 'app first order', channel: 'sms', validOn: TODAY, top: 10 });
    expect(sms.map((hit) => hit.document.id)).not.toContain('offer-app-first-order');
  });
});

describe('index lifecycle', () => {
  it('get() returns documents by id, undefined otherwise', async () => {
    expect((await index.get('offer-spring-sale'))?.title).toContain('Spring Sale');
    expect(await index.get('nope')).toBeUndefined();
  });

  it('index() replaces the previous documents', async () => {
    const replaced = LocalContentIndex.fromDocuments(documents);
    const spring = documents.find((document) => document.id === 'offer-spring-sale');
    await replaced.index(spring ? [spring] : []);
    expect(replaced.size).toBe(1);
    expect(await replaced.get('offer-free-shipping')).toBeUndefined();
    expect(await topIds(replaced, 'free shipping')).toEqual(['offer-spring-sale']);
  });

  describe('saved to a file', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'cpo-index-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('loads back with identical results', async () => {
      const file = join(dir, 'nested', 'content-index.json');
      await saveContentIndex(index, file, new Date('2026-11-25T10:00:00Z'));
      const json = JSON.parse(readFileSync(file, 'utf8')) as { format: string; builtAt: string };
      expect(json.format).toBe('cpo-content-index');
      expect(json.builtAt).toBe('2026-11-25T10:00:00.000Z');
      const loaded = await loadContentIndex(file);
      expect(loaded.size).toBe(documents.length);
      for (const text of ['spring sale', 'Frühlingsverkauf', 'free shipping', 'loyalty', 'boots']) {
        expect(await loaded.search({ text, validOn: TODAY, top: 5 })).toEqual(
          await index.search({ text, validOn: TODAY, top: 5 }),
        );
      }
      expect(await loaded.get('legal-sms-disclosure')).toEqual(await index.get('legal-sms-disclosure'));
    });

    it.each([
      ['not JSON', '{oops', /not valid JSON/],
      ['the wrong format', JSON.stringify({ format: 'other' }), /invalid/],
      [
        'an inconsistent index',
        JSON.stringify({
          format: 'cpo-content-index',
          version: 1,
          builtAt: 'x',
          documents: [],
          miniSearch: { documentCount: 3 },
        }),
        /inconsistent/,
      ],
    ])('rejects %s with a CONFIG error that says to rebuild', async (_name, text, message) => {
      const file = join(dir, 'index.json');
      writeFileSync(file, text);
      await expect(loadContentIndex(file)).rejects.toMatchObject({
        code: 'CONFIG',
        userMessage: expect.stringMatching(message),
      });
      await expect(loadContentIndex(file)).rejects.toMatchObject({
        userMessage: expect.stringContaining('cpo index'),
      });
    });

    it('reports a missing file as NOT_FOUND', async () => {
      await expect(loadContentIndex(join(dir, 'none.json'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
});

describe('createContentIndex', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cpo-factory-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const localConfig = { provider: 'local' as const, indexName: 'approved-content' };

  it('loads the index file when present', async () => {
    const file = join(dir, 'index.json');
    await saveContentIndex(LocalContentIndex.fromDocuments(documents.slice(0, 3)), file, new Date());
    const created = await createContentIndex(localConfig, { indexFile: file, contentDir: CONTENT_DIR });
    expect(created).toBeInstanceOf(LocalContentIndex);
    expect((created as LocalContentIndex).size).toBe(3);
  });

  it('builds from the content folder otherwise, reporting bad files', async () => {
    writeFileSync(join(dir, 'bad.md'), '---\nid: X\n---\nbody');
    writeFileSync(
      join(dir, 'good.md'),
      '---\nid: good-doc\ntitle: Good\nkind: brand\nchannels: [email]\n---\nbody',
    );
    const problems: string[] = [];
    const created = await createContentIndex(localConfig, {
      indexFile: join(dir, 'missing.json'),
      contentDir: dir,
      onProblem: (problem) => problems.push(problem.file),
    });
    expect(await created.get('good-doc')).toBeDefined();
    expect(new Set(problems)).toEqual(new Set(['bad.md']));
  });

  it('switches to Azure AI Search by config and insists on an endpoint', async () => {
    const azure = await createContentIndex(
      { provider: 'azure', endpoint: 'https://example.search.windows.net', apiKey: 'k', indexName: 'idx' },
      { indexFile: 'unused', contentDir: 'unused' },
    );
    expect(azure).toBeInstanceOf(AzureContentIndex);
    await expect(
      createContentIndex(
        { provider: 'azure', indexName: 'idx' },
        { indexFile: 'unused', contentDir: 'unused' },
      ),
    ).rejects.toMatchObject({ code: 'CONFIG' });
  });
});
