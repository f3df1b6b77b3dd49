import {
  runExperimentTool,
  summarizeResultsTool,
  type ExperimentToolContext,
} from '../../src/experiments/experimentTools';
import { TOOL_CATALOG } from '../../src/tools/toolCatalog';
import {
  createCampaign,
  createExperimentWorld,
  MARKETER,
  type ExperimentWorld,
} from './support/experimentFixtures';

describe('run_experiment and summarize_results tools', () => {
  let world: ExperimentWorld;
  let context: ExperimentToolContext;
  const manager = { id: 'manager-1', name: 'Manny Manager' };
  const roles = { has: (id: string, role: string) => (role === 'marketer' ? id === MARKETER.id : true) };

  beforeAll(async () => {
    world = await createExperimentWorld();
    context = { ...world.services, actor: MARKETER, roles };
    await createCampaign(world.services, { id: 'win-back-spring-sale-3f9a', audience: 90_000 });
    await createCampaign(world.services, { id: 'promo-summer-1b2c', audience: 500 });
  });

  it('are defined against the catalog schemas', () => {
    expect(runExperimentTool.name).toBe('run_experiment');
    expect(runExperimentTool.inputSchema).toBe(TOOL_CATALOG.run_experiment.inputSchema);
    expect(summarizeResultsTool.inputSchema).toBe(TOOL_CATALOG.summarize_results.inputSchema);
  });

  it('estimates power without changing anything (the default action)', async () => {
    const result = await runExperimentTool.execute(
      { campaign: 'promo-summer-1b2c', holdout: true, lift: 0.2 },
      context,
    );
    expect(result.action).toBe('power');
    if (result.action !== 'power') return;
    expect(result.power.adequate).toBe(false);
    expect(result.power.requested?.lift).toBe(0.2);
    expect(await world.services.definitions.find('promo-summer-1b2c')).toBeUndefined();
  });

  it('launches, then simulates, then summarizes the results by a loose name', async () => {
    const launched = await runExperimentTool.execute(
      { campaign: 'win-back-spring-sale-3f9a', action: 'launch', holdout: true },
      context,
    );
    expect(launched).toMatchObject({ action: 'launch', campaignId: 'win-back-spring-sale-3f9a' });
    if (launched.action !== 'launch') return;
    expect(launched.power.headline).toMatch(/^With [\d,]+ customers per arm you can detect/);
    expect(launched.definition.arms.map((arm) => arm.key)).toEqual(['control', 'v1', 'v2', 'holdout']);

    const simulated = await runExperimentTool.execute(
      { campaign: 'win-back-spring-sale-3f9a', action: 'simulate', days: 5, lift: 0.15 },
      context,
    );
    expect(simulated.action).toBe('simulate');
    if (simulated.action !== 'simulate') return;
    expect(simulated.simulation).toMatchObject({ days: 5, trueLift: 0.15 });
    expect(simulated.results.primary).toHaveLength(2);

    const summary = await summarizeResultsTool.execute(
      { campaign: 'spring-win-back' },
      { ...context, actor: manager },
    );
    expect(summary.campaignId).toBe('win-back-spring-sale-3f9a');
    expect(summary.results.statements).toHaveLength(2);
    expect(summary.results.arms.map((arm) => arm.key)).toEqual(['control', 'v1', 'v2', 'holdout']);
    const latest = await summarizeResultsTool.execute({}, { ...context, actor: manager });
    expect(latest.campaignId).toBe('win-back-spring-sale-3f9a');
  });

  it('reserves launching and simulating to marketers when roles are known', async () => {
    await expect(
      runExperimentTool.execute(
        { campaign: 'promo-summer-1b2c', action: 'launch' },
        { ...context, actor: manager },
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      runExperimentTool.execute(
        { campaign: 'win-back-spring-sale-3f9a', action: 'simulate' },
        { ...context, actor: manager },
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const power = await runExperimentTool.execute(
      { campaign: 'promo-summer-1b2c', action: 'power' },
      { ...context, actor: manager },
    );
    expect(power.action).toBe('power');
  });

  it('validates input and asks for a campaign', async () => {
    await expect(runExperimentTool.execute({ action: 'launch' }, context)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      userMessage: expect.stringMatching(/Which campaign\?/),
    });
    await expect(
      runExperimentTool.execute({ campaign: 'x', days: 500 } as never, context),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      userMessage: expect.stringMatching(/^Invalid run_experiment input: days:/),
    });
    await expect(
      runExperimentTool.execute({ campaign: 'x', baseline: 1.5 } as never, context),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      summarizeResultsTool.execute({ campaign: 'Not An Id' } as never, context),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      runExperimentTool.execute({ campaign: 'unknown-campaign', action: 'simulate' }, context),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
