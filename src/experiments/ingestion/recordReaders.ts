import { invalidInput } from '../../shared/errors';
import { ENGAGEMENT_FIELDS, fieldOf, REQUIRED_FIELDS, type EngagementField } from './engagementFields';
import { detectDelimiter, splitCsvLine, type CsvDelimiter } from './csvLine';

/** Field access for one row, or why the row could not even be split into fields. */
export type RowResult =
  { ok: true; field: (name: EngagementField) => unknown } | { ok: false; error: string };

export interface RecordReader {
  read(line: string): RowResult;
}

/** CSV with a header row naming the columns (aliases accepted, extra columns ignored). */
export class CsvRecordReader implements RecordReader {
  private readonly delimiter: CsvDelimiter;
  private readonly columns: number;
  private readonly indexOf: Partial<Record<EngagementField, number>> = {};

  /** Throws INVALID_INPUT when the header lacks a required column: then no row can be read. */
  constructor(header: string) {
    this.delimiter = detectDelimiter(header);
    const names = splitCsvLine(header, this.delimiter);
    if (!names) throw invalidInput('line 1: the CSV header has unbalanced quotes');
    this.columns = names.length;
    names.forEach((name, index) => {
      const field = fieldOf(name);
      if (field !== undefined && this.indexOf[field] === undefined) this.indexOf[field] = index;
    });
    const missing = REQUIRED_FIELDS.filter((field) => this.indexOf[field] === undefined);
    if (missing.length > 0) {
      throw invalidInput(
        `line 1: the CSV header lacks column(s) ${missing.join(', ')} (expected ${ENGAGEMENT_FIELDS.join(', ')})`,
      );
    }
  }

  read(line: string): RowResult {
    const values = splitCsvLine(line, this.delimiter);
    if (!values) return { ok: false, error: 'unbalanced quotes' };
    if (values.length !== this.columns) {
      return { ok: false, error: `has ${values.length} field(s), the header has ${this.columns}` };
    }
    return {
      ok: true,
      field: (name) => {
        const index = this.indexOf[name];
        return index === undefined ? undefined : values[index];
      },
    };
  }
}

/** JSON Lines: one object per line, property names matched like CSV columns. */
export class JsonLinesRecordReader implements RecordReader {
  read(line: string): RowResult {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      // JSON.parse's message quotes the line, which may hold a customer id: say only what is wrong.
      return { ok: false, error: 'is not valid JSON' };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return { ok: false, error: 'must be a JSON object' };
    }
    const values: Partial<Record<EngagementField, unknown>> = {};
    for (const [key, value] of Object.entries(parsed)) {
      const field = fieldOf(key);
      if (field !== undefined && !(field in values)) values[field] = value;
    }
    return { ok: true, field: (name) => values[name] };
  }
}
