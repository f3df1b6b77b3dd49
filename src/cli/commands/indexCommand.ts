import { resolve, relative } from 'node:path';
import type { Command } from 'commander';
import { loadContentDirectory } from '../../content/loadContentDirectory';
import { describeContentProblem } from '../../content/contentProblem';
import { LocalContentIndex } from '../../adapters/search/local/localContentIndex';
import { saveContentIndex } from '../../adapters/search/local/contentIndexFile';
import { invalidInput } from '../../shared/errors';
import { EXIT, type CliContext } from '../cliContext';

interface IndexOptions {
  content: string;
  out: string;
}

function displayPath(cwd: string, path: string): string {
  const shown = relative(cwd, path);
  return shown === '' || shown.startsWith('..') ? path : shown;
}

async function buildIndex(options: IndexOptions, context: CliContext): Promise<void> {
  const contentDir = resolve(context.cwd, options.content);
  const out = resolve(context.cwd, options.out);
  const { documents, problems } = await loadContentDirectory(contentDir);
  for (const problem of problems)
    context.stderr.write(`invalid content: ${describeContentProblem(problem)}\n`);
  if (documents.length === 0) {
    throw invalidInput(`No valid content documents in ${displayPath(context.cwd, contentDir)}.`);
  }
  await saveContentIndex(LocalContentIndex.fromDocuments(documents), out, new Date());
  const invalidFiles = new Set(problems.map((problem) => problem.file)).size;
  context.stdout.write(
    `${JSON.stringify({ indexed: documents.length, invalid: invalidFiles, out: displayPath(context.cwd, out) })}\n`,
  );
  if (invalidFiles > 0) context.setExitCode(EXIT.failure);
}

/** `cpo index` validates the Markdown content and writes the local search index file. */
export function registerIndexCommand(program: Command, context: CliContext): void {
  program
    .command('index')
    .description('Build the local content index from approved Markdown content (invalid files are reported).')
    .option('--content <dir>', 'content folder', 'data/content')
    .option('--out <file>', 'index file to write', 'out/index/content-index.json')
    .action((options: IndexOptions) => buildIndex(options, context));
}
