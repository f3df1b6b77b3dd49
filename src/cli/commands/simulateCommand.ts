import type { Command } from 'commander';
import type { CliContext } from '../cliContext';

/** `cpo simulate` — not implemented yet. */
export function registerSimulateCommand(program: Command, _context: CliContext): void {
  program.command('simulate').description('(not implemented yet)');
}
