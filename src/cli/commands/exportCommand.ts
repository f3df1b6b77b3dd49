import { resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { DefinitionRepository } from '../../experiments/definition/definitionRepository';
import { AuditLog } from '../../audit/auditLog';
import { CampaignRepository } from '../../campaigns/campaignRepository';
import { createTableStore } from '../../app/createTableStore';
import { SEND_LIST_FORMATS, type SendListFormat } from '../../ports/CustomerSource';
import type { CliContext } from '../cliContext';

interface ExportOptions {
  actor: string;
  format: SendListFormat;
  out?: string;
  customers?: string;
}

/** `cpo export <campaign> [--format csv|parquet] [--out <file>]`: the send list of a launched campaign. */
export function registerExportCommand(program: Command, context: CliContext): void {
  program
    .command('export <campaign>')
    .description(
      'Write the pseudonymized send list (customerRef,arm) of an approved, launched campaign, streamed from the customer engine. Unknown or unlaunched campaigns exit with 2.',
    )
    .addOption(new Option('--format <format>', 'file format').choices(SEND_LIST_FORMATS).default('csv'))
    .option('--out <file>', 'output file; default: <CPO_OUT_DIR>/<campaign>/send-list.<format>')
    .option('--customers <file>', 'customer file (CSV, JSONL or Parquet); default: CPO_CUSTOMERS_FILE')
    .option('--actor <id>', 'who exports the list (audited)', 'cli')
    .action(async (campaignId: string, options: ExportOptions) => {
      const config = context.config();
      const logger = context.logger();
      const store = createTableStore(config);
      const campaigns = new CampaignRepository(store);
      const definitions = new DefinitionRepository(store);
      const audit = new AuditLog(store);
      await Promise.all([campaigns.init(), definitions.init(), audit.init()]);
      const file = resolve(
        context.cwd,
        options.out ?? `${config.files.outDir}/${campaignId}/send-list.${options.format}`,
      );
      // Engines load on use: commands that never touch customers start without them.
      const { exportSendList } = await import('../../pipeline/exportSendList');
      const { createCustomerSource } = await import('../../app/createCustomerSource');
      const summary = await exportSendList(
        { campaignId, format: options.format, file },
        {
          campaigns,
          definitions,
          openCustomers: () =>
            createCustomerSource(config, logger, {
              cwd: context.cwd,
              ...(options.customers ? { file: options.customers } : {}),
            }),
          pseudonymKey: config.privacy.pseudonymKey,
          pseudonymKeyId: config.privacy.pseudonymKeyId,
        },
      );
      // Materializing a list of (pseudonymized) customers is audited; the list itself never enters the chain.
      await audit.append({
        action: 'send_list_exported',
        actor: options.actor,
        campaignId,
        details: {
          experimentKey: summary.experimentKey,
          format: summary.format,
          rows: summary.rows,
          arms: summary.arms,
        },
      });
      context.stdout.write(`${JSON.stringify(summary)}\n`);
    });
}
