import type { Command } from 'commander';
import type { CliContext } from '../cliContext';

/** `cpo plan` — not implemented yet. */
export function registerPlanCommand(program: Command, _context: CliContext): void {
  program.command('plan').description('(not implemented yet)');
}
