import { servicesOf } from '../cliServices';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { generateReport } from '../../experiments/reporting/generateReport';
import type { CliContext } from '../cliContext';
import { reviewersFromConfig } from '../reviewersOf';

const HELP = `
Writes <out>/<campaign>.md and a self-contained <out>/<campaign>.html (inline SVG charts): recommendation,
sample-ratio check, per-arm lift with CIs and corrected p-values, guardrails, freshness, and why each variant
was generated. The campaign is its exact id: an unknown id exits 2 and lists the closest ids; a campaign
not launched yet exits 1 and says its state (which variants await whom). Output: {campaign, markdown,
html, recommendation} on stdout.`;

/** `cpo report <campaign> [--out out/reports]`: Markdown + HTML experiment report. */
export function registerReportCommand(program: Command, context: CliContext): void {
  program
    .command('report')
    .description('Write the experiment report (Markdown and self-contained HTML) for a campaign')
    .argument('<campaign>', 'campaign id (exact)')
    .option('--out <dir>', 'output directory (default: <outDir>/reports)')
    .option('--actor <id>', 'who asks (recorded in the audit log)', 'cli')
    .addHelpText('after', HELP)
    .action(async (campaign: string, options: { out?: string; actor: string }) => {
      const config = context.config();
      const { experiments: services } = await servicesOf(context);
      const given = options.out ?? join(config.files.outDir, 'reports');
      // Files go under the working directory; the printed paths stay as given (repo-relative by default).
      const outcome = await generateReport(
        {
          campaign,
          outDir: resolve(context.cwd, given),
          displayDir: given,
          actor: options.actor,
          exact: { reviewersOf: reviewersFromConfig(config, services) },
        },
        services,
      );
      context.stdout.write(`${JSON.stringify(outcome)}\n`);
    });
}
