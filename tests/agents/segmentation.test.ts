import { join } from 'node:path';
import type { Customer } from '../../src/domain/customer';
import { readCustomersFile } from '../../src/customers/readCustomersCsv';
import { generateSyntheticCustomers } from '../../src/customers/syntheticCustomers';
import { segmentCustomers } from '../../src/agents/segmentation/segmentCustomers';
import { segmentCustomersTool } from '../../src/agents/segmentation/segmentCustomersTool';
import { resolveCohort, COHORT_NAMES } from '../../src/agents/segmentation/namedCohorts';
import { canonicalRegion } from '../../src/agents/segmentation/regions';
import { quintileThresholds, ascendingScore, recencyScore } from '../../src/agents/segmentation/rfmScores';
import type { CustomerSource } from '../../src/agents/segmentation/segmentationContext';

const SAMPLE = join(__dirname, '..', '..', 'data', 'customers.csv');
const sampleSource: CustomerSource = () => readCustomersFile(SAMPLE);

let sample: Customer[];
beforeAll(async () => {
  sample = [];
  for await (const customer of readCustomersFile(SAMPLE)) sample.push(customer);
});

function sourceOf(customers: readonly Customer[]): CustomerSource {
  return async function* () {
    yield* customers;
  };
}

/** Independent RFM reference: nearest-rank quintiles and 1-5 scores, written plainly. */
function referenceScores(customers: readonly Customer[]): Array<{ r: number; f: number; m: number }> {
  const cut = (values: number[]): number[] => {
    const sorted = [...values].sort((a, b) => a - b);
    return [0.2, 0.4, 0.6, 0.8].map((q) => sorted[Math.ceil(q * sorted.length) - 1] ?? 0);
  };
  const r = cut(customers.map((c) => c.recencyDays));
  const f = cut(customers.map((c) => c.frequency));
  const m = cut(customers.map((c) => c.monetary));
  const above = (value: number, cuts: number[]): number => cuts.filter((t) => value > t).length;
  return customers.map((c) => ({
    r: 5 - above(c.recencyDays, r),
    f: 1 + above(c.frequency, f),
    m: 1 + above(c.monetary, m),
  }));
}

function expectNoPii(value: unknown): void {
  const text = JSON.stringify(value);
  expect(text).not.toMatch(/C\d{6}/);
  expect(text).not.toContain('@');
  for (const name of ['Juniper', 'Pebble', 'Thistle', 'Zephyr', 'Yarrow']) expect(text).not.toContain(name);
}

describe('segmentation on the 500-row sample', () => {
  it('finds customers inactive for 90+ days and explains the rule in plain language', async () => {
    const { segment, population } = await segmentCustomers({ inactiveDays: 90 }, sampleSource);
    const expected = sample.filter((customer) => customer.recencyDays >= 90);
    expect(population).toBe(500);
    expect(segment.size).toBe(expected.length);
    expect(segment.size).toBeGreaterThan(100);
    expect(segment).toMatchObject({
      id: 'seg-inactive-90d',
      name: 'Inactive 90+ days',
      method: 'behavior',
      criteria: { method: 'behavior', inactiveDays: 90 },
    });
    expect(segment.explanation).toMatch(/^Customers whose last purchase was at least 90 days ago\./);
    expect(segment.explanation).toContain(`${expected.length} of 500 customers`);
    const avgRecency = Math.round(expected.reduce((sum, c) => sum + c.recencyDays, 0) / expected.length);
    expect(segment.explanation).toContain(`last ordered ${avgRecency} days ago`);
    expect(segment.traits[0]).toBe(`avg ${avgRecency} days since last order`);
    expect(segment.traits.join(' ')).toMatch(/opted in: email \d+%, SMS \d+%, push \d+%/);
    expectNoPii(segment);
  });

  it('computes the VIP cohort from RFM quintiles like an independent reference', async () => {
    const scores = referenceScores(sample);
    const expected = scores.filter((s) => s.r >= 4 && s.f >= 4 && s.m >= 4).length;
    const { segment } = await segmentCustomers({ cohort: 'vip' }, sampleSource);
    expect(segment.size).toBe(expected);
    expect(segment.size).toBeGreaterThan(0);
    expect(segment).toMatchObject({ id: 'seg-vip', name: 'VIP customers', method: 'rfm' });
    expect(segment.criteria).toMatchObject({ cohort: 'vip', cohortRule: 'R>=4 & F>=4 & M>=4' });
    expect(String(segment.criteria.recencyQuintiles).split(',')).toHaveLength(4);
    expect(segment.explanation).toMatch(/top RFM scores/);
    expect(segment.explanation).toMatch(/quintiles \(1-5\) over all 500 customers/);
    expectNoPii(segment);
  });

  it.each([
    ['loyal', (s: { r: number; f: number; m: number }) => s.f >= 4 && s.r >= 3],
    ['at_risk', (s: { r: number; f: number; m: number }) => s.r <= 2 && s.f >= 3],
    ['big_spenders', (s: { r: number; f: number; m: number }) => s.m === 5],
  ])('matches the reference for the %s cohort', async (cohort, rule) => {
    const expected = referenceScores(sample).filter(rule).length;
    expect((await segmentCustomers({ cohort }, sampleSource)).segment.size).toBe(expected);
  });

  it.each([
    ['new', (c: Customer) => c.frequency <= 1 && c.recencyDays <= 30],
    ['lapsed', (c: Customer) => c.recencyDays >= 181 && c.recencyDays <= 365],
    ['churned', (c: Customer) => c.recencyDays > 365],
    ['one_time', (c: Customer) => c.frequency === 1],
  ])('matches the rule for the %s cohort', async (cohort, rule) => {
    const { segment } = await segmentCustomers({ cohort }, sampleSource);
    expect(segment.size).toBe(sample.filter(rule).length);
    expect(segment.criteria.recencyQuintiles).toBeUndefined();
  });

  it.each(['EMEA', 'emea', 'Europe', ' europe '])('filters by region %j', async (region) => {
    const { segment } = await segmentCustomers({ region }, sampleSource);
    expect(segment.size).toBe(sample.filter((customer) => customer.region === 'EMEA').length);
    expect(segment).toMatchObject({
      id: 'seg-emea',
      name: 'EMEA',
      method: 'attributes',
      criteria: { region: 'EMEA' },
    });
    expect(segment.explanation).toMatch(/^Customers in EMEA\./);
    expect(segment.traits.join(' ')).toContain('regions: EMEA 100%');
  });

  it('returns an empty segment, with an explanation, for a region nobody is in', async () => {
    const { segment } = await segmentCustomers({ region: 'Antarctica' }, sampleSource);
    expect(segment.size).toBe(0);
    expect(segment.traits).toEqual([]);
    expect(segment.reachableChannels).toEqual([]);
    expect(segment.explanation).toBe(
      'Customers in Antarctica. No customer matches these criteria (0 of 500).',
    );
  });

  it('combines behaviour rules and attribute filters', async () => {
    const input = { inactiveDays: 90, region: 'NA', channel: 'sms' as const, minFrequency: 2 };
    const { segment } = await segmentCustomers(input, sampleSource);
    const expected = sample.filter(
      (c) => c.recencyDays >= 90 && c.region === 'NA' && c.smsOptIn && c.frequency >= 2,
    );
    expect(segment.size).toBe(expected.length);
    expect(segment.id).toBe('seg-inactive-90d-na-sms-orders-2');
    expect(segment.name).toBe('Inactive 90+ days · NA · SMS opt-in · 2+ orders');
    expect(segment.reachableChannels).toEqual(['sms']);
    expect(segment.explanation).toContain(
      'Customers whose last purchase was at least 90 days ago, in NA, opted in to SMS, with at least 2 orders in the last 12 months.',
    );
  });

  it('filters by activity window, spend and lifecycle stage', async () => {
    const active = await segmentCustomers({ activeWithinDays: 30, minMonetary: 200 }, sampleSource);
    expect(active.segment.size).toBe(sample.filter((c) => c.recencyDays <= 30 && c.monetary >= 200).length);
    expect(active.segment.explanation).toMatch(
      /who bought within the last 30 days, who spent at least \$200/,
    );
    const atRisk = await segmentCustomers({ lifecycleStage: 'at_risk' }, sampleSource);
    expect(atRisk.segment.size).toBe(sample.filter((c) => c.lifecycleStage === 'at_risk').length);
    expect(atRisk.segment.traits.join(' ')).toContain('lifecycle: at risk 100%');
  });

  it('lists reachable channels from opt-ins only', async () => {
    const { segment } = await segmentCustomers({}, sampleSource);
    expect(segment.size).toBe(500);
    expect(segment.id).toBe('seg-all');
    expect(segment.explanation).toMatch(/^All customers\. 500 of 500 customers \(100%\) match\./);
    expect(segment.reachableChannels).toEqual(['email', 'sms', 'push']);
    const emails = sample.filter((c) => c.emailOptIn).length;
    expect(segment.explanation).toContain(`Reachable: ${emails} by email`);
  });

  it('gives an RFM breakdown into every named cohort when no cohort is named', async () => {
    const result = await segmentCustomers({ method: 'rfm', region: 'APAC' }, sampleSource);
    expect(result.segment.method).toBe('rfm');
    expect(result.cohorts?.map((cohort) => cohort.criteria.cohort)).toEqual([...COHORT_NAMES]);
    for (const cohort of result.cohorts ?? []) {
      expect(cohort.size).toBeLessThanOrEqual(result.segment.size);
      expect(cohort.criteria.region).toBe('APAC');
      expectNoPii(cohort);
    }
    expect(result.cohorts?.find((cohort) => cohort.id === 'seg-vip-apac')).toBeDefined();
  });

  it('is deterministic: same request, same segment', async () => {
    const first = await segmentCustomers({ cohort: 'at risk', channel: 'email' }, sampleSource);
    const second = await segmentCustomers({ cohort: 'at_risk', channel: 'email' }, sampleSource);
    expect(second).toEqual(first);
  });
});

describe('named cohorts', () => {
  it.each([
    ['VIP', 'vip'],
    ['VIPs', 'vip'],
    ['champions', 'vip'],
    ['Big Spenders', 'big_spenders'],
    ['high-value', 'big_spenders'],
    ['at-risk', 'at_risk'],
    ['dormant', 'lapsed'],
    ['lost', 'churned'],
    ['first time buyers', 'new'],
    ['one-off', 'one_time'],
    ['loyalists', 'loyal'],
  ])('resolves %s to %s', (input, name) => {
    expect(resolveCohort(input).name).toBe(name);
  });

  it('rejects unknown cohorts, listing the known ones', () => {
    expect(() => resolveCohort('whales in space')).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        userMessage: expect.stringContaining('vip, loyal, new'),
      }),
    );
  });

  it('maps region aliases', () => {
    expect(canonicalRegion('North America')).toBe('NA');
    expect(canonicalRegion('asia pacific')).toBe('APAC');
    expect(canonicalRegion('Brazil')).toBe('LATAM');
    expect(canonicalRegion(' Oceania ')).toBe('Oceania');
  });
});

describe('RFM scoring helpers', () => {
  it('computes nearest-rank quintiles without touching the input', () => {
    const values = Float64Array.from([5, 1, 4, 2, 3, 10, 9, 8, 7, 6]);
    expect(quintileThresholds(values, values.length)).toEqual([2, 4, 6, 8]);
    expect(Array.from(values)).toEqual([5, 1, 4, 2, 3, 10, 9, 8, 7, 6]);
    expect(quintileThresholds(values, 0)).toEqual([]);
    expect(quintileThresholds([7], 1)).toEqual([7, 7, 7, 7]);
  });

  it('scores higher values up and longer recency down', () => {
    const cuts = [2, 4, 6, 8];
    expect([1, 2, 3, 5, 7, 9].map((v) => ascendingScore(v, cuts))).toEqual([1, 1, 2, 3, 4, 5]);
    expect([1, 2, 3, 5, 7, 9].map((v) => recencyScore(v, cuts))).toEqual([5, 5, 4, 3, 2, 1]);
  });

  it('puts about a fifth of a large base in the top spend quintile', async () => {
    const customers = [...generateSyntheticCustomers({ count: 20_000, seed: 21 })];
    const { segment } = await segmentCustomers({ cohort: 'big_spenders' }, sourceOf(customers));
    expect(segment.size / 20_000).toBeGreaterThan(0.19);
    expect(segment.size / 20_000).toBeLessThanOrEqual(0.2);
  });
});

describe('segment_customers tool', () => {
  it('opens exactly one pass over the customer source per call', async () => {
    let opened = 0;
    const source: CustomerSource = () => {
      opened += 1;
      return readCustomersFile(SAMPLE);
    };
    const result = await segmentCustomersTool.execute({ inactiveDays: 90 }, { customers: source });
    expect(opened).toBe(1);
    expect(result.segment.size).toBeGreaterThan(0);
    expect(segmentCustomersTool.name).toBe('segment_customers');
  });

  it.each([
    [{ inactiveDays: -1 }, /inactiveDays/],
    [{ shoeSize: 42 }, /shoeSize/],
    [{ channel: 'fax' }, /channel/],
    [{ inactiveDays: 90, activeWithinDays: 30 }, /inactive for 90 days and active within 30 days/],
    [{ cohort: 'aliens' }, /Unknown cohort "aliens"/],
  ])('rejects %j as INVALID_INPUT', async (input, message) => {
    await expect(
      segmentCustomersTool.execute(input as never, { customers: sourceOf(sample) }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', userMessage: expect.stringMatching(message) });
  });

  it('handles an empty customer base', async () => {
    const { segment, population } = await segmentCustomers({ cohort: 'vip' }, sourceOf([]));
    expect(population).toBe(0);
    expect(segment.size).toBe(0);
    expect(segment.explanation).toMatch(/No customer matches/);
  });
});
