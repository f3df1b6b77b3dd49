import type { Command } from 'commander';
import { AuditLog } from '../../audit/auditLog';
import { createTableStore } from '../../app/createTableStore';
import { CAMPAIGNS_TABLE } from '../../campaigns/campaignRepository';
import type { TableStore } from '../../ports/TableStore';
import { EXIT, type CliContext } from '../cliContext';

/** Every campaign id the campaign store knows (its partitions). */
async function campaignIdsOf(store: TableStore): Promise<Set<string>> {
  const rows = await store.listAll(CAMPAIGNS_TABLE);
  return new Set(rows.map((row) => row.entity.partitionKey));
}

/** `cpo audit verify [--campaign X]` recomputes the hash chains; `cpo audit export` writes JSONL. */
export function registerAuditCommand(program: Command, context: CliContext): void {
  const audit = program.command('audit').description('Verify or export the hash-chained audit trail');

  audit
    .command('verify')
    .description(
      'Recompute every audit chain (or one campaign) and report the first broken link, campaigns without a chain and unfinished drafts',
    )
    .option('--campaign <id>', 'only this campaign')
    .action(async (options: { campaign?: string }) => {
      const store = createTableStore(context.config());
      const campaignIds = await campaignIdsOf(store);
      const result = await new AuditLog(store).verify({
        ...(options.campaign === undefined ? {} : { campaignId: options.campaign }),
        campaignIds,
      });
      const lost = (result.missingChains?.count ?? 0) > 0;
      context.stdout.write(
        `${JSON.stringify({ ok: result.firstBreak === undefined && !lost, campaigns: campaignIds.size, ...result })}\n`,
      );
      if (result.empty) {
        context.stderr.write(
          campaignIds.size === 0
            ? 'the audit store is empty (no campaign either): nothing to verify\n'
            : `the audit store is empty but ${campaignIds.size} campaign(s) exist: audit records were lost\n`,
        );
      }
      if (result.missingChains && result.missingChains.count > 0) {
        context.stderr.write(
          `${result.missingChains.count} campaign(s) have no audit chain (records lost), e.g. ${result.missingChains.campaigns.join(', ')}\n`,
        );
      }
      if (result.aborted.count > 0) {
        context.stderr.write(
          `${result.aborted.count} draft chain(s) aborted (the draft never produced a campaign; not tampering), e.g. ${result.aborted.partitions.join(', ')}\n`,
        );
      }
      if (result.firstBreak) {
        const { partition, seq, problem } = result.firstBreak;
        context.stderr.write(`audit chain broken in ${partition} at record ${seq}: ${problem}\n`);
      }
      if (result.firstBreak || lost) context.setExitCode(EXIT.failure);
    });

  audit
    .command('export')
    .description('Write every audit record as JSON lines (for compliance teams)')
    .option('--campaign <id>', 'only this campaign')
    .action(async (options: { campaign?: string }) => {
      const log = new AuditLog(createTableStore(context.config()));
      const records =
        options.campaign === undefined ? await log.allRecords() : await log.records(options.campaign);
      for (const record of records) {
        const { partitionKey: _partition, rowKey: _row, details, ...rest } = record;
        context.stdout.write(`${JSON.stringify({ ...rest, details: JSON.parse(details) as unknown })}\n`);
      }
    });
}
