import { once } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import type { Readable, Writable } from 'node:stream';
import { parseAssignmentRequest } from './assignmentRequest';
import { assignVariation } from './assignVariation';

export interface AssignLinesSummary {
  /** Non-blank input lines, each answered by exactly one output line. */
  lines: number;
  assigned: number;
  failed: number;
  /** The first failure, e.g. `line 3: weights: must be an array of numbers`. */
  firstError?: string;
}

export interface AssignLinesOptions {
  /** Receives each distinct warning once (per experiment and reason), e.g. for stderr. */
  warn(message: string): void;
}

/** Output is written in chunks of about this many characters, waiting for 'drain' when the sink is full. */
const FLUSH_CHARACTERS = 1 << 16;
/** Distinct warnings reported before the rest are only counted. */
const MAX_DISTINCT_WARNINGS = 100;

type LineOutcome = { output: string; error?: string };

/**
 * Streams JSONL assignment requests to JSONL answers, one line at a time (constant memory, any size):
 * each non-blank input line yields exactly one output line, in input order —
 * `{"id":…,"variation":n}` (n = −1 outside coverage) or `{"id":<id or null>,"error":"line k: …"}` for a
 * line that is not valid JSON or not a valid request; the other lines are still processed. Fully blank
 * lines are skipped without output (line numbers in messages still count them). A UTF-8 BOM is ignored.
 */
export async function assignJsonLines(
  input: Readable,
  output: Writable,
  options: AssignLinesOptions,
): Promise<AssignLinesSummary> {
  const summary: AssignLinesSummary = { lines: 0, assigned: 0, failed: 0 };
  const warned = new Set<string>();
  let suppressedWarnings = 0;
  const warnOnce = (key: string, message: string): void => {
    if (warned.has(key)) return;
    if (warned.size >= MAX_DISTINCT_WARNINGS) {
      suppressedWarnings++;
      return;
    }
    warned.add(key);
    options.warn(message);
  };

  let buffer = '';
  const flush = async (): Promise<void> => {
    const chunk = buffer;
    buffer = '';
    if (chunk !== '' && !output.write(chunk)) await once(output, 'drain');
  };

  let lineNumber = 0;
  /** Answers one line into the output buffer; true when the buffer is due for a flush. */
  const handleLine = (rawLine: string): boolean => {
    lineNumber++;
    let line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (lineNumber === 1 && line.startsWith('\uFEFF')) line = line.slice(1);
    if (line.trim() === '') return false;
    summary.lines++;
    const outcome = assignLine(line, lineNumber, warnOnce);
    if (outcome.error === undefined) summary.assigned++;
    else {
      summary.failed++;
      summary.firstError ??= outcome.error;
    }
    buffer += outcome.output;
    return buffer.length >= FLUSH_CHARACTERS;
  };

  // Split the stream into lines by hand (faster than readline's async iterator); only the unfinished last
  // line of each chunk is carried over, so memory stays bounded by the longest line.
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    let start = 0;
    let newline = pending.indexOf('\n', start);
    while (newline !== -1) {
      if (handleLine(pending.slice(start, newline))) await flush();
      start = newline + 1;
      newline = pending.indexOf('\n', start);
    }
    pending = pending.slice(start);
  }
  pending += decoder.end();
  if (pending !== '') handleLine(pending);
  await flush();
  if (suppressedWarnings > 0) options.warn(`${suppressedWarnings} further warning(s) not shown`);
  return summary;
}

function assignLine(
  line: string,
  lineNumber: number,
  warnOnce: (key: string, message: string) => void,
): LineOutcome {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return failure(null, `line ${lineNumber}: not valid JSON (${(error as Error).message})`);
  }
  const id = idOf(parsed);
  const request = parseAssignmentRequest(parsed);
  if (!request.success) return failure(id, `line ${lineNumber}: ${request.error}`);
  const { variation, warnings } = assignVariation(request.request);
  for (const warning of warnings) {
    warnOnce(
      `${request.request.experiment}\u0000${warning}`,
      `line ${lineNumber}: experiment ${JSON.stringify(request.request.experiment)}: ${warning}`,
    );
  }
  return { output: `{"id":${JSON.stringify(request.request.id)},"variation":${variation}}\n` };
}

/** The line's id when it has a usable one, so an error line can still be matched to its user. */
function idOf(parsed: unknown): string | number | null {
  if (typeof parsed !== 'object' || parsed === null) return null;
  const id = (parsed as { id?: unknown }).id;
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : null;
}

function failure(id: string | number | null, error: string): LineOutcome {
  return { output: `${JSON.stringify({ id, error })}\n`, error };
}
