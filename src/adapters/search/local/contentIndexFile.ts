import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { AsPlainObject } from 'minisearch';
import { contentDocumentSchema, toContentDocument } from '../../../content/contentDocumentSchema';
import { AppError, configError, notFound } from '../../../shared/errors';
import { formatZodError } from '../../../shared/zodMessage';
import { LocalContentIndex } from './localContentIndex';

const FORMAT = 'cpo-content-index';
const VERSION = 1;

/** Where `cpo index` writes the index, relative to the configured output folder. */
export const CONTENT_INDEX_FILE_NAME = 'index/content-index.json';

/** Where `cpo index` writes the local content index inside the output folder. */
export function contentIndexFileIn(outDir: string): string {
  return join(outDir, CONTENT_INDEX_FILE_NAME);
}

const indexFileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  builtAt: z.string(),
  documents: z.array(contentDocumentSchema),
  miniSearch: z.object({ documentCount: z.number().int().min(0) }).passthrough(),
});

/** Writes the index as JSON (atomically: a temporary file renamed over the target). */
export async function saveContentIndex(index: LocalContentIndex, file: string, builtAt: Date): Promise<void> {
  const snapshot = index.toSnapshot();
  const payload = {
    format: FORMAT,
    version: VERSION,
    builtAt: builtAt.toISOString(),
    documents: snapshot.documents,
    miniSearch: snapshot.miniSearch,
  };
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(payload)}\n`, 'utf8');
  await rename(temporary, file);
}

/** Loads an index written by `saveContentIndex`; a missing or damaged file names the fix (`cpo index`). */
export async function loadContentIndex(file: string): Promise<LocalContentIndex> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw notFound(`No content index at ${file}. Build it with \`cpo index\`.`);
    }
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw configError(`The content index ${file} is not valid JSON. Rebuild it with \`cpo index\`.`);
  }
  const parsed = indexFileSchema.safeParse(json);
  if (!parsed.success) {
    throw configError(
      `The content index ${file} is invalid (${formatZodError(parsed.error)}). Rebuild it with \`cpo index\`.`,
    );
  }
  const { documents, miniSearch } = parsed.data;
  if (miniSearch.documentCount !== documents.length) {
    throw configError(`The content index ${file} is inconsistent. Rebuild it with \`cpo index\`.`);
  }
  try {
    return LocalContentIndex.fromSnapshot({
      documents: documents.map((document) => toContentDocument(document, document.body)),
      miniSearch: miniSearch as unknown as AsPlainObject,
    });
  } catch (error) {
    throw new AppError('CONFIG', `The content index ${file} cannot be read. Rebuild it with \`cpo index\`.`, {
      cause: error,
    });
  }
}
