import type { Command } from 'commander';
import { AuditLog } from '../../audit/auditLog';
import { createTableStore } from '../../app/createTableStore';
import { EXIT, type CliContext } from '../cliContext';

function auditLogOf(context: CliContext): AuditLog {
  return new AuditLog(createTableStore(context.config()));
}

/** `cpo audit verify [--campaign X]` recomputes the hash chains; `cpo audit export` writes JSONL. */
export function registerAuditCommand(program: Command, context: CliContext): void {
  const audit = program.command('audit').description('Verify or export the hash-chained audit trail');

  audit
    .command('verify')
    .description('Recompute every audit chain (or one campaign) and report the first broken link')
    .option('--campaign <id>', 'only this campaign')
    .action(async (options: { campaign?: string }) => {
      const result = await auditLogOf(context).verify(options.campaign);
      context.stdout.write(`${JSON.stringify({ ok: result.firstBreak === undefined, ...result })}\n`);
      if (result.firstBreak) {
        const { partition, seq, problem } = result.firstBreak;
        context.stderr.write(`audit chain broken in ${partition} at record ${seq}: ${problem}\n`);
        context.setExitCode(EXIT.failure);
      }
    });

  audit
    .command('export')
    .description('Write every audit record as JSON lines (for compliance teams)')
    .option('--campaign <id>', 'only this campaign')
    .action(async (options: { campaign?: string }) => {
      const log = auditLogOf(context);
      const records =
        options.campaign === undefined ? await log.allRecords() : await log.records(options.campaign);
      for (const record of records) {
        const { partitionKey: _partition, rowKey: _row, details, ...rest } = record;
        context.stdout.write(`${JSON.stringify({ ...rest, details: JSON.parse(details) as unknown })}\n`);
      }
    });
}
