import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { invalidInput } from '../../shared/errors';

/** Where a use case's input document comes from: a file path relative to `cwd`, or `-` for `stdin`. */
export interface DocumentSource {
  cwd: string;
  stdin: Readable;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Parses one JSON document; empty or malformed text is INVALID_INPUT. A UTF-8 BOM is ignored. */
export function parseJsonDocument(text: string): unknown {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') throw invalidInput('input: is empty (expected a JSON object)');
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw invalidInput(`input: is not valid JSON (${(error as Error).message})`);
  }
}

/** Reads and parses the JSON document named on the command line (`-` = standard input). */
export async function readJsonDocument(path: string, source: DocumentSource): Promise<unknown> {
  if (path === '-') return parseJsonDocument(await readAll(source.stdin));
  let text: string;
  try {
    text = await readFile(resolve(source.cwd, path), 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw invalidInput(`input: cannot read ${JSON.stringify(path)} (${reason})`);
  }
  return parseJsonDocument(text);
}
