import { importEvents } from '../../../src/experiments/ingestion/importEvents';
import { summarizeResults } from '../../../src/experiments/reporting/summarizeResults';
import { runSimulation } from '../../../src/experiments/simulation/runSimulation';
import { simulateEngagement } from '../../../src/experiments/simulation/simulateEngagement';
import { DEFAULT_ENGAGEMENT_MODEL } from '../../../src/experiments/simulation/engagementModel';
import {
  DEV_PSEUDONYMIZER,
  createExperimentWorld,
  launchCampaign,
  streamOf,
  type ExperimentWorld,
  LAUNCH_TIME,
} from '../support/experimentFixtures';

const AFTER = new Date('2026-03-20T00:00:00.000Z');

describe('cpo simulate: synthetic engagement with a known true lift', () => {
  let world: ExperimentWorld;
  beforeAll(async () => {
    world = await createExperimentWorld();
  });

  it('round-trips: with a true 12% lift and enough users the reported CI covers 12% and the variant ships', async () => {
    world.setNow(LAUNCH_TIME);
    await launchCampaign(world.services, { id: 'sim-truth', variants: 2, audience: 300_000 });
    // A week of engagement simulated once the week has passed.
    world.setNow(AFTER);
    const summary = await runSimulation(
      { campaignId: 'sim-truth', days: 7, lift: 0.12, seed: 42 },
      world.services,
    );
    expect(summary).toMatchObject({
      campaign: 'sim-truth',
      users: 300_000,
      trueLift: 0.12,
      baseline: 0.04,
      skew: 0,
    });
    expect(summary.arms.map((arm) => [arm.arm, arm.trueClickRate])).toEqual([
      ['control', 0.04],
      ['v1', 0.04 * 1.12],
      ['v2', 0.04 * 1.12],
    ]);
    world.setNow(AFTER);
    const { results } = await summarizeResults('sim-truth', world.services);
    expect(results.srm?.mismatch).toBe(false);
    expect(results.progress.complete).toBe(true);
    for (const comparison of results.primary) {
      const [low, high] = comparison.liftCi ?? [0, 0];
      expect(low).toBeLessThan(0.12);
      expect(high).toBeGreaterThan(0.12);
      expect(comparison.significant).toBe(true);
    }
    const control = results.arms.find((arm) => arm.key === 'control');
    const sd = Math.sqrt((0.04 * 0.96) / (control?.recipients ?? 1));
    expect(Math.abs((control?.clickRate ?? 0) - 0.04)).toBeLessThan(4 * sd);
    // Repeat clicks were generated: events exceed distinct clickers, which the rates use.
    expect(control?.events.click).toBeGreaterThan(control?.clickers ?? 0);
    expect(results.recommendation.action).toBe('ship');
    expect(results.caveats.map((caveat) => caveat.kind)).toContain('simulated');
  });

  it('raises the SRM alarm when --skew unbalances the assignment', async () => {
    await launchCampaign(world.services, { id: 'sim-skew', audience: 60_000, holdout: true });
    await runSimulation({ campaignId: 'sim-skew', days: 3, lift: 0.1, seed: 5, skew: 0.1 }, world.services);
    const { results } = await summarizeResults('sim-skew', world.services);
    expect(results.srm?.mismatch).toBe(true);
    expect(results.trustworthy).toBe(false);
    expect(results.recommendation.action).toBe('stop');
    const control = results.srm?.arms.find((arm) => arm.arm === 'control');
    expect(control?.observedShare).toBeLessThan(control?.expectedShare ?? 0);
  });

  it('passes the SRM check without skew, with a holdout that only has held-out customers and organic conversions', async () => {
    await launchCampaign(world.services, { id: 'sim-holdout', audience: 60_000, holdout: true });
    const summary = await runSimulation(
      { campaignId: 'sim-holdout', days: 3, lift: 0.1, seed: 6 },
      world.services,
    );
    const holdout = summary.arms.find((arm) => arm.arm === 'holdout');
    expect(holdout?.trueClickRate).toBeNull();
    expect(Math.abs((holdout?.recipients ?? 0) / 60_000 - 0.1)).toBeLessThan(0.01);
    const stored = await world.services.aggregates.load('sim-holdout');
    expect(stored.arms.get('holdout')?.events).toMatchObject({ delivered: 0, open: 0, click: 0 });
    const { results } = await summarizeResults('sim-holdout', world.services);
    expect(results.srm?.mismatch).toBe(false);
    expect(results.srm?.arms).toHaveLength(4);
    expect(results.holdout.every((comparison) => (comparison.lift ?? 0) > 0)).toBe(true);
  });

  it('makes a guardrail regression visible and blocks shipping', async () => {
    await launchCampaign(world.services, { id: 'sim-guardrail', audience: 90_000, variants: 1 });
    await runSimulation(
      { campaignId: 'sim-guardrail', days: 5, lift: 0.3, seed: 8, guardrailLift: 2 },
      world.services,
    );
    const { results } = await summarizeResults('sim-guardrail', world.services);
    expect(results.guardrails.find((check) => check.metric === 'unsubscribe_rate')?.degraded).toBe(true);
    expect(results.recommendation.action).toBe('stop');
  });

  it('is deterministic for a seed and appends on later runs', async () => {
    world.setNow(LAUNCH_TIME);
    const { definition } = await launchCampaign(world.services, { id: 'sim-seed', audience: 5_000 });
    world.setNow(AFTER);
    const plan = {
      definition,
      users: 2_000,
      start: Date.parse('2026-03-02T10:00:00Z'),
      days: 2,
      baseline: 0.04,
      lift: 0.2,
      skew: 0,
      guardrailLift: 0,
      seed: 99,
      model: DEFAULT_ENGAGEMENT_MODEL,
    };
    const events = [...simulateEngagement(plan, DEV_PSEUDONYMIZER)];
    expect([...simulateEngagement(plan, DEV_PSEUDONYMIZER)]).toEqual(events);
    expect([...simulateEngagement({ ...plan, seed: 100 }, DEV_PSEUDONYMIZER)]).not.toEqual(events);
    // Every simulated recipient sits in the arm the experiment's own assignment gives it.
    expect(events.filter((event) => event.type === 'delivered' || event.type === 'held_out')).toHaveLength(
      2_000,
    );

    const first = await runSimulation(
      { campaignId: 'sim-seed', days: 2, lift: 0.2, seed: 99 },
      world.services,
    );
    const again = await runSimulation(
      { campaignId: 'sim-seed', days: 2, lift: 0.2, seed: 99 },
      world.services,
    );
    expect(Date.parse(again.from)).toBeGreaterThan(Date.parse(first.from));
    const stored = await world.services.aggregates.load('sim-seed');
    const delivered = [...stored.arms.values()].reduce(
      (sum, aggregate) => sum + aggregate.events.delivered,
      0,
    );
    expect(delivered).toBe(10_000);
    expect(stored.imports.map((record) => record.source)).toEqual(['simulation', 'simulation']);
  });

  it('never dates engagement after now: a week asked for one day after launch fits in that day', async () => {
    world.setNow(LAUNCH_TIME);
    await launchCampaign(world.services, { id: 'sim-now', audience: 4_000 });
    const now = new Date(LAUNCH_TIME.getTime() + 24 * 3600 * 1000);
    world.setNow(now);
    const summary = await runSimulation(
      { campaignId: 'sim-now', days: 7, lift: 0.1, seed: 5 },
      world.services,
    );
    expect(summary.compressed).toBe(true);
    expect(Date.parse(summary.to)).toBeLessThanOrEqual(now.getTime());
    expect(Date.parse(summary.from)).toBeGreaterThan(LAUNCH_TIME.getTime());
    const { results } = await summarizeResults('sim-now', world.services);
    // "Data through" is the last event's time, which is not after now.
    expect(results.freshness.lastEventAt).toBe(Date.parse(summary.to));
    expect(results.freshness.lastEventAt).toBeLessThanOrEqual(now.getTime());
    // Launched just now: everything is dated now, never later.
    const again = await runSimulation({ campaignId: 'sim-now', days: 7, lift: 0.1, seed: 6 }, world.services);
    expect(Date.parse(again.to)).toBe(now.getTime());
  });

  it('refuses experiments with real engagement, unlaunched campaigns and bad parameters', async () => {
    world.setNow(new Date('2026-03-03T00:00:00.000Z'));
    await launchCampaign(world.services, { id: 'sim-real' });
    await importEvents(
      streamOf('campaign,arm,customer,type,timestamp\nsim-real,control,C1,delivered,2026-03-02T10:00:00Z\n'),
      { name: 'real.csv' },
      world.services,
    );
    await expect(
      runSimulation({ campaignId: 'sim-real', days: 1, lift: 0.1 }, world.services),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      userMessage: expect.stringMatching(/real engagement data/),
    });
    await expect(
      runSimulation({ campaignId: 'never-launched', days: 1, lift: 0.1 }, world.services),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      runSimulation({ campaignId: 'sim-real', days: 0, lift: 0.1 }, world.services),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      userMessage: 'days: must be at least 1',
    });
    await expect(
      runSimulation({ campaignId: 'sim-real', days: 1, lift: 30 }, world.services),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      runSimulation({ campaignId: 'sim-seed', days: 1, lift: 9, baseline: 0.2 }, world.services),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      userMessage: expect.stringMatching(/^lift: puts the variants' click rate at/),
    });
    await expect(
      runSimulation({ campaignId: 'sim-seed', days: 1, lift: 0.1, skew: 2 }, world.services),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      userMessage: 'skew: must be between 0 and 1',
    });
  });
});
