import { detectDelimiter, splitCsvLine } from '../../../src/experiments/ingestion/csvLine';
import { customerKeyOf } from '../../../src/experiments/ingestion/customerRef';
import { engagementTypeOf, fieldOf } from '../../../src/experiments/ingestion/engagementFields';
import { parseEngagementRecord } from '../../../src/experiments/ingestion/engagementRecord';
import type { EngagementField } from '../../../src/experiments/ingestion/engagementFields';
import { formatFromFirstLine, formatFromName } from '../../../src/experiments/ingestion/eventFileFormat';
import { isMachineOpen } from '../../../src/experiments/ingestion/machineOpen';
import { messageIdFor, routeCodeOf } from '../../../src/experiments/ingestion/messageRoute';
import { ContentBlocks } from '../../../src/experiments/ingestion/contentBlocks';
import { CsvRecordReader, JsonLinesRecordReader } from '../../../src/experiments/ingestion/recordReaders';
import { DEV_PSEUDONYMIZER } from '../support/experimentFixtures';

const NOW = Date.parse('2026-03-10T00:00:00Z');

function parse(record: Partial<Record<EngagementField, unknown>>) {
  return parseEngagementRecord((name) => record[name], DEV_PSEUDONYMIZER, NOW);
}

const valid = {
  campaign: 'spring-1',
  arm: 'v1',
  customer: 'C000123',
  type: 'click',
  timestamp: '2026-03-05T10:00:00Z',
};

describe('splitCsvLine', () => {
  it.each([
    ['a,b,c', ['a', 'b', 'c']],
    ['a,,c', ['a', '', 'c']],
    ['a,b,', ['a', 'b', '']],
    ['"a,b",c', ['a,b', 'c']],
    ['"say ""hi""",x', ['say "hi"', 'x']],
    ['"",x', ['', 'x']],
    ['x,"y"', ['x', 'y']],
    ['"a",', ['a', '']],
    ['ünï,cödé', ['ünï', 'cödé']],
  ])('splits %s', (line, fields) => {
    expect(splitCsvLine(line)).toEqual(fields);
  });

  it.each(['"unclosed,b', 'a,"b', 'a"b,c', '"a"x,b', '"a""'])(
    'reports %s as malformed instead of swallowing the file',
    (line) => {
      expect(splitCsvLine(line)).toBeUndefined();
    },
  );

  it('uses the delimiter of the header', () => {
    expect(detectDelimiter('campaign;arm;customer;type;timestamp')).toBe(';');
    expect(detectDelimiter('campaign\tarm\tcustomer')).toBe('\t');
    expect(detectDelimiter('campaign,arm')).toBe(',');
    expect(splitCsvLine('a;"b;c";d', ';')).toEqual(['a', 'b;c', 'd']);
  });
});

describe('field and type names', () => {
  it.each([
    ['Campaign ID', 'campaign'],
    ['campaign_id', 'campaign'],
    ['variant-id', 'arm'],
    ['Variation', 'arm'],
    ['customerId', 'customer'],
    ['user_id', 'customer'],
    ['Event Type', 'type'],
    ['occurred_at', 'timestamp'],
    ['ts', 'timestamp'],
    ['order value', 'revenue'],
    ['is_machine_open', 'machineOpen'],
    ['User-Agent', 'userAgent'],
    ['Region', 'segment'],
  ])('%s → %s', (name, field) => expect(fieldOf(name)).toBe(field));

  it('ignores unknown columns', () => expect(fieldOf('favourite_colour')).toBeUndefined());

  it.each([
    ['Delivered', 'delivered'],
    ['VIEW', 'open'],
    ['opened', 'open'],
    ['Clicked', 'click'],
    ['purchase', 'conversion'],
    ['opt-out', 'unsubscribe'],
    ['spam_report', 'complaint'],
    ['held-out', 'held_out'],
    ['suppressed', 'held_out'],
  ])('event type %s → %s', (value, type) => expect(engagementTypeOf(value)).toBe(type));

  it('has no type for unknown words', () => expect(engagementTypeOf('bounce')).toBeUndefined());
});

describe('parseEngagementRecord', () => {
  it('accepts a valid row and pseudonymizes the customer to the HMAC digest', () => {
    const result = parse(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const pseudonym = DEV_PSEUDONYMIZER.customer('C000123');
    expect(result.event).toEqual({
      campaignId: 'spring-1',
      arm: 'v1',
      customerHash: pseudonym.slice(-20),
      type: 'click',
      at: Date.parse('2026-03-05T10:00:00Z'),
      revenue: 0,
      machineOpen: false,
    });
    expect(JSON.stringify(result)).not.toContain('C000123');
  });

  it('accepts an already-pseudonymized cus_ ref as the same customer', () => {
    const pseudonym = DEV_PSEUDONYMIZER.customer('C000123');
    const fromRef = parse({ ...valid, customer: pseudonym });
    const fromId = parse(valid);
    expect(fromRef.ok && fromId.ok && fromRef.event.customerHash === fromId.event.customerHash).toBe(true);
    expect(parse({ ...valid, customer: 'cus_dev1_nothex' })).toEqual({
      ok: false,
      error: 'customer: looks like a pseudonym (cus_…) but is malformed',
    });
  });

  it.each([
    ['2026-03-05T10:00:00Z', Date.parse('2026-03-05T10:00:00Z')],
    ['2026-03-05T10:00:00.250+01:00', Date.parse('2026-03-05T09:00:00.250Z')],
    ['2026-03-05', Date.parse('2026-03-05T00:00:00Z')],
    [1772704800, 1772704800000],
    ['1772704800', 1772704800000],
    [1772704800123, 1772704800123],
  ])('reads timestamp %s', (timestamp, at) => {
    const result = parse({ ...valid, timestamp });
    expect(result.ok && result.event.at).toBe(at);
  });

  it.each([
    [{ campaign: '' }, 'campaign: is required'],
    [{ campaign: 'Spring Sale!' }, 'campaign: is not a campaign id'],
    [{ arm: '  ' }, 'arm: is required'],
    [{ type: undefined }, 'type: is required'],
    [{ type: 'bounce' }, 'type: is not an event type'],
    [{ timestamp: 'yesterday' }, 'timestamp: is not a date'],
    [{ timestamp: undefined }, 'timestamp: is required'],
    [{ timestamp: '1999-12-31T00:00:00Z' }, 'timestamp: is before the year 2000'],
    [{ timestamp: '2026-04-01T00:00:00Z' }, 'timestamp: is in the future'],
    [{ revenue: '-5' }, 'revenue: must be a number ≥ 0'],
    [{ revenue: 'ten' }, 'revenue: must be a number ≥ 0'],
    [{ revenue: '12.5' }, 'revenue: only conversion events carry revenue'],
    [{ machineOpen: 'maybe' }, 'machineOpen: must be true or false'],
    [{ segment: 'x'.repeat(41) }, 'segment: must be a short label'],
    [{ segment: 'a<script>' }, 'segment: must be a short label'],
    [{ customer: '' }, 'customer: is required'],
    [{ customer: { id: 1 } }, 'customer: must be a string'],
    [{ customer: ['C1'] }, 'customer: must be a string'],
    [{ arm: true }, 'arm: must be a string'],
    [{ campaign: 7.5 }, 'campaign: is not a campaign id'],
    [{ campaign: { id: 'x' } }, 'campaign: must be a string'],
    [{ customer: 'C\uFFFD1' }, 'customer: is not valid UTF-8'],
    [{ arm: 'v\uFFFD' }, 'arm: is not valid UTF-8'],
    [{ customer: 'C'.repeat(257) }, 'customer: is longer than 256 characters'],
    [{ arm: 'a'.repeat(257) }, 'arm: is longer than 256 characters'],
  ])('rejects %j', (override, message) => {
    const result = parse({ ...valid, ...override });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.startsWith(message)).toBe(true);
  });

  it('never echoes a customer id that landed in another column', () => {
    const shifted = parse({ ...valid, type: 'C000999', arm: 'v1', campaign: 'C000999' });
    expect(shifted.ok).toBe(false);
    if (!shifted.ok) expect(shifted.error).not.toContain('C000999');
  });

  it('takes conversion revenue, numeric customer ids, lower-cases campaigns and keeps the segment', () => {
    const result = parse({
      ...valid,
      type: 'conversion',
      revenue: '49.90',
      customer: 12345,
      campaign: 'SPRING-1',
      segment: 'EMEA',
    });
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.event).toMatchObject({ revenue: 49.9, campaignId: 'spring-1', segment: 'EMEA' });
  });

  it('flags machine opens from the explicit flag or the user agent, and only for opens', () => {
    const open = (extra: Partial<Record<EngagementField, unknown>>) => {
      const result = parse({ ...valid, type: 'open', ...extra });
      return result.ok && result.event.machineOpen;
    };
    expect(open({ machineOpen: 'true' })).toBe(true);
    expect(open({ machineOpen: 'no', userAgent: 'Mozilla/5.0' })).toBe(false);
    expect(open({ userAgent: 'Mozilla/5.0' })).toBe(true);
    expect(
      open({ userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15' }),
    ).toBe(false);
    expect(open({})).toBe(false);
    const click = parse({ ...valid, machineOpen: true });
    expect(click.ok && click.event.machineOpen).toBe(false);
  });
});

describe('machine open heuristics', () => {
  it.each([
    [undefined, 'Mozilla/5.0', true],
    [undefined, ' Mozilla/5.0 ', true],
    [undefined, 'Barracuda Sentinel (EE)', true],
    [undefined, 'Mozilla/5.0 (compatible; Googlebot/2.1)', true],
    [undefined, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0', false],
    [
      undefined,
      'Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)',
      false,
    ],
    [undefined, '', false],
    [undefined, undefined, false],
    [false, 'Mozilla/5.0', false],
    [true, undefined, true],
  ])('flag %s, agent %s → %s', (flag, agent, machine) => expect(isMachineOpen(flag, agent)).toBe(machine));
});

describe('record readers', () => {
  it('maps CSV columns by header aliases and checks the field count', () => {
    const reader = new CsvRecordReader('Campaign ID,Variant,Customer,Event,Time,Extra');
    const row = reader.read('c1,v1,C1,click,2026-03-05T10:00:00Z,whatever');
    expect(row.ok && [row.field('campaign'), row.field('arm'), row.field('timestamp')]).toEqual([
      'c1',
      'v1',
      '2026-03-05T10:00:00Z',
    ]);
    expect(reader.read('c1,v1,C1')).toEqual({ ok: false, error: 'has 3 field(s), the header has 6' });
    expect(reader.read('"c1,v1,C1,click,t,x')).toEqual({ ok: false, error: 'unbalanced quotes' });
  });

  it('refuses a CSV header without the required columns, naming them', () => {
    expect(() => new CsvRecordReader('campaign,arm,when')).toThrow(
      /lacks column\(s\) customer, type, timestamp/,
    );
  });

  it('reads JSON Lines objects and rejects everything else without quoting the line', () => {
    const reader = new JsonLinesRecordReader();
    const row = reader.read('{"campaignId":"c1","variant_id":"v2","extra":1}');
    expect(row.ok && [row.field('campaign'), row.field('arm')]).toEqual(['c1', 'v2']);
    expect(reader.read('[1,2]')).toEqual({ ok: false, error: 'must be a JSON object' });
    expect(reader.read('null')).toEqual({ ok: false, error: 'must be a JSON object' });
    const broken = reader.read('{"customer":"C000777",');
    expect(broken).toEqual({ ok: false, error: 'is not valid JSON' });
  });
});

describe('file format detection', () => {
  it.each([
    ['events.csv', 'csv'],
    ['EVENTS.CSV', 'csv'],
    ['events.jsonl', 'jsonl'],
    ['events.ndjson', 'jsonl'],
    ['dir/events.json', 'jsonl'],
    ['events.txt', undefined],
    ['-', undefined],
  ])('%s → %s', (name, format) => expect(formatFromName(name)).toBe(format));

  it('sniffs JSON Lines by the first character', () => {
    expect(formatFromFirstLine('  {"campaign":"x"}')).toBe('jsonl');
    expect(formatFromFirstLine('campaign,arm')).toBe('csv');
  });
});

describe('message routes', () => {
  const randomHex = (bytes: number) => 'f'.repeat(bytes * 2);

  it('builds GUID-shaped ACS operation ids that carry the route code', () => {
    const id = messageIdFor('3F9A0C2E', randomHex);
    expect(id).toMatch(/^3f9a0c2e-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(routeCodeOf(id)).toBe('3f9a0c2e');
    expect(routeCodeOf(id.toUpperCase())).toBe('3f9a0c2e');
  });

  it.each(['', 'not-a-guid', '3f9a0c2e', '3f9a0c2e-1234', '<abc@example.com>'])(
    'finds no route in %s',
    (id) => {
      expect(routeCodeOf(id)).toBeUndefined();
    },
  );

  it('refuses a malformed route code', () =>
    expect(() => messageIdFor('xyz', randomHex)).toThrow(RangeError));
});

describe('content blocks', () => {
  const lines = Array.from({ length: 2000 }, (_, index) => `c1,v1,C${index},click,2026-03-05T10:00:00Z`);
  const blocksOf = (input: string[]): string[] => {
    const blocks = new ContentBlocks();
    const out = input.map((line) => blocks.add(line)).filter((block): block is string => block !== undefined);
    const last = blocks.finish();
    return last === undefined ? out : [...out, last];
  };

  it('cuts the same lines into the same blocks wherever they sit', () => {
    const whole = blocksOf(lines);
    expect(whole.length).toBeGreaterThan(10);
    expect(blocksOf(lines)).toEqual(whole);
    const shifted = blocksOf([...lines.slice(1000, 1003), ...lines]);
    const shared = shifted.filter((block) => whole.includes(block));
    expect(shared.length).toBeGreaterThanOrEqual(whole.length - 2);
  });

  it('changes only the blocks around a corrected line', () => {
    const edited = [...lines];
    edited[1000] = 'c1,v1,C1000,click,2026-03-05T11:00:00Z';
    const before = blocksOf(lines);
    const after = blocksOf(edited);
    expect(after.filter((block) => !before.includes(block)).length).toBeLessThanOrEqual(2);
  });
});

describe('customerKeyOf', () => {
  it('is stable per customer and differs between customers', () => {
    const a = customerKeyOf('C1', DEV_PSEUDONYMIZER);
    const b = customerKeyOf(' C1 ', DEV_PSEUDONYMIZER);
    const c = customerKeyOf('C2', DEV_PSEUDONYMIZER);
    expect(a).toEqual(b);
    expect(a.ok && c.ok && a.hash !== c.hash).toBe(true);
    expect(a.ok && a.hash).toMatch(/^[0-9a-f]{20}$/);
  });
});
