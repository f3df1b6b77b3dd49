import type { Command } from 'commander';
import type { CliContext } from '../cliContext';

/** `cpo screen` — not implemented yet. */
export function registerScreenCommand(program: Command, _context: CliContext): void {
  program.command('screen').description('(not implemented yet)');
}
