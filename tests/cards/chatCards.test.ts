import { buildClarifyCard, PLAN_CHOICE_KEY } from '../../cards/clarifyCard';
import { buildContentCard } from '../../cards/contentCard';
import { buildHelpCard } from '../../cards/helpCard';
import { buildProgressCard } from '../../cards/progressCard';
import { buildSafetyCard } from '../../cards/safetyCard';
import { buildSegmentCard } from '../../cards/segmentCard';
import type { AdaptiveCard } from '../../cards/adaptiveCard';
import { createToolRegistry } from '../../src/orchestration/tools/createToolRegistry';
import { sampleCampaign } from '../support/fixtures';

const texts = (node: unknown): string[] => {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') {
    const object = node as Record<string, unknown>;
    return [
      ...(typeof object.text === 'string' ? [object.text] : []),
      ...(typeof object.title === 'string' ? [object.title] : []),
      ...Object.values(object).flatMap(texts),
    ];
  }
  return [];
};
const textOf = (rendered: AdaptiveCard): string => texts([rendered.body, rendered.actions ?? []]).join('\n');

/** Every card is Adaptive Card 1.5 JSON that survives a round trip (no functions, no undefined). */
function expectCardShape(rendered: AdaptiveCard): void {
  expect(rendered).toMatchObject({
    type: 'AdaptiveCard',
    version: '1.5',
    $schema: expect.any(String) as string,
  });
  expect(JSON.parse(JSON.stringify(rendered))).toEqual(rendered);
}

describe('chat cards render as JSON', () => {
  it("help: the reason, the registry's tool descriptions and the languages", () => {
    const capabilities = createToolRegistry().tools.filter((tool) => tool.name !== 'help');
    const rendered = buildHelpCard({ reason: 'out_of_scope', capabilities });
    expectCardShape(rendered);
    const text = textOf(rendered);
    expect(text).toContain("That's outside what I can help with.");
    for (const tool of capabilities) expect(text).toContain(tool.description);
    expect(text).toContain('日本語');
  });

  it('clarify: the question and at most three buttons that carry their plan back', () => {
    const choices = ['a', 'b', 'c', 'd'].map((id) => ({
      label: `Show results for ${id}`,
      steps: [{ tool: 'summarize_results', args: { campaign: id } }],
    }));
    const rendered = buildClarifyCard({ question: 'Which campaign? You have: a, b, c, d.', choices });
    expectCardShape(rendered);
    expect(rendered.actions).toHaveLength(3);
    expect(rendered.actions?.[0]).toEqual({
      type: 'Action.Submit',
      title: 'Show results for a',
      data: { [PLAN_CHOICE_KEY]: { steps: [{ tool: 'summarize_results', args: { campaign: 'a' } }] } },
    });
    expect(buildClarifyCard({ question: 'Why?', choices: [] }).actions).toBeUndefined();
  });

  it('segment: name, size, explanation and traits of each segment', () => {
    const { segment } = sampleCampaign();
    const rendered = buildSegmentCard('Customer segments', [segment]);
    expectCardShape(rendered);
    const text = textOf(rendered);
    expect(text).toContain(`${segment.name} · ${segment.size.toLocaleString('en-US')} customers`);
    expect(text).toContain(segment.explanation);
  });

  it('content: each citation numbered with its id, or a plain "no content" line', () => {
    const rendered = buildContentCard('spring sale', [
      { id: 'offer-spring-sale', title: 'Spring Sale', excerpt: '20% off' },
    ]);
    expectCardShape(rendered);
    expect(textOf(rendered)).toContain('[1] Spring Sale (offer-spring-sale)');
    expect(textOf(buildContentCard('x', []))).toContain('No approved, currently valid content matches.');
  });

  it('safety: the verdict, per-category severities and where the verdict came from', () => {
    const rendered = buildSafetyCard('Last chance: 20% off', {
      verdict: 'pass',
      categories: { hate: 0, violence: 0, selfHarm: 0, sexual: 0 },
      reasons: [],
      findings: [],
      screener: 'local-screener@2',
    });
    expectCardShape(rendered);
    const text = textOf(rendered);
    expect(text).toMatch(/No issues found/i);
    expect(text).not.toContain('✅ Pass');
  });

  it('progress: one line per step with its state', () => {
    const rendered = buildProgressCard('Working on your campaign…', [
      { label: 'Finding the audience', state: 'done' },
      { label: 'Drafting variants', state: 'running' },
      { label: 'Screening for safety and grounding', state: 'pending' },
    ]);
    expectCardShape(rendered);
    expect(textOf(rendered).split('\n')).toEqual([
      'Working on your campaign…',
      '✅ Finding the audience',
      '⏳ Drafting variants',
      '○ Screening for safety and grounding',
    ]);
  });
});
