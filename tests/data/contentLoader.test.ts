import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContentDirectory } from '../../src/content/loadContentDirectory';
import { parseContentMarkdown } from '../../src/content/parseContentMarkdown';
import { describeContentProblem } from '../../src/content/contentProblem';
import { extractKeyFacts, factValue, keyFactsSection } from '../../src/content/contentFacts';
import { isValidOn, servesChannel } from '../../src/content/contentValidity';
import { citationExcerpt } from '../../src/content/citationExcerpt';
import type { ContentDocument } from '../../src/domain/content';

const CONTENT_DIR = join(__dirname, '..', '..', 'data', 'content');
const TODAY = '2026-11-25';

const doc = (frontMatter: string, body = 'Some approved text.'): string =>
  `---\n${frontMatter}\n---\n\n${body}\n`;
const VALID_FRONT_MATTER = [
  'id: offer-test',
  'title: Test offer',
  'kind: offer',
  'validFrom: 2026-01-01',
  'validTo: 2026-12-31',
  'channels: [email, sms]',
  'tags: [test]',
].join('\n');

describe('approved content in data/content', () => {
  let documents: ContentDocument[];

  beforeAll(async () => {
    const loaded = await loadContentDirectory(CONTENT_DIR);
    expect(loaded.problems.map(describeContentProblem)).toEqual([]);
    documents = loaded.documents;
  });

  it('has at least 30 valid documents with unique ids, covering every kind', () => {
    expect(documents.length).toBeGreaterThanOrEqual(30);
    expect(new Set(documents.map((document) => document.id)).size).toBe(documents.length);
    expect(new Set(documents.map((document) => document.kind))).toEqual(
      new Set(['offer', 'product', 'brand', 'legal']),
    );
  });

  it('includes the offers the demos rely on, valid today', () => {
    const byId = new Map(documents.map((document) => [document.id, document]));
    for (const id of [
      'offer-spring-sale',
      'offer-winback-we-miss-you',
      'offer-free-shipping',
      'offer-trail-rewards-points',
      'offer-bogo-trail-socks',
      'offer-welcome-first-order',
    ]) {
      const offer = byId.get(id);
      expect(offer).toBeDefined();
      expect(offer && isValidOn(offer, TODAY)).toBe(true);
    }
    expect(byId.get('offer-spring-sale')?.body).toContain('20% off');
  });

  it('includes expired offers so the date filter has something to remove', () => {
    const expired = documents.filter((document) => document.kind === 'offer' && !isValidOn(document, TODAY));
    expect(expired.length).toBeGreaterThanOrEqual(3);
    expect(expired.map((document) => document.id)).toContain('offer-spring-sale-2025');
  });

  it('gives every offer Key facts with a headline, an offer and an end date matching validTo', () => {
    const longDate = (iso: string): string =>
      new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'long',
        day: 'numeric',
      });
    for (const offer of documents.filter((document) => document.kind === 'offer')) {
      const facts = extractKeyFacts(offer.body);
      expect({ id: offer.id, headline: factValue(facts, 'Headline') !== undefined }).toEqual({
        id: offer.id,
        headline: true,
      });
      expect(factValue(facts, 'Offer')).toBeDefined();
      expect({ id: offer.id, ends: factValue(facts, 'Ends') }).toEqual({
        id: offer.id,
        ends: longDate(offer.validTo ?? ''),
      });
    }
  });

  it('uses only fictional, non-personal details', () => {
    for (const document of documents) {
      expect(document.body).not.toMatch(/@(?!example\.com)[a-z0-9-]+\.[a-z]+/i);
      expect(document.body).not.toMatch(/\+?\d[\d -]{8,}\d/);
    }
  });
});

describe('parseContentMarkdown', () => {
  it('parses a valid document and trims the body', () => {
    const parsed = parseContentMarkdown(doc(VALID_FRONT_MATTER, '\n\nHello.\n\n'), 'ok.md');
    expect(parsed).toEqual({
      ok: true,
      document: {
        id: 'offer-test',
        title: 'Test offer',
        kind: 'offer',
        validFrom: '2026-01-01',
        validTo: '2026-12-31',
        channels: ['email', 'sms'],
        tags: ['test'],
        body: 'Hello.',
      },
    });
  });

  it('accepts CRLF line endings, a BOM, quoted dates and no validity window', () => {
    const text = `\uFEFF---\r\nid: brand-x\r\ntitle: Brand\r\nkind: brand\r\nvalidFrom: '2026-01-01'\r\nchannels: [push]\r\n---\r\nBody\r\n`;
    const parsed = parseContentMarkdown(text, 'crlf.md');
    expect(parsed.ok && parsed.document).toMatchObject({ id: 'brand-x', validFrom: '2026-01-01', tags: [] });
    expect(parsed.ok && 'validTo' in parsed.document).toBe(false);
  });

  it.each([
    ['no front matter', 'Just text', undefined, /missing front matter/],
    ['invalid YAML', '---\nid: [unclosed\n---\nBody', undefined, /not valid YAML/],
    ['a list instead of a mapping', '---\n- a\n- b\n---\nBody', undefined, /must be a YAML mapping/],
    ['a bad id', doc(VALID_FRONT_MATTER.replace('offer-test', 'Offer Test!')), 'id', /lowercase/],
    ['a missing title', doc(VALID_FRONT_MATTER.replace('title: Test offer\n', '')), 'title', /required/i],
    ['an unknown kind', doc(VALID_FRONT_MATTER.replace('kind: offer', 'kind: coupon')), 'kind', /offer/],
    [
      'a malformed date',
      doc(VALID_FRONT_MATTER.replace('2026-01-01', '01/01/2026')),
      'validFrom',
      /2026-03-01/,
    ],
    [
      'an impossible date',
      doc(VALID_FRONT_MATTER.replace('2026-12-31', '2026-02-30')),
      'validTo',
      /real calendar/,
    ],
    [
      'validTo before validFrom',
      doc(VALID_FRONT_MATTER.replace('2026-12-31', '2025-12-31')),
      'validTo',
      /before/,
    ],
    [
      'an unknown channel',
      doc(VALID_FRONT_MATTER.replace('[email, sms]', '[email, fax]')),
      'channels[1]',
      /email/,
    ],
    ['no channels', doc(VALID_FRONT_MATTER.replace('[email, sms]', '[]')), 'channels', /at least one/],
    ['an unknown field', doc(`${VALID_FRONT_MATTER}\nprice: 10`), undefined, /unknown field.*price/],
    ['an empty body', doc(VALID_FRONT_MATTER, '   '), 'body', /empty/],
  ])('reports %s with the file and field', (_name, text, field, message) => {
    const parsed = parseContentMarkdown(text, 'bad.md');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const problem = parsed.problems.find((candidate) => candidate.field === field) ?? parsed.problems[0];
    expect(problem?.file).toBe('bad.md');
    expect(problem?.field).toBe(field);
    expect(problem?.message).toMatch(message);
  });

  it('reports every bad field at once', () => {
    const parsed = parseContentMarkdown(doc('id: X\nkind: nope\nchannels: email'), 'multi.md');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((problem) => problem.field).sort()).toEqual([
      'channels',
      'id',
      'kind',
      'title',
    ]);
  });
});

describe('loadContentDirectory', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cpo-content-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the valid files, reports the bad ones by file and field, and ignores non-Markdown', async () => {
    writeFileSync(join(dir, 'a-good.md'), doc(VALID_FRONT_MATTER));
    writeFileSync(
      join(dir, 'b-bad-date.md'),
      doc(VALID_FRONT_MATTER.replace('offer-test', 'other').replace('2026-01-01', 'soon')),
    );
    writeFileSync(join(dir, 'c-duplicate.md'), doc(VALID_FRONT_MATTER));
    writeFileSync(join(dir, 'notes.txt'), 'not content');
    const { documents, problems } = await loadContentDirectory(dir);
    expect(documents.map((document) => document.id)).toEqual(['offer-test']);
    expect(problems.map(describeContentProblem)).toEqual([
      'b-bad-date.md: validFrom: must be a date like 2026-03-01',
      'c-duplicate.md: id: duplicates the id of a-good.md',
    ]);
  });

  it('fails with NOT_FOUND for a missing folder', async () => {
    await expect(loadContentDirectory(join(dir, 'missing'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('content helpers', () => {
  const body =
    'Intro paragraph about boots.\n\n## Key facts\n\n- Offer: 20% off boots\n- Code: BOOT20\n\n## Details\n\nMore about the trail.';
  const document: ContentDocument = {
    id: 'x',
    title: 'X',
    kind: 'offer',
    validFrom: '2026-01-01',
    validTo: '2026-01-31',
    channels: ['email'],
    tags: [],
    body,
  };

  it('extracts Key facts verbatim and stops at the next heading', () => {
    expect(keyFactsSection(body)).toBe('- Offer: 20% off boots\n- Code: BOOT20');
    expect(extractKeyFacts(body)).toEqual([
      { label: 'Offer', value: '20% off boots' },
      { label: 'Code', value: 'BOOT20' },
    ]);
    expect(factValue(extractKeyFacts(body), 'code')).toBe('BOOT20');
    expect(extractKeyFacts('no facts here')).toEqual([]);
  });

  it('checks validity inclusively and open-ended', () => {
    expect(isValidOn(document, '2026-01-01')).toBe(true);
    expect(isValidOn(document, '2026-01-31')).toBe(true);
    expect(isValidOn(document, '2026-02-01')).toBe(false);
    expect(isValidOn(document, '2025-12-31')).toBe(false);
    expect(isValidOn({}, '1999-01-01')).toBe(true);
    expect(servesChannel(document, 'email')).toBe(true);
    expect(servesChannel(document, 'sms')).toBe(false);
  });

  it('takes citation excerpts verbatim from the body', () => {
    expect(citationExcerpt(document)).toBe('- Offer: 20% off boots\n- Code: BOOT20');
    const plain = { ...document, body: 'First about tents.\n\nSecond about boots and socks.' };
    expect(citationExcerpt(plain, 'socks')).toBe('Second about boots and socks.');
    const long = { ...document, body: `${'word '.repeat(200)}end` };
    const excerpt = citationExcerpt(long);
    expect(excerpt.length).toBeLessThanOrEqual(401);
    expect(long.body.startsWith(excerpt.replace(/…$/, ''))).toBe(true);
  });
});
