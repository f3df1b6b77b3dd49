/**
 * `cpo export`: the send list of a launched campaign. DuckDB computes the pseudonyms itself (HMAC-SHA-256 from
 * two SHA-256 passes) and the experiment's assignment in SQL; the result must equal the `Pseudonymizer` and
 * `assignVariation` row for row, in CSV and Parquet, and equal the streaming fallback other engines use.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDbCustomerSource } from '../../src/adapters/customers/duckDbCustomerSource';
import { assignVariation } from '../../src/experiments/assignment/assignVariation';
import { DefinitionRepository } from '../../src/experiments/definition/definitionRepository';
import type { ExperimentDefinition } from '../../src/experiments/definition/experimentDefinition';
import { segmentCustomers } from '../../src/agents/segmentation/segmentCustomers';
import { segmentMembership } from '../../src/agents/segmentation/segmentMembership';
import type { Campaign } from '../../src/domain/campaign';
import { CampaignRepository } from '../../src/campaigns/campaignRepository';
import { readCustomersFile } from '../../src/customers/readCustomersCsv';
import type { CustomerSource } from '../../src/ports/CustomerSource';
import { exportSendList } from '../../src/pipeline/exportSendList';
import { Pseudonymizer } from '../../src/privacy/pseudonymizer';
import { createTestTableStore } from '../support/azuriteStore';

const SAMPLE = join(__dirname, '..', '..', 'data', 'customers.csv');
const KEY = 'a-test-pseudonym-key-that-is-long-enough';
// Longer than the 64-byte HMAC block: the key is hashed first (RFC 2104), in the engine as in Node.
const LONG_KEY = 'k'.repeat(100);

function lines(file: string): string[] {
  return readFileSync(file, 'utf8').trim().split('\n');
}

/** The same engine without `copyToFile`: the streaming path PostgreSQL takes. */
function withoutCopy(source: CustomerSource): CustomerSource {
  return {
    description: source.description,
    relation: source.relation,
    query: (statement) => source.query(statement),
    streamColumn: (statement) => source.streamColumn(statement),
    close: async () => undefined,
  };
}

describe('cpo export: the send list of a launched campaign', () => {
  const { store } = createTestTableStore();
  const campaigns = new CampaignRepository(store);
  const definitions = new DefinitionRepository(store);
  const dir = mkdtempSync(join(tmpdir(), 'cpo-export-'));
  const input = { cohort: 'vip', channel: 'email' as const };
  let definition: ExperimentDefinition;

  beforeAll(async () => {
    await Promise.all([campaigns.init(), definitions.init()]);
    const engine = await DuckDbCustomerSource.open(SAMPLE);
    const { segment } = await segmentCustomers(input, engine);
    await engine.close();
    const campaign: Campaign = {
      id: 'vip-launch',
      author: { id: 'm', name: 'M' },
      goal: 'loyalty',
      topic: 'spring sale',
      channel: 'email',
      createdAt: new Date().toISOString(),
      segment,
      conversationId: 'c',
      status: 'launched',
    };
    await campaigns.create(campaign, []);
    await campaigns.create({ ...campaign, id: 'vip-draft', status: 'draft' }, []);
    definition = {
      campaignId: 'vip-launch',
      experimentKey: 'cpo-vip-launch',
      seed: 'a1b2c3d4',
      hashAttribute: 'id',
      hashVersion: 2,
      arms: [
        { key: 'control', kind: 'control', label: 'Control', weight: 0.45, routeCode: '00000001' },
        { key: 'v1', kind: 'variant', label: 'v1', variantId: 'v1', weight: 0.45, routeCode: '00000002' },
        { key: 'holdout', kind: 'holdout', label: 'Holdout', weight: 0.1, routeCode: '00000003' },
      ],
      coverage: 1,
      launchedAt: new Date().toISOString(),
      launchedBy: 'm',
      audienceSize: segment.size,
      primaryMetric: 'click_rate',
      plan: {
        baselineRate: 0.03,
        alpha: 0.05,
        power: 0.8,
        targetLift: 0.1,
        minimumDetectableLift: 0.5,
        usersPerArm: 10,
      },
    };
    await definitions.create(definition);
    await campaigns.create({ ...campaign, id: 'vip-partial' }, []);
    await definitions.create({
      ...definition,
      campaignId: 'vip-partial',
      experimentKey: 'cpo-vip-partial',
      seed: '',
      coverage: 0.5,
    });
  });

  async function expected(key: string): Promise<string[]> {
    const isMember = await segmentMembership(input, () => readCustomersFile(SAMPLE));
    const pseudonymizer = new Pseudonymizer(key, 'k1');
    const rows: string[] = [];
    for await (const customer of readCustomersFile(SAMPLE)) {
      if (!isMember(customer)) continue;
      const { variation } = assignVariation({
        experiment: definition.experimentKey,
        id: customer.id,
        seed: definition.seed,
        weights: definition.arms.map((arm) => arm.weight),
      });
      rows.push(`${pseudonymizer.customer(customer.id)},${definition.arms[variation]?.key}`);
    }
    return rows.sort();
  }

  it.each([KEY, LONG_KEY])(
    'writes exactly the pseudonyms and arms Node computes (key of %#)',
    async (key) => {
      const deps = {
        campaigns,
        definitions,
        pseudonymKey: key,
        pseudonymKeyId: 'k1',
      };
      const inEngine = join(dir, `engine-${key.length}.csv`);
      const summary = await exportSendList(
        { campaignId: 'vip-launch', format: 'csv', file: inEngine },
        { ...deps, openCustomers: () => DuckDbCustomerSource.open(SAMPLE) },
      );
      const want = await expected(key);
      expect(want.length).toBeGreaterThan(5);
      const [header, ...rows] = lines(inEngine);
      expect(header).toBe('customerRef,arm');
      expect(rows.sort()).toEqual(want);
      expect(summary.rows).toBe(want.length);
      expect(Object.values(summary.arms).reduce((a, b) => a + b, 0)).toBe(want.length);

      const streamed = join(dir, `streamed-${key.length}.csv`);
      const engine = await DuckDbCustomerSource.open(SAMPLE);
      await exportSendList(
        { campaignId: 'vip-launch', format: 'csv', file: streamed },
        { ...deps, openCustomers: async () => withoutCopy(engine) },
      );
      await engine.close();
      expect(lines(streamed).slice(1).sort()).toEqual(want);
    },
  );

  it('writes the same list as Parquet', async () => {
    const file = join(dir, 'list.parquet');
    await exportSendList(
      { campaignId: 'vip-launch', format: 'parquet', file },
      {
        campaigns,
        definitions,
        pseudonymKey: KEY,
        pseudonymKeyId: 'k1',
        openCustomers: () => DuckDbCustomerSource.open(SAMPLE),
      },
    );
    const reader = await DuckDbCustomerSource.open(SAMPLE);
    const rows = await reader.query({
      text: `SELECT "customerRef" || ',' || arm AS line FROM read_parquet('${file}')`,
      params: [],
    });
    await reader.close();
    expect(rows.map((row) => String(row.line)).sort()).toEqual(await expected(KEY));
  });

  it('leaves members outside a partial coverage out, in the engine as in the streaming path', async () => {
    const deps = { campaigns, definitions, pseudonymKey: KEY, pseudonymKeyId: 'k1' };
    const inEngine = join(dir, 'partial-engine.csv');
    const summary = await exportSendList(
      { campaignId: 'vip-partial', format: 'csv', file: inEngine },
      { ...deps, openCustomers: () => DuckDbCustomerSource.open(SAMPLE) },
    );
    const streamed = join(dir, 'partial-streamed.csv');
    const engine = await DuckDbCustomerSource.open(SAMPLE);
    const streamedSummary = await exportSendList(
      { campaignId: 'vip-partial', format: 'csv', file: streamed },
      { ...deps, openCustomers: async () => withoutCopy(engine) },
    );
    await engine.close();
    const rows = lines(inEngine).slice(1).sort();
    expect(rows).toEqual(lines(streamed).slice(1).sort());
    expect(summary.arms).toEqual(streamedSummary.arms);
    expect(summary.rows).toBe(rows.length);
    // About half the members: the unseeded experiment hashes with its key.
    expect(rows.length).toBeLessThan((await expected(KEY)).length);
  });

  it('refuses unknown and unlaunched campaigns with a clear message', async () => {
    const deps = {
      campaigns,
      definitions,
      pseudonymKey: KEY,
      pseudonymKeyId: 'k1',
      openCustomers: () => DuckDbCustomerSource.open(SAMPLE),
    };
    const file = join(dir, 'never.csv');
    await expect(exportSendList({ campaignId: 'nope', format: 'csv', file }, deps)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      userMessage: expect.stringContaining('Unknown campaign "nope"'),
    });
    await expect(
      exportSendList({ campaignId: 'vip-draft', format: 'csv', file }, deps),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      userMessage: expect.stringContaining('is not launched'),
    });
  });
});
