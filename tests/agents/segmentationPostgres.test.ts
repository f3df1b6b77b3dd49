/**
 * The same segment SQL in a real PostgreSQL server (started for this file): the segments equal the
 * streaming path on the sample, and the send list streamed from a server-side cursor equals Node's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { PostgresCustomerSource } from '../../src/adapters/customers/postgresCustomerSource';
import { segmentCustomers } from '../../src/agents/segmentation/segmentCustomers';
import type { SegmentCustomersInput } from '../../src/tools/inputs/segmentCustomersInput';
import { toSegmentCriteria } from '../../src/agents/segmentation/segmentCriteria';
import { memberIdsInEngine, thresholdsInEngine } from '../../src/agents/segmentation/segmentInEngine';
import { segmentMembership } from '../../src/agents/segmentation/segmentMembership';
import { readCustomersFile } from '../../src/customers/readCustomersCsv';
import { startTestPostgres, type TestPostgres } from '../support/postgresServer';

const SAMPLE = join(__dirname, '..', '..', 'data', 'customers.csv');

const INPUTS: SegmentCustomersInput[] = [
  {},
  { inactiveDays: 90 },
  { inactiveDays: 90, region: 'europe', channel: 'email' },
  { activeWithinDays: 30, channel: 'sms' },
  { lifecycleStage: 'at_risk', minMonetary: 150.5 },
  { cohort: 'vip' },
  { cohort: 'loyal', region: 'NA' },
  { cohort: 'big_spenders' },
  { cohort: 'lapsed', channel: 'sms' },
  { method: 'rfm' },
];

const DDL = `CREATE TABLE customers (
  id text PRIMARY KEY, email text NOT NULL, "firstName" text NOT NULL, region text NOT NULL,
  "lifecycleStage" text NOT NULL, "recencyDays" integer NOT NULL, frequency integer NOT NULL,
  monetary numeric(12, 2) NOT NULL, "preferredChannels" text NOT NULL,
  "emailOptIn" boolean NOT NULL, "smsOptIn" boolean NOT NULL, "pushOptIn" boolean NOT NULL)`;

describe('segments computed by PostgreSQL', () => {
  let server: TestPostgres;
  let source: PostgresCustomerSource;

  beforeAll(async () => {
    server = await startTestPostgres();
    const pool = new Pool({ connectionString: server.url });
    await pool.query(DDL);
    const [, ...rows] = readFileSync(SAMPLE, 'utf8').trim().split('\n');
    const columns = rows.map((row) => row.split(','));
    const column = (index: number) => columns.map((fields) => fields[index] ?? '');
    await pool.query(
      `INSERT INTO customers SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
        $6::integer[], $7::integer[], $8::numeric[], $9::text[], $10::boolean[], $11::boolean[], $12::boolean[])`,
      Array.from({ length: 12 }, (_, index) => column(index)),
    );
    await pool.end();
    source = await PostgresCustomerSource.open(server.url, 'customers');
  }, 120_000);

  afterAll(async () => {
    await source?.close();
    server?.stop();
  });

  it.each(INPUTS.map((input) => [JSON.stringify(input), input] as const))(
    'match the streaming path for %s',
    async (_name, input) => {
      const streamed = await segmentCustomers(input, () => readCustomersFile(SAMPLE));
      expect(await segmentCustomers(input, source)).toEqual(streamed);
    },
  );

  it('streams the members through a cursor', async () => {
    const input = { cohort: 'vip' };
    const isMember = await segmentMembership(input, () => readCustomersFile(SAMPLE));
    const expected: string[] = [];
    for await (const customer of readCustomersFile(SAMPLE))
      if (isMember(customer)) expected.push(customer.id);
    const criteria = toSegmentCriteria(input);
    const thresholds = await thresholdsInEngine(source);
    const ids: string[] = [];
    for await (const batch of memberIdsInEngine(source, criteria, criteria.cohort, thresholds))
      ids.push(...batch);
    expect(ids.sort()).toEqual(expected.sort());
  });

  it('names the table and server, never the credentials, when the table is missing', async () => {
    const url = server.url.replace('postgres@', 'postgres:s3cret@');
    const failure = PostgresCustomerSource.open(url, 'no_such_table');
    await expect(failure).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    await expect(failure).rejects.toHaveProperty('userMessage', expect.not.stringContaining('s3cret'));
  });
});
