import type { Command } from 'commander';
import { AuditLog } from '../../audit/auditLog';
import { createTableStore } from '../../app/createTableStore';
import { Pseudonymizer } from '../../privacy/pseudonymizer';
import { eraseCustomer } from '../../privacy/eraseCustomer';
import { invalidInput } from '../../shared/errors';
import type { CliContext } from '../cliContext';

/** `cpo forget <customerId>`: erasure request for one customer, recorded (pseudonymized) in the audit log. */
export function registerForgetCommand(program: Command, context: CliContext): void {
  program
    .command('forget')
    .description(
      "Erase a customer's data from the stores we own and audit the erasure (without the id in clear)",
    )
    .argument('<customerId>', 'the customer id to erase')
    .option('--actor <id>', 'who requested the erasure', 'cli')
    .action(async (customerId: string, options: { actor: string }) => {
      if (customerId.trim() === '') throw invalidInput('customerId must not be empty.');
      const config = context.config();
      const audit = new AuditLog(createTableStore(config));
      await audit.init();
      const result = await eraseCustomer(
        customerId.trim(),
        config.files.customers,
        new Pseudonymizer(config.privacy.pseudonymKey, config.privacy.pseudonymKeyId),
        audit,
        options.actor,
      );
      context.stdout.write(`${JSON.stringify(result)}\n`);
    });
}
