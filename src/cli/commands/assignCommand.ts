import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { assignJsonLines } from '../../experiments/assignment/assignJsonLines';
import { invalidInput } from '../../shared/errors';
import type { CliContext } from '../cliContext';

const INPUT_HELP = `
Input (JSON lines): {"experiment": "exp-1", "id": "user-42", "weights": [0.5, 0.5], "coverage": 1, "seed": "exp-1"}
  coverage (default 1) and seed (default: the experiment key) are optional; "variations": n may replace weights.
Output (one line per non-blank input line, same order): {"id": "user-42", "variation": 1}
  variation -1 = not in the experiment (outside coverage). A bad line yields {"id": ..., "error": "line k: ..."}
  and the others are still assigned; the exit code stays 0. Assignment is identical to the GrowthBook SDK
  (hash version 2); adjusted weights or coverage are reported on stderr.`;

async function openInput(file: string, context: CliContext): Promise<Readable> {
  if (file === '-') return context.stdin;
  try {
    const handle = await open(resolve(context.cwd, file), 'r');
    return handle.createReadStream({ encoding: 'utf8' });
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw invalidInput(`input: cannot read ${JSON.stringify(file)} (${reason})`);
  }
}

/**
 * `cpo assign <file|->`: GrowthBook-compatible variation assignment for JSONL requests, streamed.
 * Exit code 0 even when some lines fail (each failure has its own error line, the rest are answered);
 * 2 when the input cannot be read or holds no request at all.
 */
export function registerAssignCommand(program: Command, context: CliContext): void {
  program
    .command('assign')
    .description(
      'Assign users to experiment variations exactly like the GrowthBook SDK (JSON lines in and out).',
    )
    .argument('<file>', 'JSONL input file, or - to read standard input')
    .addHelpText('after', INPUT_HELP)
    .action(async (file: string) => {
      const input = await openInput(file, context);
      const summary = await assignJsonLines(input, context.stdout, {
        warn: (message) => context.stderr.write(`cpo assign: warning: ${message}\n`),
      });
      if (summary.lines === 0) throw invalidInput('input: is empty (expected JSON lines)');
      if (summary.failed > 0) {
        context.stderr.write(
          `cpo assign: ${summary.failed} of ${summary.lines} line(s) failed; first: ${summary.firstError ?? ''}\n`,
        );
      }
    });
}
