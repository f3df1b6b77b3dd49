import { coerceValue, validatePlan } from '../../src/adapters/planner/validatePlan';
import { TOOL_CATALOG } from '../../src/tools/toolCatalog';

describe('validatePlan', () => {
  it('keeps a valid plan as it is', () => {
    const plan = {
      steps: [
        { tool: 'segment_customers', args: { inactiveDays: 90 } },
        { tool: 'retrieve_content', args: { query: 'spring sale' } },
        { tool: 'generate_variants', args: { variants: 3, channel: 'email' } },
        { tool: 'screen_content', args: {} },
      ],
    };
    const result = validatePlan(plan);
    expect(result.plan).toEqual(plan);
    expect(result.issues).toEqual([]);
  });

  it('clamps and coerces arguments whose intent is clear', () => {
    const { plan, issues } = validatePlan({
      steps: [
        { tool: 'generate_variants', args: { variants: 12, channel: 'E-mail' } },
        { tool: 'segment_customers', args: { inactiveDays: '90' } },
        {
          tool: 'run_experiment',
          args: { campaign: 'Spring Winback', lift: '12%', holdout: 'yes', days: 7.4 },
        },
      ],
    });
    expect(plan.steps).toEqual([
      { tool: 'generate_variants', args: { variants: 10, channel: 'email' } },
      { tool: 'segment_customers', args: { inactiveDays: 90 } },
      { tool: 'run_experiment', args: { campaign: 'spring-winback', lift: 0.12, holdout: true, days: 7 } },
    ]);
    expect(issues.length).toBeGreaterThan(0);
  });

  it('drops invalid optional arguments and unknown arguments instead of failing', () => {
    const { plan, issues } = validatePlan({
      steps: [{ tool: 'generate_variants', args: { channel: 'fax', variants: 'many', mood: 'happy' } }],
    });
    expect(plan.steps).toEqual([{ tool: 'generate_variants', args: {} }]);
    expect(issues.map((issue) => issue.message).join('\n')).toMatch(/channel/);
    expect(issues.map((issue) => issue.message).join('\n')).toMatch(/mood: not an argument/);
  });

  it('ignores argument names that are Object.prototype members', () => {
    const args = JSON.parse(
      '{"constructor": 1, "__proto__": {"polluted": true}, "toString": "x", "variants": 2}',
    ) as unknown;
    const { plan } = validatePlan({
      steps: [
        { tool: 'generate_variants', args },
        { tool: 'constructor', args: {} },
      ],
    });
    expect(plan.steps).toEqual([{ tool: 'generate_variants', args: { variants: 2 } }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops a step whose required argument is missing, and unknown tools', () => {
    const { plan } = validatePlan({
      steps: [
        { tool: 'retrieve_content', args: {} },
        { tool: 'delete_everything', args: {} },
        { tool: 'summarize_results', args: { campaign: 'x' } },
      ],
    });
    expect(plan.steps).toEqual([{ tool: 'summarize_results', args: { campaign: 'x' } }]);
  });

  it('replaces missing or non-object args by {}', () => {
    const { plan } = validatePlan({ steps: [{ tool: 'screen_content' }, { tool: 'help', args: 'please' }] });
    expect(plan.steps).toEqual([
      { tool: 'screen_content', args: {} },
      { tool: 'help', args: {} },
    ]);
  });

  it.each([null, undefined, 42, 'steps', [], { steps: 'no' }, { steps: [] }, { steps: [null, 1, 'x'] }])(
    'turns an unusable plan (%p) into a help step',
    (candidate) => {
      expect(validatePlan(candidate).plan).toEqual({
        steps: [{ tool: 'help', args: { reason: 'unclear' } }],
      });
    },
  );

  it('cuts very long plans', () => {
    const steps = Array.from({ length: 50 }, () => ({ tool: 'help', args: {} }));
    expect(validatePlan({ steps }).plan.steps).toHaveLength(12);
  });

  it('coerces values against their zod schema', () => {
    const shape = TOOL_CATALOG.screen_content.inputSchema.shape;
    expect(coerceValue('v1', shape.variantIds)).toEqual(['v1']);
    expect(coerceValue(['v1', '', 'v2'], shape.variantIds)).toEqual(['v1', 'v2']);
    expect(coerceValue('x'.repeat(30_000), shape.text)).toHaveLength(20_000);
  });
});
