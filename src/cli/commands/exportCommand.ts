import type { Command } from 'commander';
import type { CliContext } from '../cliContext';

/** `cpo export <campaign>`: placeholder, filled in below. */
export function registerExportCommand(program: Command, context: CliContext): void {
  void context;
  program.command('export <campaign>').description('Export the send list of a launched campaign');
}
