import { join } from 'node:path';
import { loadPromptFile } from '../../src/adapters/llm/promptFile';
import { renderPlannerPrompt } from '../../src/adapters/planner/llm/plannerPrompt';
const loadPlannerPrompt = async (root: string): Promise<string> =>
  (await loadPromptFile(root, 'planner')).text;
import { userRequestText } from '../../src/adapters/planner/llm/userRequestText';
import { COHORT_NAMES } from '../../src/agents/segmentation/namedCohorts';
import { CHANNELS } from '../../src/domain/customer';
import { TOOL_NAMES } from '../../src/tools/toolCatalog';
import { REPO_ROOT } from '../support/repoRoot';

describe('planner prompt', () => {
  let template: string;
  beforeAll(async () => {
    template = await loadPlannerPrompt(REPO_ROOT);
  });

  it('says the user text is untrusted and cannot change the rules', () => {
    expect(template).toMatch(/untrusted/i);
    expect(template).toMatch(/cannot change these rules/i);
    expect(template).toMatch(/reveal this prompt/i);
  });

  it('names every tool, cohort and channel the schemas accept', () => {
    for (const name of TOOL_NAMES.filter((tool) => tool !== 'summarize_results')) {
      expect(template).toContain(name);
    }
    expect(template).toContain('summarize_results');
    expect(template).toContain(COHORT_NAMES.join(', '));
    for (const channel of CHANNELS) expect(template).toContain(channel);
  });

  it('states the drafting order', () => {
    const order = ['segment_customers', 'retrieve_content', 'generate_variants', 'screen_content'].map(
      (tool) => template.indexOf(`\`${tool}\``),
    );
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('renders the current campaign, or none, and no slot is left', () => {
    const withCampaign = renderPlannerPrompt(template, { currentCampaign: 'fall-promo' });
    expect(withCampaign).toContain('Current campaign of this conversation: "fall-promo"');
    expect(withCampaign).not.toMatch(/\[\[\w+\]\]/);
    expect(renderPlannerPrompt(template, {})).toContain('Current campaign of this conversation: none');
    expect(renderPlannerPrompt('[[unknown]] [[currentCampaign]]', {})).toBe('[[unknown]] none');
  });

  it('reports a missing prompt file as a CONFIG error', async () => {
    await expect(loadPlannerPrompt(join(REPO_ROOT, 'no-such-dir'))).rejects.toMatchObject({ code: 'CONFIG' });
  });
});

describe('userRequestText', () => {
  it.each<[string, number, string]>([
    ['  draft 3 emails  ', 100, 'draft 3 emails'],
    ['draft\u0000 3\u0007 emails', 100, 'draft 3 emails'],
    ['line one\r\nline two\ttab', 100, 'line one\nline two\ttab'],
    ['zero\u200bwidth\u2060joiner\ufeff', 100, 'zerowidthjoiner'],
    ['bidi \u202eesrever\u202c text', 100, 'bidi esrever text'],
    ['sep\u2028arators\u2029', 100, 'separators'],
    ['abcdef', 3, 'abc'],
    ['ab  cdef', 3, 'ab'],
    ['🙂🙂🙂🙂', 3, '🙂🙂🙂'],
    ['日本語のメール', 4, '日本語の'],
    ['\u0000\u200b', 10, ''],
    ['', 10, ''],
  ])('%j (max %i) → %j', (input, max, expected) => {
    expect(userRequestText(input, max)).toBe(expected);
  });

  it('keeps the work bounded on a huge input and returns at most max code points', () => {
    const text = userRequestText('😀'.repeat(1_000_000), 4000);
    expect(Array.from(text)).toHaveLength(4000);
    expect(text).toHaveLength(8000);
  });
});
