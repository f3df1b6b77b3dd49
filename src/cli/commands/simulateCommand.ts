import { servicesOf } from '../cliServices';
import { InvalidArgumentError, type Command } from 'commander';
import { launchExperiment } from '../../experiments/definition/launchExperiment';
import { runSimulation } from '../../experiments/simulation/runSimulation';
import { requireCampaign, requireLaunchedCampaign } from '../../experiments/reporting/exactCampaign';
import type { CliContext } from '../cliContext';
import { reviewersFromConfig } from '../reviewersOf';

interface SimulateOptions {
  campaign: string;
  days: number;
  lift: number;
  baseline?: number;
  seed?: number;
  users?: number;
  skew?: number;
  guardrailLift?: number;
  launch?: boolean;
  holdout?: boolean;
  actor: string;
}

const number = (value: string): number => {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) throw new InvalidArgumentError('must be a number');
  return parsed;
};

const HELP = `
Generates engagement with a known true lift (variants' click rate = baseline * (1 + lift)) for a launched
experiment and writes it through the same aggregate path as imports; then run \`cpo report\` and compare.
--skew moves that share of control recipients into the first variant (a broken split: the SRM check fires).
Simulated events are marked and never dated after now (a run squeezes its days into the time since the
data so far ends); experiments with real engagement are refused. --campaign is an exact id: an unknown id
exits 2 and lists the closest ids; a campaign not launched yet (without --launch) says its state.
Output: a JSON summary (true rates and simulated recipients per arm) on stdout.`;

/** `cpo simulate --campaign <id> --days 7 --lift 0.12`: synthetic engagement with a known true lift. */
export function registerSimulateCommand(program: Command, context: CliContext): void {
  program
    .command('simulate')
    .description('Simulate engagement with a known true lift for a launched experiment')
    .requiredOption('--campaign <id>', 'campaign id')
    .option('--days <n>', 'days of sends and engagement', number, 7)
    .option('--lift <x>', "true relative lift of the variants' click rate (0.12 = +12%)", number, 0.1)
    .option('--baseline <rate>', "control click rate (default: the launch's planning rate)", number)
    .option('--seed <n>', 'random seed (same seed, same events)', number)
    .option('--users <n>', 'recipients to simulate (default: the audience size)', number)
    .option('--skew <share>', 'share of control recipients leaked into the first variant', number)
    .option(
      '--guardrail-lift <x>',
      "relative change of the variants' unsubscribe and complaint rates",
      number,
    )
    .option('--launch', 'launch the experiment first when it is not launched yet')
    .option('--holdout', 'with --launch: include a holdout arm')
    .option('--actor <id>', 'who launches (with --launch)', 'cli')
    .addHelpText('after', HELP)
    .action(async (options: SimulateOptions) => {
      const config = context.config();
      const { experiments: services } = await servicesOf(context);
      // Exact ids only: an unknown id exits 2 with the closest ids, never another campaign.
      await requireCampaign(services, options.campaign);
      let launched = false;
      if (!options.launch) {
        await requireLaunchedCampaign(services, options.campaign, reviewersFromConfig(config, services));
      } else if (!(await services.definitions.find(options.campaign))) {
        const outcome = await launchExperiment(
          {
            campaignId: options.campaign,
            holdout: options.holdout ?? false,
            actor: { id: options.actor, name: options.actor },
          },
          services,
        );
        context.stderr.write(
          `cpo: launched ${outcome.definition.experimentKey}. ${outcome.power.headline}\n`,
        );
        for (const warning of outcome.power.warnings) context.stderr.write(`cpo: ${warning}\n`);
        launched = true;
      }
      const summary = await runSimulation(
        {
          campaignId: options.campaign,
          days: options.days,
          lift: options.lift,
          ...(options.baseline === undefined ? {} : { baseline: options.baseline }),
          ...(options.seed === undefined ? {} : { seed: options.seed }),
          ...(options.users === undefined ? {} : { users: options.users }),
          ...(options.skew === undefined ? {} : { skew: options.skew }),
          ...(options.guardrailLift === undefined ? {} : { guardrailLift: options.guardrailLift }),
        },
        services,
      );
      context.stdout.write(`${JSON.stringify({ ...summary, launched })}\n`);
    });
}
