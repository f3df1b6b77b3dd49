import { buildPowerCard } from '../../cards/powerCard';
import { buildResultsCard } from '../../cards/resultsCard';
import { summarizePower } from '../../src/experiments/definition/powerSummary';
import { experimentSettings } from '../../src/experiments/definition/experimentSettings';
import { buildExperimentResults } from '../../src/experiments/reporting/buildExperimentResults';
import {
  aggregatesOf,
  armAggregate,
  definitionFixture,
  T0,
  type ArmCounts,
} from '../experiments/support/aggregateFixtures';

type Json = Record<string, unknown>;

/** Every string a card shows (text, fact titles and values), in document order. */
function texts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') {
    const object = node as Json;
    return [
      ...(typeof object.text === 'string' ? [object.text] : []),
      ...(typeof object.title === 'string' ? [object.title] : []),
      ...(typeof object.value === 'string' ? [object.value] : []),
      ...Object.entries(object)
        .filter(([key]) => key !== 'fallback')
        .flatMap(([, value]) => texts(value)),
    ];
  }
  return [];
}

function find(node: unknown, type: string): Json[] {
  if (Array.isArray(node)) return node.flatMap((child) => find(child, type));
  if (node && typeof node === 'object') {
    const object = node as Json;
    return [
      ...(object.type === type ? [object] : []),
      ...Object.values(object).flatMap((value) => find(value, type)),
    ];
  }
  return [];
}

const settings = experimentSettings();

function results(arms: Record<string, ArmCounts>, usersPerArm = 20000) {
  const definition = definitionFixture({ usersPerArm });
  const aggregates = aggregatesOf(
    Object.fromEntries(Object.entries(arms).map(([arm, counts]) => [arm, armAggregate(arm, counts)])),
  );
  return buildExperimentResults(definition, aggregates, new Date(T0 + 8 * 86400000), settings);
}

const winning = () =>
  results({
    control: { delivered: 20000, clickers: 800 },
    v1: { delivered: 20000, clickers: 820 },
    v2: { delivered: 20000, clickers: 1000 },
  });

describe('results card', () => {
  it("speaks the reader's language in its own words and stays a valid Adaptive Card", () => {
    const card = buildResultsCard(winning(), { language: 'de', chart: 'text' });
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const all = texts(card.body).join('\n');
    expect(all).toContain('Experimentergebnisse · ');
    expect(all).toContain('Klickrate je Variante (% der zugestellten Empfänger, 95-%-KI)');
    expect(all).toMatch(/Fortschritt: /);
    expect(all).not.toMatch(/Experiment results|Progress:|Click rate by arm/);
  });

  it('is an Adaptive Card 1.5 with the recommendation, plain-language lifts and per-arm facts', () => {
    const card = buildResultsCard(winning());
    expect(card).toMatchObject({
      type: 'AdaptiveCard',
      version: '1.5',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    });
    const all = texts(card.body).join('\n');
    expect(all).toContain('Experiment results · results-test');
    expect(all).toContain('✅ Ship: Variant 2');
    expect(all).toMatch(
      /Variant 2 lifts click rate by 2\d(\.\d)?% \(95% CI \d+(\.\d)?% to \d+(\.\d)?%\), (very likely|almost certainly) better than control\./,
    );
    expect(all).toMatch(/Control\n4(\.\d+)?% of 20,000 · baseline/);
    expect(all).toMatch(
      /Variant 2\n5(\.\d+)?% of 20,000 · \+2\d(\.\d)?% \[\d+(\.\d)?%, \d+(\.\d)?%\], chance to win > 99%/,
    );
    expect(all).toContain('✅ Guardrails: no significant rise in unsubscribes or complaints.');
    expect(all).toContain('Progress: Planned sample reached.');
    expect(JSON.stringify(card)).not.toContain('undefined');
    expect(JSON.stringify(card)).not.toContain('NaN');
  });

  it('draws a Teams bar chart whose fallback is a text chart, or only the text chart', () => {
    const teams = buildResultsCard(winning());
    const [chart] = find(teams.body, 'Chart.HorizontalBar');
    expect(chart).toMatchObject({
      title: 'Click rate by arm (% of delivered recipients, 95% CI)',
      xAxisTitle: 'Arm',
      yAxisTitle: 'Click rate (%)',
    });
    expect(chart?.data).toEqual([
      { x: expect.stringMatching(/^Control · 95% CI 3\.\d+–4\.\d+%$/), y: 4 },
      { x: expect.stringMatching(/^Variant 1 · 95% CI /), y: expect.any(Number) },
      { x: expect.stringMatching(/^Variant 2 · 95% CI /), y: expect.any(Number) },
    ]);
    const fallback = chart?.fallback as Json;
    expect(fallback.type).toBe('Container');
    expect(texts(fallback)).toEqual(
      expect.arrayContaining([
        'Click rate by arm (% of delivered recipients, 95% CI)',
        'Arm',
        'Rate (95% CI)',
        'Control',
        '█'.repeat(16),
        expect.stringMatching(/^4% \(3\.\d+–4\.\d+%\)$/),
      ]),
    );
    const text = buildResultsCard(winning(), { chart: 'text' });
    expect(find(text.body, 'Chart.HorizontalBar')).toHaveLength(0);
    expect(find(text.body, 'ColumnSet')).toHaveLength(4);
    const bars = find(text.body, 'TextBlock').filter((block) => String(block.text).startsWith('█'));
    expect(bars.map((bar) => String(bar.text).length)).toEqual([16, expect.any(Number), 20]);
  });

  it('puts the SRM alarm first and lists caveats', () => {
    const card = buildResultsCard(
      results({
        control: { delivered: 17000, clickers: 680 },
        v1: { delivered: 23000, clickers: 900 },
        v2: { delivered: 20000, clickers: 800 },
      }),
    );
    const containers = find(card.body, 'Container');
    expect(containers[0]).toMatchObject({ style: 'attention' });
    expect(texts(containers[0]).join(' ')).toMatch(/Sample ratio mismatch: results untrustworthy.*p < 0.001/);
    expect(texts(card.body).join('\n')).toContain('⛔ Stop');
  });

  it('says when it is too early, with the expected date, and when guardrails degrade', () => {
    const early = buildResultsCard(
      results(
        {
          control: { delivered: 5000, clickers: 200, unsubscribers: 5, days: 5 },
          v1: { delivered: 5000, clickers: 240, unsubscribers: 40, days: 5 },
          v2: { delivered: 5000, clickers: 200, days: 5 },
        },
        10000,
      ),
    );
    const all = texts(early.body).join('\n');
    expect(all).toContain('⏳ Keep running');
    expect(all).toMatch(/Progress: 50% of the planned sample, expected complete around 2026-03-12\./);
    expect(all).toMatch(/⚠️ Too early to decide: 5,000 of 10,000 planned recipients per arm/);
    expect(all).toContain('⛔ Guardrails: Variant 1 raises the unsubscribe rate.');
  });

  it('renders an experiment without data', () => {
    const card = buildResultsCard(results({}));
    const all = texts(card.body).join('\n');
    expect(all).toContain('No engagement recorded yet');
    expect(all).toContain('⏳ Keep running');
    expect(find(card.body, 'Chart.HorizontalBar')).toHaveLength(0);
  });
});

describe('power card', () => {
  const arms = [
    { key: 'control', label: 'Control (business as usual)', kind: 'control' as const, weight: 0.45 },
    { key: 'v1', label: 'Variant 1', kind: 'variant' as const, weight: 0.45 },
    { key: 'holdout', label: 'Holdout (no message)', kind: 'holdout' as const, weight: 0.1 },
  ];

  /** 900 customers and a requested 5% lift: too small for the planned lift. */
  const tinyAudienceSummary = () =>
    summarizePower({
      campaignId: 'tiny',
      audienceSize: 900,
      arms,
      coverage: 1,
      settings,
      requestedLift: 0.05,
    });
  it('leads with the detectable-lift sentence and lists arms and assumptions', () => {
    const summary = summarizePower({
      campaignId: 'spring',
      audienceSize: 27556,
      arms,
      coverage: 1,
      settings,
    });
    const card = buildPowerCard(summary);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const all = texts(card.body).join('\n');
    expect(all).toContain('Power check · spring');
    expect(all).toMatch(
      /With 12,400 customers per arm you can detect a \d+% relative lift in click rate at 80% power\./,
    );
    expect(all).toContain('Holdout (no message)\n10% · ~2,755 customers');
    expect(all).toContain('Baseline click rate\n4%');
    expect(find(card.body, 'Container')[0]).toMatchObject({ style: expect.stringMatching(/good|warning/) });
  });

  it('warns when the audience is too small and answers a requested lift', () => {
    const summary = tinyAudienceSummary();
    const card = buildPowerCard(summary);
    const all = texts(card.body).join('\n');
    expect(all).toMatch(/⚠️ The audience is too small to detect a 10% lift/);
    expect(all).toMatch(/⚠️ A 5% lift needs [\d,]+ customers per arm; you have 405\./);
    expect(find(card.body, 'Container').some((container) => container.style === 'attention')).toBe(true);
  });

  it("uses the reader's language for its own words", () => {
    const summary = tinyAudienceSummary();
    const all = texts(buildPowerCard(summary, { language: 'fr' }).body).join('\n');
    expect(all).toContain('Puissance statistique · tiny');
    expect(all).toMatch(/⚠️ Un uplift de 5% demande [\d,]+ clients par variante ; vous en avez 405\./);
    expect(all).toContain('Taux de clic de référence');
  });

  it('confirms a launch', () => {
    const summary = summarizePower({
      campaignId: 'spring',
      audienceSize: 100000,
      arms,
      coverage: 1,
      settings,
    });
    const card = buildPowerCard(summary, {
      launched: { experimentKey: 'cpo-spring', launchedAt: '2026-03-02T09:00:00.000Z' },
    });
    const all = texts(card.body).join('\n');
    expect(all).toContain('🚀 Experiment launched · spring');
    expect(all).toContain(
      'Experiment cpo-spring, launched 2026-03-02 09:00 UTC. Ask "how is spring doing?" for results.',
    );
  });
});
