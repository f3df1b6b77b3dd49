import { buildExperimentResults } from '../../../src/experiments/reporting/buildExperimentResults';
import { findExperiment } from '../../../src/experiments/reporting/findExperiment';
import { experimentSettings } from '../../../src/experiments/definition/experimentSettings';
import type { DefinitionRepository } from '../../../src/experiments/definition/definitionRepository';
import {
  aggregatesOf,
  armAggregate,
  definitionFixture,
  T0,
  type ArmCounts,
} from '../support/aggregateFixtures';

const settings = experimentSettings();
const NOW = new Date(T0 + 8 * 24 * 3600 * 1000);

function resultsFor(
  arms: Record<string, ArmCounts>,
  options: Parameters<typeof definitionFixture>[0] = {},
  now = NOW,
) {
  const definition = definitionFixture(options);
  const aggregates = aggregatesOf(
    Object.fromEntries(Object.entries(arms).map(([arm, counts]) => [arm, armAggregate(arm, counts)])),
  );
  return buildExperimentResults(definition, aggregates, now, settings);
}

const kinds = (results: ReturnType<typeof resultsFor>) => results.caveats.map((caveat) => caveat.kind);

describe('experiment results and recommendation', () => {
  it('keeps running with no data', () => {
    const results = resultsFor({});
    expect(results.recommendation.action).toBe('keep_running');
    expect(results.recommendation.reason).toMatch(/^Keep running: no engagement/);
    expect(results.primary).toEqual([]);
    expect(results.srm).toBeNull();
    expect(kinds(results)).toContain('no_data');
    expect(results.freshness.lastEventAt).toBeNull();
  });

  it('ships the variant with the largest significant lift at the planned sample, in plain words', () => {
    const results = resultsFor({
      control: { delivered: 20000, clickers: 800, converters: 160, revenue: 8000 },
      v1: { delivered: 20000, clickers: 840, converters: 170, revenue: 8400 },
      v2: { delivered: 20000, clickers: 1000, converters: 200, revenue: 10000 },
    });
    expect(results.progress.complete).toBe(true);
    expect(results.recommendation).toMatchObject({ action: 'ship', arm: 'v2', label: 'Variant 2' });
    expect(results.trustworthy).toBe(true);
    const v2 = results.primary.find((comparison) => comparison.arm === 'v2');
    // Distinct clickers come from sketches: within about 1% of the true 1,000 and 800.
    expect(Math.abs((v2?.lift ?? 0) - 0.25)).toBeLessThan(0.02);
    expect(v2?.significant).toBe(true);
    expect(v2?.adjustedPValue).toBeGreaterThanOrEqual(v2?.pValue ?? 1);
    expect(results.statements[1]).toMatch(
      /^Variant 2 lifts click rate by 2\d(\.\d)?% \(95% CI \d+(\.\d)?% to \d+(\.\d)?%\), (very likely|almost certainly) better than control\.$/,
    );
    expect(results.statements[0]).toMatch(
      /^Variant 1 lifts click rate by [3-6](\.\d)?% \(95% CI -\d+(\.\d)?% to \d+(\.\d)?%\), no clear difference from control\.$/,
    );
    expect(results.secondary.map((comparison) => `${comparison.arm}:${comparison.metric}`)).toEqual([
      'v1:conversion_rate',
      'v2:conversion_rate',
      'v1:revenue_per_recipient',
      'v2:revenue_per_recipient',
    ]);
    expect(results.srm?.mismatch).toBe(false);
  });

  it('keeps running before the planned sample, with the date the plan is reached', () => {
    const results = resultsFor(
      {
        control: { delivered: 5000, clickers: 200, days: 5 },
        v1: { delivered: 5000, clickers: 290, days: 5 },
        v2: { delivered: 5000, clickers: 205, days: 5 },
      },
      { usersPerArm: 10000 },
    );
    expect(results.progress).toMatchObject({
      plannedPerArm: 10000,
      currentPerArm: 5000,
      fraction: 0.5,
      complete: false,
      dailyPerArm: 1000,
    });
    // 5,000 more per arm at 1,000 a day after the last event (T0 + 5 days) → T0 + 10 days.
    expect(results.progress.estimatedCompletion).toBe(new Date(T0 + 10 * 24 * 3600 * 1000).toISOString());
    expect(results.recommendation.action).toBe('keep_running');
    expect(results.recommendation.reason).toMatch(/Variant 1 is ahead/);
    expect(results.recommendation.reason).toMatch(/^Keep running until about 2026-03-12/);
    expect(results.recommendation.reason).toMatch(/fixed-horizon rule.*guardrails checked/);
    expect(results.recommendation.estimatedCompletion).toBe(results.progress.estimatedCompletion);
    expect(kinds(results)).toContain('too_early');
    expect(results.statements[0]).toMatch(
      /ahead of control so far, not conclusive until the planned sample\.$/,
    );
  });

  it('stops when the arms do not match the planned split (SRM), whatever the lift', () => {
    const results = resultsFor({
      control: { delivered: 17000, clickers: 680 },
      v1: { delivered: 23000, clickers: 1150 },
      v2: { delivered: 20000, clickers: 800 },
    });
    expect(results.srm?.mismatch).toBe(true);
    expect(results.trustworthy).toBe(false);
    expect(results.recommendation.action).toBe('stop');
    expect(results.recommendation.reason).toMatch(/sample ratio mismatch, p < 0.001/);
    expect(results.caveats[0]).toMatchObject({ kind: 'srm', severity: 'critical' });
  });

  it('does not ship a winner that raises unsubscribes; ships the other one', () => {
    const results = resultsFor({
      control: { delivered: 20000, clickers: 800, unsubscribers: 40 },
      v1: { delivered: 20000, clickers: 1000, unsubscribers: 120 },
      v2: { delivered: 20000, clickers: 960, unsubscribers: 42 },
    });
    const degraded = results.guardrails.filter((check) => check.degraded);
    expect(degraded.map((check) => `${check.arm}:${check.metric}`)).toEqual(['v1:unsubscribe_rate']);
    expect(degraded[0]?.pValue).toBeLessThan(0.05);
    expect(results.recommendation).toMatchObject({ action: 'ship', arm: 'v2' });
    expect(results.recommendation.reason).toMatch(/Variant 1 also lifted clicks but hurt a guardrail/);
    expect(kinds(results)).toContain('guardrail');
  });

  it('stops when the only winner harms a guardrail, or every variant does', () => {
    const oneWinner = resultsFor({
      control: { delivered: 20000, clickers: 800, complainers: 4 },
      v1: { delivered: 20000, clickers: 1000, complainers: 30 },
      v2: { delivered: 20000, clickers: 805, complainers: 5 },
    });
    expect(oneWinner.recommendation.action).toBe('stop');
    expect(oneWinner.recommendation.reason).toMatch(/Variant 1 lifts clicks but raises the complaint rate/);
    const allHarmful = resultsFor(
      {
        control: { delivered: 3000, clickers: 120, unsubscribers: 5 },
        v1: { delivered: 3000, clickers: 120, unsubscribers: 40 },
        v2: { delivered: 3000, clickers: 120, unsubscribers: 45 },
      },
      { usersPerArm: 20000 },
    );
    expect(allHarmful.progress.complete).toBe(false);
    expect(allHarmful.recommendation.action).toBe('stop');
    expect(allHarmful.recommendation.reason).toMatch(
      /Variant 1 raises the unsubscribe rate; Variant 2 raises the unsubscribe rate/,
    );
  });

  it('stops and keeps the control when nothing beats it, or everything is worse', () => {
    const flat = resultsFor({
      control: { delivered: 20000, clickers: 800 },
      v1: { delivered: 20000, clickers: 810 },
      v2: { delivered: 20000, clickers: 790 },
    });
    expect(flat.recommendation.action).toBe('stop');
    expect(flat.recommendation.reason).toMatch(/no variant beats the business-as-usual message reliably/);
    const worse = resultsFor({
      control: { delivered: 20000, clickers: 1000 },
      v1: { delivered: 20000, clickers: 700 },
      v2: { delivered: 20000, clickers: 720 },
    });
    expect(worse.recommendation.reason).toMatch(/every variant does worse/);
    expect(worse.statements[0]).toMatch(
      /^Variant 1 lowers click rate by (29|30|31)(\.\d)?% \(95% CI -\d+(\.\d)?% to -\d+(\.\d)?%\), (very likely|almost certainly) worse than control\.$/,
    );
  });

  it('says what it can when the control has no clicks (no relative lift exists)', () => {
    const results = resultsFor(
      { control: { delivered: 2000 }, v1: { delivered: 2000, clickers: 40 }, v2: { delivered: 2000 } },
      { usersPerArm: 1500 },
    );
    const v1 = results.primary.find((comparison) => comparison.arm === 'v1');
    expect(v1?.lift).toBeNull();
    expect(v1).toMatchObject({ enoughData: true, scale: 'absolute' });
    expect(results.statements[0]).toMatch(
      /^Variant 1: click rate 2% vs no clicks yet for control, \+2 pp \(95% CI \+1\.\d+ to \+2\.\d+ pp\), (very likely|almost certainly) better than control\.$/,
    );
    // Both arms without clicks: below the minimum, "no clicks yet", no lift.
    expect(results.statements[1]).toMatch(
      /^Variant 2: not enough data yet — about [\d,]+ more recipients per arm/,
    );
    expect(results.statements[1]).toContain(
      'no clicks yet (0 of 2,000) vs no clicks yet (0 of 2,000) for control',
    );
  });

  it('compares every message arm with the holdout on conversions, measured or estimated', () => {
    const measured = resultsFor(
      {
        control: { delivered: 18000, clickers: 720, converters: 180 },
        v1: { delivered: 18000, clickers: 720, converters: 190 },
        v2: { delivered: 18000, clickers: 720, converters: 185 },
        holdout: { heldOut: 6000, converters: 12 },
      },
      { holdout: true, usersPerArm: 18000 },
    );
    expect(measured.holdout.map((comparison) => comparison.arm)).toEqual(['control', 'v1', 'v2']);
    expect(measured.holdout.every((comparison) => comparison.significant && (comparison.lift ?? 0) > 1)).toBe(
      true,
    );
    expect(measured.srm?.arms.map((arm) => arm.arm)).toEqual(['control', 'v1', 'v2', 'holdout']);
    const estimated = resultsFor(
      {
        control: { delivered: 18000, clickers: 720 },
        v1: { delivered: 18000, clickers: 720 },
        v2: { delivered: 18000, clickers: 720 },
      },
      { holdout: true, usersPerArm: 18000 },
    );
    expect(estimated.arms.find((arm) => arm.kind === 'holdout')).toMatchObject({
      recipients: 6000,
      recipientsEstimated: true,
    });
    expect(estimated.srm?.arms.map((arm) => arm.arm)).toEqual(['control', 'v1', 'v2']);
    expect(kinds(estimated)).toContain('holdout_estimated');
  });

  it('flags stale data, simulated data, duplicate deliveries and machine opens', () => {
    const results = resultsFor(
      {
        control: {
          delivered: 2000,
          deliveredEvents: 2600,
          clickers: 80,
          simulated: true,
          machineOpeners: 500,
        },
        v1: { delivered: 2000, clickers: 90, simulated: true },
        v2: { delivered: 2000, clickers: 85, simulated: true },
      },
      { usersPerArm: 2000 },
      new Date(T0 + 20 * 24 * 3600 * 1000),
    );
    expect(kinds(results)).toEqual(
      expect.arrayContaining(['stale', 'simulated', 'duplicates', 'machine_opens']),
    );
    expect(results.caveats.find((caveat) => caveat.kind === 'duplicates')?.message).toMatch(
      /^Control \(business as usual\): 2,600 delivered events for about (1,9\d\d|2,0\d\d) distinct recipients/,
    );
    expect(results.simulatedEvents).toBe(results.totalEvents);
  });

  it('never reports more clickers than recipients', () => {
    const results = resultsFor(
      {
        control: { delivered: 100, clickers: 150 },
        v1: { delivered: 100, clickers: 10 },
        v2: { delivered: 100 },
      },
      { usersPerArm: 100 },
    );
    expect(results.arms[0]).toMatchObject({ clickers: 100, clickRate: 1 });
  });
});

describe('findExperiment', () => {
  const definitions = ['win-back-spring-sale-3f9a', 'promotion-summer-sale-1b2c', 'win-back-autumn-7d8e'].map(
    (campaignId, index) => ({
      ...definitionFixture(),
      campaignId,
      launchedAt: `2026-03-0${index + 1}T00:00:00.000Z`,
    }),
  );
  const repository = {
    find: async (id: string) => definitions.find((definition) => definition.campaignId === id),
    list: async () => [...definitions].sort((a, b) => b.launchedAt.localeCompare(a.launchedAt)),
  } as unknown as DefinitionRepository;

  it.each([
    ['win-back-spring-sale-3f9a', 'win-back-spring-sale-3f9a'],
    ['spring-win-back', 'win-back-spring-sale-3f9a'],
    ['spring', 'win-back-spring-sale-3f9a'],
    ['winback-spring', 'win-back-spring-sale-3f9a'],
    ['summer', 'promotion-summer-sale-1b2c'],
    ['autumn-test', 'win-back-autumn-7d8e'],
  ])('finds %s', async (query, id) => {
    expect((await findExperiment(repository, query)).campaignId).toBe(id);
  });

  it('takes the latest experiment when none is named', async () => {
    expect((await findExperiment(repository, undefined)).campaignId).toBe('win-back-autumn-7d8e');
  });

  it('asks which one when ambiguous and lists experiments when nothing matches', async () => {
    await expect(findExperiment(repository, 'win-back')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      userMessage: expect.stringMatching(/matches several experiments.*Which one\?/),
    });
    await expect(findExperiment(repository, 'christmas')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      userMessage: expect.stringMatching(/Running experiments: "win-back-autumn-7d8e"/),
    });
    const empty = { find: async () => undefined, list: async () => [] } as unknown as DefinitionRepository;
    await expect(findExperiment(empty, undefined)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      userMessage: 'No experiment has been launched yet.',
    });
  });
});
