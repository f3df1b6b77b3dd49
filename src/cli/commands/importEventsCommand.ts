import { servicesOf } from '../cliServices';
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { InvalidArgumentError, type Command } from 'commander';
import { importEvents } from '../../experiments/ingestion/importEvents';
import { EVENT_FILE_FORMATS, type EventFileFormat } from '../../experiments/ingestion/eventFileFormat';
import { notFound } from '../../shared/errors';
import { EXIT, type CliContext } from '../cliContext';

/** Malformed lines echoed on stderr before the rest are only counted (the summary has the total). */
const MAX_REPORTED_LINES = 100;

const HELP = `
Input: CSV with a header row, or JSON Lines (by extension: .csv / .jsonl .ndjson .json; else by content).
  Fields: campaign, arm (arm key or variant id), customer (id, pseudonymized on read, or a cus_ pseudonym),
  type (delivered, open, click, conversion, unsubscribe, complaint, held_out), timestamp (ISO 8601 or
  epoch), optional revenue (conversions), machineOpen / userAgent (Apple MPP opens), segment or region.
Output: a JSON summary on stdout; malformed lines are listed on stderr with their line numbers and
  skipped (exit code 1). Rows already counted by earlier imports are skipped, so re-importing is safe.`;

async function openInput(file: string, context: CliContext): Promise<Readable> {
  if (file === '-') return context.stdin;
  const stream = createReadStream(resolve(context.cwd, file));
  try {
    await once(stream, 'open');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw notFound(`The file ${file} does not exist.`);
    throw error;
  }
  return stream;
}

function parseFormat(value: string): EventFileFormat {
  const format = EVENT_FILE_FORMATS.find((candidate) => candidate === value.toLowerCase());
  if (!format) throw new InvalidArgumentError(`must be one of ${EVENT_FILE_FORMATS.join(', ')}`);
  return format;
}

/** `cpo import-events <file>`: engagement events (CSV or JSONL) into the experiment aggregates. */
export function registerImportEventsCommand(program: Command, context: CliContext): void {
  program
    .command('import-events')
    .description('Import engagement events (CSV or JSONL) into the experiment results, exactly once')
    .argument('<file>', 'CSV or JSONL file, or - for standard input')
    .option('--format <format>', `force the format (${EVENT_FILE_FORMATS.join(', ')})`, parseFormat)
    .addHelpText('after', HELP)
    .action(async (file: string, options: { format?: EventFileFormat }) => {
      const { experiments: services } = await servicesOf(context);
      const input = await openInput(file, context);
      let reported = 0;
      const summary = await importEvents(
        input,
        {
          name: file === '-' ? 'stdin' : file,
          ...(options.format === undefined ? {} : { format: options.format }),
          onMalformed: (message) => {
            reported++;
            if (reported <= MAX_REPORTED_LINES) context.stderr.write(`cpo: ${message}\n`);
          },
        },
        services,
      );
      if (reported > MAX_REPORTED_LINES) {
        context.stderr.write(`cpo: … and ${reported - MAX_REPORTED_LINES} more malformed line(s)\n`);
      }
      for (const warning of summary.warnings) context.stderr.write(`cpo: ${warning}\n`);
      context.stdout.write(`${JSON.stringify(summary)}\n`);
      if (summary.malformed > 0) context.setExitCode(EXIT.failure);
    });
}
