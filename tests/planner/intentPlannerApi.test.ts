import { IntentPlanner } from '../../src/adapters/planner/intent/intentPlanner';
import type { Planner } from '../../src/ports/Planner';

describe('IntentPlanner (Planner port)', () => {
  const planner: Planner = new IntentPlanner();

  it('implements Planner.plan asynchronously', async () => {
    await expect(planner.plan('show results for spring-winback')).resolves.toEqual({
      steps: [{ tool: 'summarize_results', args: { campaign: 'spring-winback' } }],
      language: 'en',
    });
  });

  it.each([
    ['how is it doing?', 'summarize_results'],
    ['how is the test doing?', 'summarize_results'],
    ['show me the results', 'summarize_results'],
    ['launch it', 'run_experiment'],
    ['start the test', 'run_experiment'],
    ['simulate a week of results', 'run_experiment'],
  ])('fills the conversation campaign into %p', async (text, tool) => {
    const plan = await planner.plan(text, { currentCampaign: 'Fall-Promo' });
    expect(plan.steps).toHaveLength(1);
    expect(plan.steps[0]?.tool).toBe(tool);
    expect(plan.steps[0]?.args).toMatchObject({ campaign: 'fall-promo' });
  });

  it.each(['Какая сегодня погода в Москве?', '오늘 날씨 어때?', 'Τι κάνεις;'])(
    'answers %p, in a script the model has no features for, with help rather than its prior',
    async (text) => {
      const plan = await planner.plan(text, { currentCampaign: 'fall-promo' });
      expect(plan.steps).toEqual([{ tool: 'help', args: { reason: 'unclear' } }]);
    },
  );

  it('still reads a campaign id inside such a request', async () => {
    const plan = await planner.plan('запусти spring-winback-7f2');
    expect(plan.steps[0]?.tool).not.toBe('help');
  });

  it('prefers a campaign named in the message over the conversation campaign', async () => {
    const plan = await planner.plan('how is summer_sale doing?', { currentCampaign: 'fall-promo' });
    expect(plan.steps).toEqual([{ tool: 'summarize_results', args: { campaign: 'summer_sale' } }]);
  });

  it('ignores an invalid conversation campaign', async () => {
    const plan = await planner.plan('show results', { currentCampaign: '  !!  ' });
    expect(plan.steps).toEqual([{ tool: 'summarize_results', args: {} }]);
  });

  it('does not fill a campaign into drafting plans', async () => {
    const plan = await planner.plan('draft 3 emails for VIPs', { currentCampaign: 'fall-promo' });
    expect(JSON.stringify(plan)).not.toContain('fall-promo');
  });

  it.each([undefined, null, 42, {}, ['draft']])('never throws on a non-string utterance (%p)', (value) => {
    const plan = new IntentPlanner().planSync(value);
    expect(plan.steps.map((step) => step.tool)).toEqual(['help']);
  });

  it('gives every step its own args object', () => {
    const first = new IntentPlanner().planSync('');
    const second = new IntentPlanner().planSync('');
    expect(first.steps[0]?.args).not.toBe(second.steps[0]?.args);
  });

  it('plans a very long message (100,000 characters) without failing', () => {
    const plan = new IntentPlanner().planSync(
      `draft 3 emails for VIPs. ${'lorem ipsum dolor sit amet '.repeat(4000)}`,
    );
    expect(plan.steps.map((step) => step.tool)).toContain('generate_variants');
  });

  it('reports internal failures and falls back to help', () => {
    const errors: unknown[] = [];
    const planner = new IntentPlanner({ onError: (error) => errors.push(error) });
    const hostile = {
      toString() {
        throw new Error('boom');
      },
    };
    expect(planner.planSync(hostile).steps[0]?.tool).toBe('help');
    expect(errors).toEqual([]);
  });
});
