import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';

/**
 * Calls `handle` for every line of `input` (1-based numbers, `\r\n` or `\n`, a leading UTF-8 BOM dropped),
 * splitting chunks by hand — faster than readline and bounded by the longest line in memory. `handle` may
 * return a promise (awaited before the next line) only when it has to, so the common path stays synchronous.
 */
export async function forEachLine(
  input: Readable,
  handle: (line: string, lineNumber: number) => void | Promise<void>,
): Promise<number> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let lineNumber = 0;
  const emit = async (raw: string): Promise<void> => {
    lineNumber++;
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (lineNumber === 1 && line.startsWith('\uFEFF')) line = line.slice(1);
    const result = handle(line, lineNumber);
    if (result) await result;
  };
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    let start = 0;
    let newline = pending.indexOf('\n');
    while (newline !== -1) {
      await emit(pending.slice(start, newline));
      start = newline + 1;
      newline = pending.indexOf('\n', start);
    }
    pending = pending.slice(start);
  }
  pending += decoder.end();
  if (pending !== '') await emit(pending);
  return lineNumber;
}
