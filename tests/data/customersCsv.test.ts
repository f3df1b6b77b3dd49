import { mkdtempSync, readFileSync, rmSync, createWriteStream, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Customer } from '../../src/domain/customer';
import { generateSyntheticCustomers } from '../../src/customers/syntheticCustomers';
import { customerCsvChunks, writeCustomersCsv } from '../../src/customers/writeCustomersCsv';
import {
  readCustomersCsv,
  readCustomersFile,
  type CustomerRowIssue,
} from '../../src/customers/readCustomersCsv';
import { CUSTOMER_CSV_HEADER, formatCustomerCsvRow } from '../../src/customers/customerCsvFormat';
import { SeededRandom } from '../../src/shared/seededRandom';
import { isAppError } from '../../src/shared/errors';
import { collect, readableOf } from './support/streams';

const csvOf = (customers: Iterable<Customer>): string => [...customerCsvChunks(customers)].join('');

async function readText(
  text: string,
  chunkSize = 64,
): Promise<{ customers: Customer[]; issues: CustomerRowIssue[] }> {
  const issues: CustomerRowIssue[] = [];
  const customers = await collect(
    readCustomersCsv(readableOf(text, chunkSize), { onInvalidRow: (issue) => issues.push(issue) }),
  );
  return { customers, issues };
}

const GOOD_ROW = 'C000001,fern.c000001@example.com,Fern,EMEA,active,12,4,256.18,email|sms,true,true,false';

describe('SeededRandom', () => {
  it('repeats the same sequence for the same seed and differs across seeds', () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const c = new SeededRandom(43);
    const first = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 50 }, () => c.next())).not.toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('keeps int() within bounds and weighted() proportional', () => {
    const random = new SeededRandom(7);
    const counts = { a: 0, b: 0 };
    const ints = new Set<number>();
    for (let i = 0; i < 10_000; i += 1) {
      ints.add(random.int(3, 5));
      counts[
        random.weighted([
          ['a', 3],
          ['b', 1],
        ] as const)
      ] += 1;
    }
    expect([...ints].sort()).toEqual([3, 4, 5]);
    expect(counts.a / 10_000).toBeGreaterThan(0.72);
    expect(counts.a / 10_000).toBeLessThan(0.78);
  });
});

describe('synthetic customer generator', () => {
  it('is deterministic for a seed and differs for another seed', () => {
    const first = csvOf(generateSyntheticCustomers({ count: 300, seed: 42 }));
    expect(csvOf(generateSyntheticCustomers({ count: 300, seed: 42 }))).toBe(first);
    expect(csvOf(generateSyntheticCustomers({ count: 300, seed: 43 }))).not.toBe(first);
  });

  it('produces obviously synthetic identities with sequential ids', () => {
    const customers = [...generateSyntheticCustomers({ count: 1000, seed: 1 })];
    expect(customers).toHaveLength(1000);
    customers.forEach((customer, index) => {
      expect(customer.id).toBe(`C${String(index + 1).padStart(6, '0')}`);
      expect(customer.email).toMatch(/^[a-z]+\.c\d{6}@example\.com$/);
      expect(customer.email).toContain(customer.id.toLowerCase());
    });
    expect(new Set(customers.map((customer) => customer.email)).size).toBe(1000);
  });

  it('keeps lifecycle stage, recency, frequency and opt-ins consistent', () => {
    for (const customer of generateSyntheticCustomers({ count: 5000, seed: 9 })) {
      const { recencyDays, frequency, lifecycleStage } = customer;
      if (lifecycleStage === 'new') expect(recencyDays <= 30 && frequency === 1).toBe(true);
      if (lifecycleStage === 'active') expect(recencyDays).toBeLessThanOrEqual(90);
      if (lifecycleStage === 'at_risk') expect(recencyDays >= 91 && recencyDays <= 180).toBe(true);
      if (lifecycleStage === 'lapsed') expect(recencyDays >= 181 && recencyDays <= 365).toBe(true);
      if (lifecycleStage === 'churned') expect(recencyDays > 365 && frequency === 0).toBe(true);
      expect(customer.monetary).toBeGreaterThanOrEqual(0);
      if (frequency === 0) expect(customer.monetary).toBe(0);
      expect(['NA', 'EMEA', 'APAC', 'LATAM']).toContain(customer.region);
      for (const channel of customer.preferredChannels) {
        expect(customer[`${channel}OptIn`]).toBe(true);
      }
    }
  });

  it('covers every lifecycle stage and region in a realistic mix', () => {
    const stages = new Map<string, number>();
    const regions = new Map<string, number>();
    for (const customer of generateSyntheticCustomers({ count: 10_000, seed: 3 })) {
      stages.set(customer.lifecycleStage, (stages.get(customer.lifecycleStage) ?? 0) + 1);
      regions.set(customer.region, (regions.get(customer.region) ?? 0) + 1);
    }
    expect([...stages.keys()].sort()).toEqual(['active', 'at_risk', 'churned', 'lapsed', 'new']);
    expect([...regions.keys()].sort()).toEqual(['APAC', 'EMEA', 'LATAM', 'NA']);
    expect((regions.get('NA') ?? 0) / 10_000).toBeGreaterThan(0.35);
  });

  it('supports an offset for the first id', () => {
    const [first] = [...generateSyntheticCustomers({ count: 1, seed: 1, firstSequence: 123 })];
    expect(first?.id).toBe('C000123');
  });

  it('generates lazily (a huge count costs nothing until iterated)', () => {
    const iterator = generateSyntheticCustomers({ count: 1_000_000_000, seed: 1 });
    expect(iterator.next().value?.id).toBe('C000001');
  });
});

describe('customer CSV round trip', () => {
  it('reads back exactly what was written', async () => {
    const customers = [...generateSyntheticCustomers({ count: 2500, seed: 42 })];
    const { customers: read, issues } = await readText(csvOf(customers), 997);
    expect(issues).toEqual([]);
    expect(read).toEqual(customers);
  });

  it('round-trips through a file written with back-pressure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpo-customers-'));
    try {
      const file = join(dir, 'customers.csv');
      const progress: number[] = [];
      const rows = await writeCustomersCsv(
        generateSyntheticCustomers({ count: 3210, seed: 5 }),
        createWriteStream(file),
        (written) => progress.push(written),
      );
      expect(rows).toBe(3210);
      expect(progress.at(-1)).toBe(3210);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      expect(readFileSync(file, 'utf8').split('\n').filter(Boolean)).toHaveLength(3211);
      const read = await collect(readCustomersFile(file));
      expect(read).toEqual([...generateSyntheticCustomers({ count: 3210, seed: 5 })]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('quotes fields with commas, quotes or surrounding spaces', async () => {
    const customer: Customer = {
      id: 'C000042',
      email: 'quill.c000042@example.com',
      firstName: 'Quill, "the" Tester',
      region: 'EMEA',
      lifecycleStage: 'new',
      recencyDays: 3,
      frequency: 1,
      monetary: 70.5,
      preferredChannels: ['email'],
      emailOptIn: true,
      smsOptIn: false,
      pushOptIn: false,
    };
    const line = formatCustomerCsvRow(customer);
    expect(line).toContain('"Quill, ""the"" Tester"');
    const { customers, issues } = await readText(CUSTOMER_CSV_HEADER + line);
    expect(issues).toEqual([]);
    expect(customers).toEqual([customer]);
  });

  it('accepts columns in any order, extra columns, a BOM, CRLF and blank lines', async () => {
    const text =
      '\uFEFFemail,id,firstName,region,lifecycleStage,recencyDays,frequency,monetary,preferredChannels,emailOptIn,smsOptIn,pushOptIn,notes\r\n' +
      'wren.c000007@example.com,C000007,Wren,APAC,lapsed,200,2,99.90,sms,no,yes,0,hello\r\n' +
      '\r\n' +
      'sage.c000008@example.com,C000008,Sage,NA,active,5,6,500,,1,0,1,\r\n';
    const { customers, issues } = await readText(text);
    expect(issues).toEqual([]);
    expect(customers.map((customer) => customer.id)).toEqual(['C000007', 'C000008']);
    expect(customers[0]).toMatchObject({
      emailOptIn: false,
      smsOptIn: true,
      pushOptIn: false,
      monetary: 99.9,
    });
    expect(customers[1]).toMatchObject({ preferredChannels: [], emailOptIn: true, pushOptIn: true });
  });
});

describe('malformed customer rows', () => {
  const header = CUSTOMER_CSV_HEADER;

  it.each([
    ['too few columns', 'C000002,x@example.com,Ash', /expected 12 columns, found 3/],
    ['too many columns', `${GOOD_ROW},extra`, /expected 12 columns, found 13/],
    ['a bad id', GOOD_ROW.replace('C000001', 'X1'), /^id: must look like C000123/],
    ['a bad email', GOOD_ROW.replace('fern.c000001@example.com', 'not-an-email'), /^email: must be an email/],
    ['an empty first name', GOOD_ROW.replace(',Fern,', ', ,'), /firstName: must not be empty/],
    [
      'an unknown lifecycle stage',
      GOOD_ROW.replace(',active,', ',zombie,'),
      /lifecycleStage: must be one of/,
    ],
    ['a negative recency', GOOD_ROW.replace(',12,', ',-12,'), /recencyDays: must be a whole number/],
    ['a fractional frequency', GOOD_ROW.replace(',4,', ',4.5,'), /frequency: must be a whole number/],
    ['a non-numeric amount', GOOD_ROW.replace('256.18', '12abc'), /monetary: must be an amount/],
    ['three decimals', GOOD_ROW.replace('256.18', '256.181'), /monetary: must be an amount/],
    [
      'an unknown channel',
      GOOD_ROW.replace('email|sms', 'email|fax'),
      /preferredChannels: unknown channel "fax"/,
    ],
    [
      'a bad boolean',
      GOOD_ROW.replace('true,true,false', 'true,maybe,false'),
      /smsOptIn: must be true or false/,
    ],
    [
      'an unbalanced quote',
      'C000003,"x@example.com,Ash,NA,new,1,1,10,email,true,true,true',
      /unbalanced quotes/,
    ],
  ])('reports %s with its line number and keeps going', async (_name, badRow, message) => {
    const text = `${header}${GOOD_ROW}\n${badRow}\n${GOOD_ROW.replace('C000001', 'C000009')}\n`;
    const { customers, issues } = await readText(text);
    expect(customers.map((customer) => customer.id)).toEqual(['C000001', 'C000009']);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.line).toBe(3);
    expect(issues[0]?.message).toMatch(message);
  });

  it('lists every bad field of a row in one message', async () => {
    const bad = 'C1,nope,,mars,soon,x,y,z,fax,maybe,maybe,maybe';
    const { issues } = await readText(`${header}${bad}\n`);
    expect(issues).toHaveLength(1);
    const fields = issues[0]?.message.split('; ').map((part) => part.split(':')[0]);
    expect(fields).toEqual([
      'id',
      'email',
      'firstName',
      'lifecycleStage',
      'recencyDays',
      'frequency',
      'monetary',
      'preferredChannels',
      'emailOptIn',
      'smsOptIn',
      'pushOptIn',
    ]);
  });

  it('reports many bad rows in file order with exact line numbers, whatever the chunking', async () => {
    const lines = [...generateSyntheticCustomers({ count: 200, seed: 11 })].map((customer) =>
      formatCustomerCsvRow(customer).trimEnd(),
    );
    const broken = new Map<number, string>([
      [5, 'garbage'],
      [17, 'C000017,"unterminated,Ash,NA,new,1,1,10,email,true,true,true'],
      [18, lines[17]?.replace(',true', ',perhaps') ?? ''],
      [120, ''],
      [150, 'a,b,c,d,e,f,g,h,i,j,k,l'],
    ]);
    for (const [index, text] of broken) lines[index] = text;
    const text = `${header}${lines.join('\n')}\n`;
    for (const chunkSize of [7, 64, 4096]) {
      const { customers, issues } = await readText(text, chunkSize);
      // Line = index + 2 (header is line 1); the blank line is skipped, not an error.
      expect(issues.map((issue) => issue.line)).toEqual([7, 19, 20, 152]);
      expect(customers).toHaveLength(200 - 5);
    }
  });

  it('treats a missing header column as fatal, naming the columns', async () => {
    const text = 'id,email,firstName\nC000001,a@example.com,Ash\n';
    await expect(collect(readCustomersCsv(readableOf(text)))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      userMessage: expect.stringContaining('region'),
    });
  });

  it('treats an empty file as invalid input', async () => {
    await expect(collect(readCustomersCsv(readableOf('')))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('reports a missing file as NOT_FOUND', async () => {
    const error = await collect(readCustomersFile(join(tmpdir(), 'cpo-no-such-file.csv'))).catch(
      (e: unknown) => e,
    );
    expect(isAppError(error) && error.code).toBe('NOT_FOUND');
  });

  it('closes the file when the consumer stops early', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpo-customers-'));
    try {
      const file = join(dir, 'c.csv');
      writeFileSync(file, csvOf(generateSyntheticCustomers({ count: 5000, seed: 2 })));
      const seen: string[] = [];
      for await (const customer of readCustomersFile(file)) {
        seen.push(customer.id);
        if (seen.length === 3) break;
      }
      expect(seen).toEqual(['C000001', 'C000002', 'C000003']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
