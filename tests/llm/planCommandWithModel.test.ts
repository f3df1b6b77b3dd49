import { runCpoLoadingConfig } from '../support/cliHarness';
import { FakeChatCompletions, toolCalls } from '../support/fakeChatCompletions';

describe("cpo plan with CPO_LLM=openai uses the model's tool calls and arguments", () => {
  const fake = new FakeChatCompletions();
  let base: string;
  beforeAll(async () => {
    base = await fake.start();
  });
  afterAll(() => fake.stop());

  const plan = (args: string[], stdin = '') =>
    runCpoLoadingConfig(
      ['plan', ...args],
      {
        CPO_LLM: 'openai',
        OPENAI_BASE_URL: `${base}/v1`,
        CPO_LLM_MODEL: 'local-model',
        CPO_LLM_MAX_RETRIES: '0',
      },
      stdin,
    );

  it("--json prints the model's plan, in canonical form, as the only line on stdout", async () => {
    fake.replies.push(
      toolCalls(
        ['segment_customers', { inactiveDays: '90' }],
        ['retrieve_content', { query: 'spring sale', channel: 'E-mail' }],
        ['generate_variants', { variants: 3, goal: 'win-back', topic: 'spring sale' }],
        ['screen_content', {}],
        ['run_experiment', { action: 'launch' }],
      ),
    );
    const run = await plan(['draft 3 win-back emails and launch', '--json']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toEqual({
      steps: [
        { tool: 'segment_customers', args: { inactiveDays: 90 } },
        { tool: 'retrieve_content', args: { query: 'spring sale', channel: 'email' } },
        { tool: 'generate_variants', args: { variants: 3, goal: 'win-back', topic: 'spring sale' } },
        { tool: 'screen_content', args: {} },
        { tool: 'run_experiment', args: { action: 'launch' } },
      ],
    });
    expect(fake.requests.at(-1)?.path).toBe('/v1/chat/completions');
  });

  it('--jsonl - plans each line with the model, keeping ids and order', async () => {
    fake.replies.push(toolCalls(['review_queue', {}]), toolCalls(['list_campaigns', { filter: 'running' }]));
    const run = await plan(
      ['--jsonl', '-'],
      '{"id":1,"text":"pending approvals?"}\n{"id":"b","text":"what is running?"}\n',
    );
    expect(run.code).toBe(0);
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual([
      { id: 1, steps: [{ tool: 'review_queue', args: {} }] },
      { id: 'b', steps: [{ tool: 'list_campaigns', args: { filter: 'running' } }] },
    ]);
  });

  it('answers with the offline planner when the model is down, never a stack trace', async () => {
    fake.replies.push({ kind: 'error', status: 503 });
    const run = await plan(['show me the VIP customers', '--json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { steps: Array<{ tool: string }> }).steps[0]?.tool).toBe(
      'segment_customers',
    );
    expect(run.stderr).not.toMatch(/at .+\.ts:\d+/);
  });
});
