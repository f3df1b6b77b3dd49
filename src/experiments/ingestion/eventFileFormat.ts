import { extname } from 'node:path';

export const EVENT_FILE_FORMATS = ['csv', 'jsonl'] as const;
export type EventFileFormat = (typeof EVENT_FILE_FORMATS)[number];

/** By extension (.csv; .jsonl, .ndjson, .json); undefined when the name does not tell (e.g. stdin). */
export function formatFromName(name: string): EventFileFormat | undefined {
  const extension = extname(name).toLowerCase();
  if (extension === '.csv' || extension === '.tsv') return 'csv';
  if (extension === '.jsonl' || extension === '.ndjson' || extension === '.json') return 'jsonl';
  return undefined;
}

/** By content: JSON Lines start with an object; anything else is read as CSV with a header. */
export function formatFromFirstLine(line: string): EventFileFormat {
  return line.trimStart().startsWith('{') ? 'jsonl' : 'csv';
}
