import { GrowthBook } from '@growthbook/growthbook';
import { planSampleSize } from '../../../src/experiments/analysis/planSampleSize';
import { assignArm, growthBookExperiment } from '../../../src/experiments/definition/experimentDefinition';
import { estimatePower, launchExperiment } from '../../../src/experiments/definition/launchExperiment';
import { minimumDetectableLift } from '../../../src/experiments/definition/minimumDetectableLift';
import { summarizePower } from '../../../src/experiments/definition/powerSummary';
import { experimentSettings } from '../../../src/experiments/definition/experimentSettings';
import { AGGREGATES_TABLE } from '../../../src/experiments/aggregates/aggregateRepository';
import { sampleVariant } from '../../support/fixtures';
import {
  createCampaign,
  createExperimentWorld,
  launchCampaign,
  MARKETER,
  type ExperimentWorld,
} from '../support/experimentFixtures';

const blocked = {
  verdict: 'block' as const,
  categories: { hate: 6, violence: 0, selfHarm: 0, sexual: 0 },
  reasons: ['hate' as const],
  findings: [],
  screener: 'local-screener@1',
};

describe('launching an experiment', () => {
  let world: ExperimentWorld;
  beforeAll(async () => {
    world = await createExperimentWorld();
  });

  it('stores only the definition: key, seed, arms with weights, coverage, time, audience, metric and plan', async () => {
    const { definition, power } = await launchCampaign(world.services, {
      id: 'launch-basic',
      variants: 2,
      audience: 40000,
    });
    expect(definition).toMatchObject({
      campaignId: 'launch-basic',
      experimentKey: 'cpo-launch-basic',
      hashAttribute: 'id',
      hashVersion: 2,
      coverage: 1,
      launchedAt: '2026-03-02T09:00:00.000Z',
      launchedBy: MARKETER.id,
      audienceSize: 40000,
      primaryMetric: 'click_rate',
    });
    expect(definition.seed).toMatch(/^[0-9a-f]{16}$/);
    expect(definition.arms.map((arm) => [arm.key, arm.kind, arm.label])).toEqual([
      ['control', 'control', 'Control (business as usual)'],
      ['v1', 'variant', 'Variant 1'],
      ['v2', 'variant', 'Variant 2'],
    ]);
    expect(definition.arms.reduce((sum, arm) => sum + arm.weight, 0)).toBeCloseTo(1, 12);
    for (const arm of definition.arms) expect(arm.routeCode).toMatch(/^[0-9a-f]{8}$/);
    expect(await world.services.definitions.get('launch-basic')).toEqual(definition);
    expect(definition.plan.usersPerArm).toBeLessThanOrEqual(power.usersPerArm);
    // Nothing per customer anywhere: the aggregates partition is still empty.
    expect(await world.store.listPartition(AGGREGATES_TABLE, 'launch-basic')).toHaveLength(0);
  });

  it('marks the campaign launched and audits launch and assignment_defined', async () => {
    const { definition } = await launchCampaign(world.services, { id: 'launch-audit' });
    expect((await world.services.campaigns.getCampaign('launch-audit')).status).toBe('launched');
    const records = await world.services.audit.records('launch-audit');
    expect(records.map((record) => record.action)).toEqual(['launch', 'assignment_defined']);
    const assignment = JSON.parse(records[1]?.details ?? '{}') as Record<string, unknown>;
    expect(assignment).toMatchObject({
      experimentKey: definition.experimentKey,
      seed: definition.seed,
      hashVersion: 2,
      variations: ['control', 'v1', 'v2'],
      coverage: 1,
    });
    expect(await world.services.audit.verify('launch-audit')).toMatchObject({ records: 2 });
  });

  it('adds a 10% holdout when asked', async () => {
    const { definition } = await launchCampaign(world.services, {
      id: 'launch-holdout',
      variants: 3,
      holdout: true,
    });
    expect(definition.arms.map((arm) => [arm.key, Number(arm.weight.toFixed(4))])).toEqual([
      ['control', 0.225],
      ['v1', 0.225],
      ['v2', 0.225],
      ['v3', 0.225],
      ['holdout', 0.1],
    ]);
  });

  it('registers one route per arm that resolves to campaign and arm', async () => {
    const { definition } = await launchCampaign(world.services, { id: 'launch-routes' });
    for (const arm of definition.arms) {
      expect(await world.services.routes.resolve(arm.routeCode)).toEqual({
        campaignId: 'launch-routes',
        arm: arm.key,
      });
    }
    expect(await world.services.routes.resolve('00000000')).toBeUndefined();
  });

  it.each([
    ['a pending variant', { 1: { status: 'pending' as const, approvals: [] } }, /Variant 2 is still pending/],
    [
      'a rejected variant',
      {
        0: {
          status: 'rejected' as const,
          rejection: { by: MARKETER, at: '2026-03-01T00:00:00Z', reason: 'tone' as const, comment: '' },
        },
      },
      /Variant 1 is rejected/,
    ],
    [
      'no approved variant',
      { 0: { status: 'pending' as const }, 1: { status: 'pending' as const } },
      /No variant .* is approved yet/,
    ],
  ])('refuses with CONFLICT when there is %s', async (_name, reviews, message) => {
    const id = `launch-refuse-${Object.keys(reviews).join('')}-${String(message).length}`;
    await createCampaign(world.services, { id, reviews });
    await expect(
      launchExperiment({ campaignId: id, holdout: false, actor: MARKETER }, world.services),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      userMessage: expect.stringMatching(message),
    });
    expect(await world.services.definitions.find(id)).toBeUndefined();
    expect((await world.services.campaigns.getCampaign(id)).status).toBe('draft');
  });

  it('leaves safety-blocked variants out, and refuses when every variant is blocked', async () => {
    await createCampaign(world.services, {
      id: 'launch-blocked-one',
      variants: 3,
      reviews: {
        1: { status: 'pending', approvals: [], variant: sampleVariant({ id: 'v2', safety: blocked }) },
      },
    });
    const { definition } = await launchExperiment(
      { campaignId: 'launch-blocked-one', holdout: false, actor: MARKETER },
      world.services,
    );
    expect(definition.arms.map((arm) => arm.key)).toEqual(['control', 'v1', 'v3']);

    await createCampaign(world.services, {
      id: 'launch-blocked-all',
      variants: 1,
      reviews: {
        0: { status: 'pending', approvals: [], variant: sampleVariant({ id: 'v1', safety: blocked }) },
      },
    });
    await expect(
      launchExperiment({ campaignId: 'launch-blocked-all', holdout: false, actor: MARKETER }, world.services),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      userMessage: expect.stringMatching(/blocked by the safety screen/),
    });
  });

  it('refuses a second launch, also when two launches race', async () => {
    await launchCampaign(world.services, { id: 'launch-twice' });
    await expect(
      launchExperiment({ campaignId: 'launch-twice', holdout: true, actor: MARKETER }, world.services),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      userMessage: expect.stringMatching(/already launched/),
    });
    await createCampaign(world.services, { id: 'launch-race' });
    const attempts = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        launchExperiment({ campaignId: 'launch-race', holdout: false, actor: MARKETER }, world.services),
      ),
    );
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
    for (const attempt of attempts) {
      if (attempt.status === 'rejected') expect(attempt.reason).toMatchObject({ code: 'CONFLICT' });
    }
    expect(
      (await world.services.audit.records('launch-race')).filter((record) => record.action === 'launch'),
    ).toHaveLength(1);
  });

  it('draws new route codes when a code is already taken by another experiment', async () => {
    const { definition: first } = await launchCampaign(world.services, { id: 'launch-codes-a', variants: 1 });
    const taken = first.arms[0]?.routeCode ?? '';
    // Draw order: route codes per arm (first attempt collides on control), then the seed.
    const draws = [taken, 'aaaaaaa1', 'bbbbbbb1', 'bbbbbbb2', '0123456789abcdef'];
    const scripted = {
      ...world.services,
      randomHex: (bytes: number) => (draws.shift() ?? 'f'.repeat(bytes * 2)).slice(0, bytes * 2),
    };
    await createCampaign(world.services, { id: 'launch-codes-b', variants: 1 });
    const { definition } = await launchExperiment(
      { campaignId: 'launch-codes-b', holdout: false, actor: MARKETER },
      scripted,
    );
    expect(definition.arms.map((arm) => arm.routeCode)).toEqual(['bbbbbbb1', 'bbbbbbb2']);
    expect(definition.seed).toBe('0123456789abcdef');
    expect(await world.services.routes.resolve(taken)).toEqual({
      campaignId: 'launch-codes-a',
      arm: 'control',
    });
    expect(await world.services.routes.resolve('aaaaaaa1')).toBeUndefined();
  });

  it('reports NOT_FOUND for an unknown campaign', async () => {
    await expect(
      launchExperiment({ campaignId: 'nope', holdout: false, actor: MARKETER }, world.services),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('deterministic GrowthBook-compatible assignment', () => {
  let world: ExperimentWorld;
  beforeAll(async () => {
    world = await createExperimentWorld();
  });

  it('gives every customer the same arm every time, identical to the GrowthBook SDK', async () => {
    const { definition } = await launchCampaign(world.services, {
      id: 'assign-gb',
      variants: 3,
      holdout: true,
    });
    const sdkExperiment = growthBookExperiment(definition);
    const counts = new Map<string, number>();
    for (let index = 0; index < 3000; index++) {
      const id = `C${String(index).padStart(6, '0')}`;
      const arm = assignArm(definition, id);
      expect(assignArm(definition, id)).toBe(arm);
      const growthbook = new GrowthBook({ attributes: { id } });
      const result = growthbook.run({
        key: sdkExperiment.key,
        variations: sdkExperiment.variations as [string, string, ...string[]],
        weights: sdkExperiment.weights,
        coverage: sdkExperiment.coverage,
        seed: sdkExperiment.seed,
        hashVersion: 2,
      });
      growthbook.destroy();
      expect(result.inExperiment ? result.value : undefined).toBe(arm?.key);
      counts.set(arm?.key ?? 'none', (counts.get(arm?.key ?? 'none') ?? 0) + 1);
    }
    // The split follows the weights (22.5% per message arm, 10% holdout) within sampling error.
    expect(Math.abs((counts.get('holdout') ?? 0) / 3000 - 0.1)).toBeLessThan(0.025);
    expect(Math.abs((counts.get('v2') ?? 0) / 3000 - 0.225)).toBeLessThan(0.035);
  });

  it('reproduces the assignment from the stored definition alone', async () => {
    const { definition } = await launchCampaign(world.services, { id: 'assign-stored' });
    const stored = await world.services.definitions.get('assign-stored');
    for (const id of ['C1', 'C2', 'customer-3', 'ünïcode-4', '42'])
      expect(assignArm(stored, id)?.key).toBe(assignArm(definition, id)?.key);
  });
});

describe('power summary', () => {
  const settings = experimentSettings();
  const arms = (variants: number, holdout: boolean) => {
    const messageShare = holdout ? 0.9 : 1;
    const list = Array.from({ length: variants + 1 }, (_, index) => ({
      key: index === 0 ? 'control' : `v${index}`,
      label: index === 0 ? 'Control' : `Variant ${index}`,
      kind: index === 0 ? ('control' as const) : ('variant' as const),
      weight: messageShare / (variants + 1),
    }));
    return holdout
      ? [...list, { key: 'holdout', label: 'Holdout', kind: 'holdout' as const, weight: 0.1 }]
      : list;
  };

  it('states the detectable lift in plain words and inverts the sample-size plan', () => {
    const summary = summarizePower({
      campaignId: 'p',
      audienceSize: 24800,
      arms: arms(1, false),
      coverage: 1,
      settings,
    });
    expect(summary.usersPerArm).toBe(12400);
    expect(summary.headline).toMatch(
      /^With 12,400 customers per arm you can detect a \d+% relative lift in click rate at 80% power\.$/,
    );
    const mde = summary.minimumDetectableLift ?? 0;
    const needed = planSampleSize({
      baselineRate: 0.04,
      mde,
      alpha: 0.05,
      power: 0.8,
      arms: 2,
      strict: true,
    }).usersPerArm;
    expect(Math.abs(needed - 12400)).toBeLessThanOrEqual(2);
  });

  it('splits alpha over the comparisons (more variants, larger detectable lift)', () => {
    const one =
      minimumDetectableLift({
        usersPerArm: 10000,
        baselineRate: 0.04,
        alpha: 0.05,
        power: 0.8,
        comparisons: 1,
      }) ?? 0;
    const three =
      minimumDetectableLift({
        usersPerArm: 10000,
        baselineRate: 0.04,
        alpha: 0.05,
        power: 0.8,
        comparisons: 3,
      }) ?? 0;
    expect(three).toBeGreaterThan(one);
  });

  it('warns when the audience is too small and says what the target needs', () => {
    const summary = summarizePower({
      campaignId: 'p',
      audienceSize: 600,
      arms: arms(2, true),
      coverage: 1,
      settings,
    });
    expect(summary.adequate).toBe(false);
    expect(summary.warnings.join(' ')).toMatch(/too small to detect a 10% lift/);
    expect(summary.warnings.join(' ')).toMatch(/pilot/);
    expect(summary.arms.find((arm) => arm.key === 'holdout')?.expectedUsers).toBe(60);
  });

  it('has no detectable lift without users, and answers a requested lift', () => {
    expect(
      minimumDetectableLift({ usersPerArm: 0, baselineRate: 0.04, alpha: 0.05, power: 0.8, comparisons: 1 }),
    ).toBeNull();
    const summary = summarizePower({
      campaignId: 'p',
      audienceSize: 400000,
      arms: arms(1, false),
      coverage: 1,
      settings,
      requestedLift: 0.05,
    });
    expect(summary.requested).toMatchObject({ lift: 0.05, detectable: true });
    const impossible = summarizePower({
      campaignId: 'p',
      audienceSize: 2000,
      arms: arms(1, false),
      coverage: 1,
      settings,
      requestedLift: -1,
    });
    expect(impossible.requested).toMatchObject({ usersPerArm: null, detectable: false });
  });

  it('estimates power for a campaign before launch, from its non-blocked variants', async () => {
    const world = await createExperimentWorld();
    await createCampaign(world.services, {
      id: 'power-before',
      variants: 2,
      audience: 30000,
      reviews: { 1: { status: 'pending' } },
    });
    const summary = await estimatePower(
      { campaignId: 'power-before', holdout: true, lift: 0.2 },
      world.services,
    );
    expect(summary.arms.map((arm) => arm.key)).toEqual(['control', 'v1', 'v2', 'holdout']);
    expect(summary.usersPerArm).toBe(9000);
    expect(summary.requested?.lift).toBe(0.2);
    expect(await world.services.definitions.find('power-before')).toBeUndefined();
  });
});
