import type { Command } from 'commander';
import type { CliContext } from '../cliContext';

/** `cpo power` — not implemented yet. */
export function registerPowerCommand(program: Command, _context: CliContext): void {
  program.command('power').description('(not implemented yet)');
}
