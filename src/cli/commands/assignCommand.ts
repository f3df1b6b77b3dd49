import type { Command } from 'commander';
import type { CliContext } from '../cliContext';

/** `cpo assign` — not implemented yet. */
export function registerAssignCommand(program: Command, _context: CliContext): void {
  program.command('assign').description('(not implemented yet)');
}
