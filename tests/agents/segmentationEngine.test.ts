/**
 * The segment SQL pushed down to DuckDB gives exactly the segments the streaming JavaScript path computes:
 * same sizes, quintiles, aggregates, explanations and ids, on the sample, on a larger synthetic base, and
 * whether the file is CSV, JSONL or Parquet.
 */
import { mkdtempSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDbCustomerSource } from '../../src/adapters/customers/duckDbCustomerSource';
import { segmentCustomers } from '../../src/agents/segmentation/segmentCustomers';
import type { SegmentCustomersInput } from '../../src/tools/inputs/segmentCustomersInput';
import { toSegmentCriteria } from '../../src/agents/segmentation/segmentCriteria';
import { memberIdsInEngine, thresholdsInEngine } from '../../src/agents/segmentation/segmentInEngine';
import { readCustomersFile } from '../../src/customers/readCustomersCsv';
import { generateSyntheticCustomers } from '../../src/customers/syntheticCustomers';
import { writeCustomersCsv } from '../../src/customers/writeCustomersCsv';
import { segmentMembership } from '../../src/agents/segmentation/segmentMembership';

const SAMPLE = join(__dirname, '..', '..', 'data', 'customers.csv');

const INPUTS: SegmentCustomersInput[] = [
  {},
  { inactiveDays: 90 },
  { inactiveDays: 90, region: 'europe', channel: 'email' },
  { activeWithinDays: 30, channel: 'sms' },
  { lifecycleStage: 'at_risk' },
  { region: 'APAC', minMonetary: 200 },
  { minFrequency: 5, channel: 'push' },
  { region: 'Atlantis' },
  { cohort: 'vip' },
  { cohort: 'loyal', region: 'NA' },
  { cohort: 'at_risk', channel: 'email' },
  { cohort: 'big_spenders' },
  { cohort: 'new' },
  { cohort: 'lapsed', channel: 'sms' },
  { cohort: 'churned' },
  { cohort: 'one_time', inactiveDays: 30 },
  { method: 'rfm' },
  { method: 'rfm', region: 'EMEA' },
];

describe('segments computed by DuckDB', () => {
  let sample: DuckDbCustomerSource;
  beforeAll(async () => {
    sample = await DuckDbCustomerSource.open(SAMPLE);
  });
  afterAll(() => sample.close());

  it.each(INPUTS.map((input) => [JSON.stringify(input), input] as const))(
    'match the streaming path on the sample for %s',
    async (_name, input) => {
      const streamed = await segmentCustomers(input, () => readCustomersFile(SAMPLE));
      expect(await segmentCustomers(input, sample)).toEqual(streamed);
    },
  );

  it('streams exactly the members the streaming membership test selects', async () => {
    for (const input of [{ cohort: 'vip' }, { inactiveDays: 90, channel: 'email' as const }]) {
      const isMember = await segmentMembership(input, () => readCustomersFile(SAMPLE));
      const expected: string[] = [];
      for await (const customer of readCustomersFile(SAMPLE))
        if (isMember(customer)) expected.push(customer.id);
      const criteria = toSegmentCriteria(input);
      const thresholds = criteria.cohort?.usesScores ? await thresholdsInEngine(sample) : undefined;
      const streamed: string[] = [];
      for await (const batch of memberIdsInEngine(sample, criteria, criteria.cohort, thresholds))
        streamed.push(...batch);
      expect(streamed.sort()).toEqual(expected.sort());
    }
  });

  it('reads CSV, JSONL and Parquet alike, and leaves malformed rows out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpo-duck-'));
    const csv = join(dir, 'customers.csv');
    const customers = [...generateSyntheticCustomers({ count: 20_000, seed: 7 })];
    await writeCustomersCsv(customers, createWriteStream(csv));
    // A malformed row in each file: the streaming reader skips it, so must the engine.
    writeFileSync(csv, 'C999999,bad-email,Name,EMEA,lapsed,200,9,1999.00,email,true,true,true\n', {
      flag: 'a',
    });
    const jsonl = join(dir, 'customers.jsonl');
    writeFileSync(jsonl, `${customers.map((customer) => JSON.stringify(customer)).join('\n')}\n`);
    const parquet = join(dir, 'customers.parquet');
    const converter = await DuckDbCustomerSource.open(csv);
    await converter.query({
      text: `COPY (SELECT * FROM read_csv('${csv}')) TO '${parquet}' (FORMAT parquet)`,
      params: [],
    });
    await converter.close();

    const inputs: SegmentCustomersInput[] = [{ cohort: 'vip' }, { inactiveDays: 90, region: 'EMEA' }, {}];
    for (const input of inputs) {
      const streamed = await segmentCustomers(input, () => readCustomersFile(csv));
      expect(streamed.population).toBe(20_000);
      for (const file of [csv, jsonl, parquet]) {
        const source = await DuckDbCustomerSource.open(file);
        try {
          expect(await segmentCustomers(input, source)).toEqual(streamed);
        } finally {
          await source.close();
        }
      }
    }
  });

  it('refuses unknown file types and missing files with clear errors', async () => {
    await expect(DuckDbCustomerSource.open(join(tmpdir(), 'customers.xlsx'))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(DuckDbCustomerSource.open(join(tmpdir(), 'no-such-customers.csv'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const narrow = join(mkdtempSync(join(tmpdir(), 'cpo-duck-')), 'narrow.csv');
    writeFileSync(narrow, 'id,email,region\nC000001,a@example.com,EMEA\n');
    await expect(DuckDbCustomerSource.open(narrow)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      userMessage: expect.stringContaining('missing column(s): lifecycleStage, recencyDays, frequency'),
    });
  });
});
