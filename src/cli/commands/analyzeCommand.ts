import type { Command } from 'commander';
import type { CliContext } from '../cliContext';

/** `cpo analyze` — not implemented yet. */
export function registerAnalyzeCommand(program: Command, _context: CliContext): void {
  program.command('analyze').description('(not implemented yet)');
}
