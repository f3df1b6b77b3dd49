import type { Command } from 'commander';
import type { CliContext } from '../cliContext';

/** `cpo run` — not implemented yet. */
export function registerRunCommand(program: Command, _context: CliContext): void {
  program.command('run').description('(not implemented yet)');
}
