import type { Command } from 'commander';
import type { CliContext } from '../cliContext';

/** `cpo data` — not implemented yet. */
export function registerDataCommand(program: Command, _context: CliContext): void {
  program.command('data').description('(not implemented yet)');
}
