import type { Command } from 'commander';
import type { CliContext } from '../cliContext';

/** `cpo report` — not implemented yet. */
export function registerReportCommand(program: Command, _context: CliContext): void {
  program.command('report').description('(not implemented yet)');
}
