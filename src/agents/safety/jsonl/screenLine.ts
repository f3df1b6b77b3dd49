import type { CategorySeverities, SafetyReason, SafetyResult, Verdict } from '../../../domain/variant';

/** An input line's id as given: a string or a number, echoed unchanged; null when unusable. */
export type LineId = string | number | null;

export type ParsedLine =
  { ok: true; id: string | number; text: string } | { ok: false; id: LineId; error: string };

/** One output line of `cpo screen`: exactly these keys, in this order. */
export type ScreenLineOutput =
  | { id: string | number; verdict: Verdict; categories: CategorySeverities; reasons: SafetyReason[] }
  | { id: LineId; error: string };

/** Texts longer than this get an error line instead of a verdict (they are never truncated and passed). */
export const MAX_TEXT_LENGTH = 2_000_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function usableId(value: unknown): value is string | number {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/** Validates one JSONL line `{"id": …, "text": …}`; extra keys are ignored. */
export function parseScreenLine(
  line: string,
  lineNumber: number,
  maxTextLength = MAX_TEXT_LENGTH,
): ParsedLine {
  const where = `line ${lineNumber}`;
  if (line.trim() === '')
    return { ok: false, id: null, error: `${where}: empty line, expected {"id": ..., "text": ...}` };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, id: null, error: `${where}: not valid JSON (${(error as Error).message})` };
  }
  if (!isRecord(value))
    return { ok: false, id: null, error: `${where}: expected a JSON object with "id" and "text"` };
  const id = value.id;
  const text = value.text;
  if (!usableId(id)) {
    const problem = id === undefined ? 'missing "id"' : '"id" must be a string or a number';
    return { ok: false, id: null, error: `${where}: ${problem}` };
  }
  if (text === undefined) return { ok: false, id, error: `${where}: missing "text"` };
  if (typeof text !== 'string') return { ok: false, id, error: `${where}: "text" must be a string` };
  if (text.length > maxTextLength) {
    return {
      ok: false,
      id,
      error: `${where}: "text" is too long to screen (${text.length} characters, the limit is ${maxTextLength})`,
    };
  }
  return { ok: true, id, text };
}

export function verdictLine(id: string | number, result: SafetyResult): ScreenLineOutput {
  return { id, verdict: result.verdict, categories: result.categories, reasons: result.reasons };
}
