import { applyBrief, fillCurrentCampaign, orderDraftingChain } from '../../src/orchestration/planShaping';
import type { CampaignBrief } from '../../src/domain/campaign';
import type { PlanStep } from '../../src/ports/Planner';

const DRAFTING_CHAIN = ['segment_customers', 'retrieve_content', 'generate_variants', 'screen_content'];
const steps = (...list: Array<[string, Record<string, unknown>?]>): PlanStep[] =>
  list.map(([tool, args]) => ({ tool, args: args ?? {} }));
const tools = (list: PlanStep[]): string[] => list.map((step) => step.tool);

describe('orderDraftingChain', () => {
  it('leaves a plan without generate_variants in its order', () => {
    const input = steps(['screen_content', { text: 'x' }], ['segment_customers'], ['summarize_results']);
    expect(orderDraftingChain(input)).toEqual(input);
  });

  it('puts every permutation of the chain into canonical order, other tools after it', () => {
    const permutations = (items: readonly string[]): string[][] =>
      items.length <= 1
        ? [[...items]]
        : items.flatMap((item, index) =>
            permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [
              item,
              ...rest,
            ]),
          );
    for (const order of permutations([...DRAFTING_CHAIN, 'run_experiment'])) {
      const input = steps(
        ...order.map((tool): [string, Record<string, unknown>] => [
          tool,
          tool === 'retrieve_content' ? { query: 'q' } : {},
        ]),
      );
      expect(tools(orderDraftingChain(input))).toEqual([...DRAFTING_CHAIN, 'run_experiment']);
    }
  });

  it('keeps non-chain tools in their order and drops help beside real work', () => {
    const input = steps(
      ['summarize_results', { campaign: 'a' }],
      ['help', { reason: 'unclear' }],
      ['generate_variants'],
      ['run_experiment', { action: 'launch' }],
    );
    expect(tools(orderDraftingChain(input))).toEqual([
      ...DRAFTING_CHAIN,
      'summarize_results',
      'run_experiment',
    ]);
  });

  it('keeps a lone help step', () => {
    expect(orderDraftingChain(steps(['help', { reason: 'greeting' }]))).toEqual(
      steps(['help', { reason: 'greeting' }]),
    );
  });

  it('derives a missing retrieval from topic, then goal, then the brand voice, with the channel', () => {
    const retrieval = (args: Record<string, unknown>): unknown =>
      orderDraftingChain(steps(['generate_variants', args]))[1];
    expect(retrieval({ topic: 'spring sale', goal: 'promotion', channel: 'sms' })).toEqual({
      tool: 'retrieve_content',
      args: { query: 'spring sale', channel: 'sms' },
    });
    expect(retrieval({ goal: 'welcome' })).toEqual({ tool: 'retrieve_content', args: { query: 'welcome' } });
    expect(retrieval({ topic: '  ' })).toEqual({ tool: 'retrieve_content', args: { query: 'brand voice' } });
  });

  it('never skips screening', () => {
    expect(
      tools(orderDraftingChain(steps(['generate_variants'], ['run_experiment', { action: 'launch' }]))),
    ).toEqual([...DRAFTING_CHAIN, 'run_experiment']);
  });

  it('a revision of one variant is generate then screen, with no new audience or content', () => {
    const input = steps(
      ['segment_customers'],
      ['generate_variants', { basedOn: 'a', reviseVariant: 2, instruction: 'shorter' }],
    );
    expect(tools(orderDraftingChain(input))).toEqual(['generate_variants', 'screen_content']);
  });

  it('does not mutate its input', () => {
    const input = steps(['screen_content'], ['generate_variants', { variants: 2 }]);
    const copy = JSON.parse(JSON.stringify(input)) as PlanStep[];
    orderDraftingChain(input);
    expect(input).toEqual(copy);
  });
});

describe('applyBrief (follow-ups)', () => {
  const brief: CampaignBrief = {
    audience: { inactiveDays: 90 },
    query: 'spring sale',
    goal: 'win-back',
    topic: 'spring sale',
    channel: 'email',
    variants: 3,
    tone: 'friendly',
  };

  it('"now for SMS": the brief fills everything the request does not change', () => {
    const shaped = applyBrief(
      orderDraftingChain(steps(['generate_variants', { basedOn: 'x', channel: 'sms' }])),
      brief,
    );
    expect(shaped[0]).toEqual({ tool: 'segment_customers', args: { inactiveDays: 90 } });
    expect(shaped[1]).toEqual({ tool: 'retrieve_content', args: { query: 'spring sale', channel: 'sms' } });
    expect(shaped[2]?.args).toEqual({
      goal: 'win-back',
      topic: 'spring sale',
      channel: 'sms',
      variants: 3,
      tone: 'friendly',
      basedOn: 'x',
    });
  });

  it('"only the VIPs": an audience condition narrows the earlier audience', () => {
    const shaped = applyBrief(
      orderDraftingChain(
        steps(['segment_customers', { cohort: 'vip' }], ['generate_variants', { basedOn: 'x' }]),
      ),
      brief,
    );
    expect(shaped[0]).toEqual({ tool: 'segment_customers', args: { inactiveDays: 90, cohort: 'vip' } });
  });
});

describe('fillCurrentCampaign', () => {
  it('fills run_experiment and summarize_results only when they name no campaign', () => {
    const input = steps(
      ['summarize_results'],
      ['run_experiment', { action: 'simulate' }],
      ['run_experiment', { campaign: 'other' }],
      ['segment_customers'],
    );
    expect(fillCurrentCampaign(input, 'fall-promo')).toEqual(
      steps(
        ['summarize_results', { campaign: 'fall-promo' }],
        ['run_experiment', { action: 'simulate', campaign: 'fall-promo' }],
        ['run_experiment', { campaign: 'other' }],
        ['segment_customers'],
      ),
    );
  });

  it('leaves drafting plans alone: "draft … and launch" launches the new campaign', () => {
    const drafting = steps(['generate_variants'], ['run_experiment', { action: 'launch' }]);
    expect(fillCurrentCampaign(drafting, 'fall-promo')).toEqual(drafting);
  });
});
