import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentDocument } from '../domain/content';
import { notFound } from '../shared/errors';
import type { ContentProblem } from './contentProblem';
import { parseContentMarkdown } from './parseContentMarkdown';

export interface LoadedContent {
  documents: ContentDocument[];
  /** Files that were skipped, with the reason; the valid files are still returned. */
  problems: ContentProblem[];
}

/** Reads every `*.md` file of a folder (sorted by name), validating each; bad files are reported, not fatal. */
export async function loadContentDirectory(directory: string): Promise<LoadedContent> {
  let names: string[];
  try {
    names = (await readdir(directory)).filter((name) => name.toLowerCase().endsWith('.md')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw notFound(`The content folder ${directory} does not exist.`);
    }
    throw error;
  }
  const documents: ContentDocument[] = [];
  const problems: ContentProblem[] = [];
  const fileById = new Map<string, string>();
  for (const name of names) {
    const parsed = parseContentMarkdown(await readFile(join(directory, name), 'utf8'), name);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const firstFile = fileById.get(parsed.document.id);
    if (firstFile !== undefined) {
      problems.push({ file: name, field: 'id', message: `duplicates the id of ${firstFile}` });
      continue;
    }
    fileById.set(parsed.document.id, name);
    documents.push(parsed.document);
  }
  return { documents, problems };
}
