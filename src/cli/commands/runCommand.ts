import { resolve } from 'node:path';
import type { Command } from 'commander';
import { AuditLog } from '../../audit/auditLog';
import { CampaignRepository } from '../../campaigns/campaignRepository';
import { seedSampleData } from '../../app/seedSampleData';
import { segmentCustomersTool } from '../../agents/segmentation/segmentCustomersTool';
import type { SegmentationResult } from '../../agents/segmentation/segmentCustomers';
import type { SegmentCustomersInput } from '../../tools/inputs/segmentCustomersInput';
import type { AgentSuite } from '../../orchestration/agentSuite';
import type { CustomerSource } from '../../ports/CustomerSource';
import { loadExperimentRunConfig } from '../../pipeline/experimentRunConfig';
import { runPipeline } from '../../pipeline/runPipeline';
import type { CliContext } from '../cliContext';
import { markPhase, markWhenDone } from '../phaseTiming';

interface RunOptions {
  customers?: string;
  config: string;
  out?: string;
  progress: boolean;
}

/**
 * The agent suite with segmentation answered by the customer engine (the file given on the command line).
 * The run's own audience was started early (`started`): its query runs in the engine's threads while the
 * agents load.
 */
function withCustomerEngine(
  agents: AgentSuite,
  customers: CustomerSource,
  started: { input: SegmentCustomersInput; result: Promise<SegmentationResult> },
): AgentSuite {
  const startedKey = JSON.stringify(started.input);
  return {
    ...agents,
    segment: async (input) => {
      const result =
        JSON.stringify(input) === startedKey
          ? await started.result
          : await segmentCustomersTool.execute(input, { customers });
      markPhase('draft chain: segment');
      return [result.segment, ...(result.cohorts ?? [])];
    },
    retrieve: (input) => markWhenDone('draft chain: retrieve', agents.retrieve(input)),
    generate: (input, workspace) => markWhenDone('draft chain: generate', agents.generate(input, workspace)),
    screenVariants: (variants, sources) =>
      markWhenDone('draft chain: screen', agents.screenVariants(variants, sources)),
  };
}

/** `cpo run --customers <file> [--config <file>] [--out <dir>]`: draft a campaign without Teams. */
export function registerRunCommand(program: Command, context: CliContext): void {
  program
    .command('run')
    .description(
      'Draft a campaign without Teams: segment → retrieve → generate → screen, size the segment and arms, and store it for approvers. Writes plan, segment, variants and summary files to <out>/<campaign>/; no send list (after approval and launch: `cpo export <campaign>`).',
    )
    .option(
      '--customers <file>',
      'customer file: CSV (header as data/customers.csv), JSONL or Parquet; default: CPO_CUSTOMERS_FILE',
    )
    .option(
      '--config <file>',
      'run configuration (campaign, audience, content, message)',
      'config/experiment.yaml',
    )
    .option('--out <dir>', 'output folder; default: CPO_OUT_DIR')
    .option('--no-progress', 'no stage messages on stderr')
    .action(async (options: RunOptions) => {
      const config = context.config();
      const logger = context.logger();
      const run = loadExperimentRunConfig(resolve(context.cwd, options.config));
      markPhase('configuration loaded');
      if (!options.customers) await seedSampleData(config, logger);
      // Engines load on use: commands that never touch customers start without them.
      const { createCustomerSource } = await import('../../app/createCustomerSource');
      const customers = await createCustomerSource(config, logger, {
        cwd: context.cwd,
        ...(options.customers ? { file: options.customers } : {}),
      });
      markPhase('customer source opened');
      try {
        const segmented = markWhenDone(
          'segment sized by the engine',
          segmentCustomersTool.execute(run.audience, { customers }),
        );
        segmented.catch(() => undefined); // awaited by the draft chain; never an unhandled rejection
        // Loaded here, not at start-up: the agents are heavy and only `cpo run` needs them.
        const { createComponents } = await import('../../app/createComponents');
        markPhase('components loaded');
        const components = await createComponents(config, logger, { customers });
        markPhase('components created');
        const audit = new AuditLog(components.store);
        const campaigns = new CampaignRepository(components.store);
        await Promise.all([audit.init(), campaigns.init()]);
        markPhase('tables ready');
        const summary = await runPipeline(run, {
          agents: withCustomerEngine(components.agents, customers, {
            input: run.audience,
            result: segmented,
          }),
          campaigns,
          audit,
          outDir: resolve(context.cwd, options.out ?? config.files.outDir),
          onStage: (stage) => {
            markPhase(`stage: ${stage}`);
            if (options.progress) context.stderr.write(`cpo run: ${stage}…\n`);
          },
        });
        markPhase('campaign stored, files written');
        context.stdout.write(`${JSON.stringify(summary)}\n`);
      } finally {
        await customers.close();
      }
    });
}
