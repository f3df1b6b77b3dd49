import { buildResultsCard } from '../../../cards/resultsCard';
import { experimentSettings } from '../../../src/experiments/definition/experimentSettings';
import {
  buildExperimentResults,
  guardrailOneSidedP,
} from '../../../src/experiments/reporting/buildExperimentResults';
import { renderMarkdownReport } from '../../../src/experiments/reporting/markdownReport';
import { liftChart } from '../../../src/experiments/reporting/reportCharts';
import {
  aggregatesOf,
  armAggregate,
  definitionFixture,
  T0,
  type ArmCounts,
} from '../support/aggregateFixtures';

const DAY = 24 * 3600 * 1000;

function resultsFor(arms: Record<string, ArmCounts>, usersPerArm = 20000, settings = experimentSettings()) {
  const definition = definitionFixture({ usersPerArm });
  const aggregates = aggregatesOf(
    Object.fromEntries(Object.entries(arms).map(([arm, counts]) => [arm, armAggregate(arm, counts)])),
  );
  return {
    definition,
    results: buildExperimentResults(definition, aggregates, new Date(T0 + 3 * DAY), settings),
  };
}

/** Every text of a card (TextBlocks, fact titles and values), fallbacks included. */
function cardText(node: unknown): string {
  if (Array.isArray(node)) return node.map(cardText).join('\n');
  if (node && typeof node === 'object') {
    const object = node as Record<string, unknown>;
    const own = ['text', 'title', 'value'].map((key) => (typeof object[key] === 'string' ? object[key] : ''));
    return [...own, ...Object.values(object).map(cardText)].filter((text) => text !== '').join('\n');
  }
  return '';
}

/** The small test of the issue: about 65 recipients per arm over two days, one click in control. */
const SMALL = {
  control: { delivered: 65, clickers: 1, days: 2 },
  v1: { delivered: 64, clickers: 2, days: 2 },
  v2: { delivered: 66, clickers: 6, days: 2 },
};

describe('results a manager can trust', () => {
  it('shows counts and "not enough data yet — about N more recipients per arm (date)" below the minimum', () => {
    const { results } = resultsFor(SMALL, 400);
    for (const comparison of results.primary) {
      expect(comparison.enoughData).toBe(false);
      expect(comparison.needed?.morePerArm).toBeGreaterThan(0);
      expect(comparison.needed?.by).not.toBeNull();
    }
    expect(results.statements[1]).toMatch(
      /^Variant 2: not enough data yet — about [\d,]+ more recipients per arm \(around 2026-03-\d\d\); 6 of 66 clicked vs 1 of 65 clicked for control\.$/,
    );
    const card = cardText(buildResultsCard(results).body);
    expect(card).not.toMatch(/chance to win/i);
    expect(card).not.toMatch(/CI -?\d/);
    expect(card).not.toMatch(/probably better|better than control/);
    expect(card).toMatch(
      /Variant 2\n9\.1% of 66 · not enough data yet — about [\d,]+ more recipients per arm/,
    );
    expect(results.recommendation.action).toBe('keep_running');
    expect(results.recommendation.reason).toMatch(/not enough data yet to compare the arms/);
    // No lift chart without the minimum data.
    expect(liftChart(results)).toBeUndefined();
  });

  it('takes its minimum from the settings (config `results`)', () => {
    const lenient = experimentSettings({
      minimumData: { minRecipientsPerArm: 50, minEventsTotal: 5, minEventsForRelative: 1 },
    });
    const { results } = resultsFor(SMALL, 400, lenient);
    const v2 = results.primary.find((comparison) => comparison.arm === 'v2');
    expect(v2?.enoughData).toBe(true);
  });

  it('never shows a relative bound below −100%: tiny counts fall back to points', () => {
    const { results } = resultsFor({
      control: { delivered: 400, clickers: 3 },
      v1: { delivered: 400, clickers: 20 },
      v2: { delivered: 400, clickers: 1 },
    });
    for (const comparison of results.primary.filter((candidate) => candidate.enoughData)) {
      expect(comparison.scale).toBe('absolute');
    }
    const v1 = results.statements[0] ?? '';
    expect(v1).toMatch(
      /^Variant 1: click rate 5% vs 0\.75% for control, \+4\.3 pp \(95% CI \+\d(\.\d+)? to \+\d(\.\d+)? pp\), /,
    );
    const all = [...results.statements, cardText(buildResultsCard(results).body)].join('\n');
    expect(all).not.toMatch(/-1\d\d(\.\d)?%|−1\d\d(\.\d)?%/);
    const chart = JSON.stringify(liftChart(results));
    expect(chart).toContain('Difference in click rate (percentage points)');
  });

  it('reads zero conversions as "no conversions yet", never −100% [−100%, −100%]', () => {
    const { results, definition } = resultsFor({
      control: { delivered: 5000, clickers: 200, converters: 30, revenue: 1500 },
      v1: { delivered: 5000, clickers: 230, converters: 0 },
      v2: { delivered: 5000, clickers: 210, converters: 28, revenue: 1400 },
    });
    const conversion = results.secondary.find(
      (comparison) => comparison.arm === 'v1' && comparison.metric === 'conversion_rate',
    );
    expect(conversion?.scale).toBe('absolute');
    const markdown = renderMarkdownReport(results, definition, []);
    expect(markdown).toContain('| Variant 1 |');
    expect(markdown).toMatch(/\| Variant 1 \| [\d.]+% \| no conversions yet \| −0\.6 pp \\\[/);
    // (The method note may name −100% as the bound that is never shown.)
    expect(markdown).not.toMatch(/[−-]100%(?!\))/);
  });

  it('says "probably better" only when the rule says so, and one recommendation sentence names the rule', () => {
    // Ahead on chance to win (> 90%) but not significant: no "better" word at all.
    const { results, definition } = resultsFor({
      control: { delivered: 20000, clickers: 800 },
      v1: { delivered: 20000, clickers: 862 },
      v2: { delivered: 20000, clickers: 790 },
    });
    const v1 = results.primary.find((comparison) => comparison.arm === 'v1');
    expect(v1?.chanceToWin).toBeGreaterThan(0.9);
    expect(v1?.significant).toBe(false);
    expect(results.statements[0]).toMatch(/no clear difference from control\.$/);
    expect(results.recommendation.reason).toMatch(/^Stop: at the planned sample no variant beats/);
    expect(results.recommendation.reason).toMatch(/fixed-horizon rule/);
    expect(results.recommendation.reason).toMatch(/guardrails checked \(unsubscribe and complaint rates/);
    const markdown = renderMarkdownReport(results, definition, []);
    expect(markdown).toContain('> **Recommendation:** Stop: at the planned sample');
    expect(markdown).not.toMatch(/Keep running\. Keep running|Stop\. Stop/);
  });

  it('keeps running until a date, in one sentence', () => {
    const { results, definition } = resultsFor(
      {
        control: { delivered: 5000, clickers: 200, days: 5 },
        v1: { delivered: 5000, clickers: 215, days: 5 },
        v2: { delivered: 5000, clickers: 205, days: 5 },
      },
      10000,
    );
    expect(results.recommendation.reason).toMatch(
      /^Keep running until about 2026-03-12, when the planned sample \(10,000 recipients per arm\) should be reached: no variant is reliably ahead yet; the fixed-horizon rule/,
    );
    const markdown = renderMarkdownReport(results, definition, []);
    expect(markdown.match(/Keep running/g)).toHaveLength(1);
  });
});

describe('guardrail test', () => {
  it('is the exact conditional binomial test (oracle: binomial tail sums)', () => {
    // P(X ≥ 20 | X ~ Binomial(27, 1/2)) = Σ_{x=20..27} C(27, x) / 2^27.
    expect(
      guardrailOneSidedP({ events: 7, recipients: 20000 }, { events: 20, recipients: 20000 }),
    ).toBeCloseTo(0.0095786452293396, 10);
    // Unequal arms: q = 20,000 / 50,000 = 0.4; P(X ≥ 6 | Binomial(10, 0.4)).
    expect(
      guardrailOneSidedP({ events: 4, recipients: 30000 }, { events: 6, recipients: 20000 }),
    ).toBeCloseTo(0.1662386176, 10);
    expect(guardrailOneSidedP({ events: 5, recipients: 100 }, { events: 0, recipients: 100 })).toBe(1);
  });
});
