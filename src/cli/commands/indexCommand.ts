import type { Command } from 'commander';
import type { CliContext } from '../cliContext';

/** `cpo index` — not implemented yet. */
export function registerIndexCommand(program: Command, _context: CliContext): void {
  program.command('index').description('(not implemented yet)');
}
