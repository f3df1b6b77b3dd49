import type { Command } from 'commander';
import type { CliContext } from '../cliContext';

/** `cpo import-events` — not implemented yet. */
export function registerImportEventsCommand(program: Command, _context: CliContext): void {
  program.command('import-events').description('(not implemented yet)');
}
