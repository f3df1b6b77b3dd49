import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCpo } from '../support/cliHarness';
import { FakeChatCompletions, type ChatRequest } from '../support/fakeChatCompletions';
import { scriptedModel } from '../support/scriptedModel';

interface RunSummary {
  segment: { size: number };
  model: { calls: number; costUsd: number; costPerCustomerUsd: number; generator: string };
}

/**
 * `cpo run` with a model: the number of model calls of a campaign does not depend on the number of
 * customers (one generation call per segment, never one per customer), and the cost per customer falls
 * as the audience grows.
 */
describe('cpo run with CPO_LLM=openai: model calls do not grow with the customer file', () => {
  const fake = new FakeChatCompletions();
  let base: string;
  const dir = mkdtempSync(join(tmpdir(), 'cpo-scale-'));

  beforeAll(async () => {
    base = await fake.start();
    fake.respond = scriptedModel(() => [['help', {}]]);
  });
  afterAll(() => fake.stop());

  async function runOn(customers: number): Promise<{ summary: RunSummary; requests: ChatRequest[] }> {
    const file = join(dir, `customers-${customers}.csv`);
    const made = await runCpo(['data', 'customers', '--n', String(customers), '--out', file]);
    expect(made.code).toBe(0);
    fake.requests.length = 0;
    const env = {
      CPO_LLM: 'openai',
      OPENAI_BASE_URL: `${base}/v1`,
      OPENAI_API_KEY: 'sk-local',
      CPO_LLM_MODEL: 'scripted-model',
      CPO_OUT_DIR: join(dir, `out-${customers}`),
      CPO_TABLES_PREFIX: `t${Math.random().toString(36).slice(2, 10)}`,
    };
    const run = await runCpo(['run', '--customers', file, '--no-progress'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return { summary: JSON.parse(run.stdout) as RunSummary, requests: [...fake.requests] };
  }

  it('makes the same number of model calls for 500 and for 50,000 customers', async () => {
    const small = await runOn(500);
    const large = await runOn(50_000);
    expect(large.summary.segment.size).toBeGreaterThan(small.summary.segment.size * 50);
    // One generation call and one safety judgement of the whole draft.
    expect(small.summary.model.calls).toBe(2);
    expect(large.summary.model.calls).toBe(small.summary.model.calls);
    expect(large.requests).toHaveLength(small.requests.length);
    expect(small.summary.model.generator).toBe('openai:scripted-model');
    expect(small.summary.model.costPerCustomerUsd).toBeLessThanOrEqual(0.0001);
    expect(large.summary.model.costPerCustomerUsd).toBeLessThan(small.summary.model.costPerCustomerUsd);
  }, 120_000);
});
