import type { SafetyService } from '../safetyService';
import {
  MAX_TEXT_LENGTH,
  parseScreenLine,
  verdictLine,
  type ParsedLine,
  type ScreenLineOutput,
} from './screenLine';

export interface JsonLinesScreeningOptions {
  /** Lines screened per call to the service; order is kept whatever the size. */
  batchSize?: number;
  maxTextLength?: number;
}

export interface JsonLinesScreeningStats {
  lines: number;
  errors: number;
  pass: number;
  review: number;
  block: number;
}

/**
 * Streams JSONL through the Safety agent: exactly one output line per input line, in input order.
 * Bad lines (not JSON, no id, no text, text not a string, blank) get `{"id", "error"}` and processing
 * continues. Memory stays bounded by the batch size; `write` may return a promise to apply backpressure.
 */
export async function screenJsonLines(
  lines: AsyncIterable<string>,
  service: SafetyService,
  write: (chunk: string) => void | Promise<void>,
  options: JsonLinesScreeningOptions = {},
): Promise<JsonLinesScreeningStats> {
  const batchSize = Math.max(1, options.batchSize ?? 256);
  const maxTextLength = options.maxTextLength ?? MAX_TEXT_LENGTH;
  const stats: JsonLinesScreeningStats = { lines: 0, errors: 0, pass: 0, review: 0, block: 0 };
  let batch: ParsedLine[] = [];

  const flush = async (): Promise<void> => {
    const valid = batch.flatMap((parsed, index) => (parsed.ok ? [{ index, text: parsed.text }] : []));
    // Internal ids are positions: input ids may repeat.
    const results = await service.screenTexts(valid.map(({ index, text }) => ({ id: String(index), text })));
    const resultAt = new Map(valid.map(({ index }, position) => [index, results[position]]));
    let chunk = '';
    batch.forEach((parsed, index) => {
      let output: ScreenLineOutput;
      const result = resultAt.get(index);
      if (!parsed.ok) {
        output = { id: parsed.id, error: parsed.error };
        stats.errors += 1;
      } else if (result === undefined) {
        output = { id: parsed.id, error: 'not screened' };
        stats.errors += 1;
      } else {
        output = verdictLine(parsed.id, result);
        stats[result.verdict] += 1;
      }
      chunk += `${JSON.stringify(output)}\n`;
    });
    batch = [];
    await write(chunk);
  };

  for await (const line of lines) {
    stats.lines += 1;
    // A UTF-8 byte order mark may start the first line.
    const content = stats.lines === 1 ? line.replace(/^\uFEFF/, '') : line;
    batch.push(parseScreenLine(content, stats.lines, maxTextLength));
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  return stats;
}
