import { resolve } from 'node:path';
import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { AuditLog } from '../../audit/auditLog';
import { createComponents } from '../../app/createComponents';
import { seedSampleData } from '../../app/seedSampleData';
import { readCustomersFile } from '../../customers/readCustomersCsv';
import { loadExperimentRunConfig } from '../../pipeline/experimentRunConfig';
import { runPipeline } from '../../pipeline/runPipeline';
import { Pseudonymizer } from '../../privacy/pseudonymizer';
import type { CliContext } from '../cliContext';

/** `cpo run --config config/experiment.yaml`: the whole pipeline without Teams, outputs under out/. */
export function registerRunCommand(program: Command, context: CliContext): void {
  program
    .command('run')
    .description('Run segment → retrieve → generate → screen → assign without Teams; writes out/<campaign>/')
    .option('--config <file>', 'run configuration', 'config/experiment.yaml')
    .option('--no-progress', 'no progress bar on stderr')
    .action(async (options: { config: string; progress: boolean }) => {
      const config = context.config();
      const logger = context.logger();
      const run = loadExperimentRunConfig(resolve(context.cwd, options.config));
      await seedSampleData(config, logger);
      const components = await createComponents(config, logger);
      const audit = new AuditLog(components.store);
      await audit.init();
      // The customer file is streamed several times (segment, membership, assignment): report each bad line once.
      const badLines = new Set<number>();
      const bar = new SingleBar(
        {
          stream: context.stderr as NodeJS.WritableStream,
          format: 'assigning {bar} {value}/{total} customers',
        },
        Presets.shades_classic,
      );
      let started = false;
      const summary = await runPipeline(run, {
        agents: components.agents,
        customers: () =>
          readCustomersFile(config.files.customers, {
            onInvalidRow: (issue) => {
              if (badLines.has(issue.line)) return;
              badLines.add(issue.line);
              context.stderr.write(`customers line ${issue.line}: ${issue.message}\n`);
            },
          }),
        pseudonymizer: new Pseudonymizer(config.privacy.pseudonymKey, config.privacy.pseudonymKeyId),
        audit,
        outDir: resolve(context.cwd, config.files.outDir),
        onProgress: (done, total) => {
          if (!options.progress) return;
          if (!started) {
            bar.start(total, 0);
            started = true;
          }
          bar.update(done);
        },
      });
      if (started) bar.stop();
      context.stdout.write(`${JSON.stringify({ ...summary, skippedRows: badLines.size })}\n`);
    });
}
