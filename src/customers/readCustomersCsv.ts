import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import type { Customer } from '../domain/customer';
import { invalidInput, notFound } from '../shared/errors';
import { CUSTOMER_CSV_COLUMNS } from './customerCsvFormat';
import { parseCustomerRow, type CustomerFields } from './parseCustomerRow';
import { BROKEN_LINE_MARKER, UnbalancedQuoteGuard } from './unbalancedQuoteGuard';

/** A row that was skipped: its 1-based line number in the file and why. */
export interface CustomerRowIssue {
  line: number;
  message: string;
}

export interface ReadCustomersOptions {
  /** Called for each malformed row; reading continues with the next row. */
  onInvalidRow?: (issue: CustomerRowIssue) => void;
}

interface CsvRecordWithInfo {
  record: string[];
  info: { lines: number };
}

/**
 * Streams customers from CSV text, validating each row. Rows are yielded one by one and never
 * retained, so the file size is not limited by memory. Malformed rows (bad values, wrong column
 * count, broken quoting) go to `onInvalidRow` with their line number; a bad header is fatal.
 */
export async function* readCustomersCsv(
  input: Readable,
  options: ReadCustomersOptions = {},
): AsyncGenerator<Customer, void, undefined> {
  const report = options.onInvalidRow ?? (() => undefined);
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      const line = typeof error?.lines === 'number' ? error.lines : 0;
      report({ line, message: `unreadable CSV: ${error?.message ?? 'malformed row'}` });
      return undefined;
    },
  });
  const guard = new UnbalancedQuoteGuard();
  input.on('error', (error) => parser.destroy(error));
  guard.on('error', (error) => parser.destroy(error));
  const records = input.pipe(guard).pipe(parser) as AsyncIterable<CsvRecordWithInfo>;

  let columnIndex: number[] | undefined;
  let headerWidth = 0;
  let inFileOrder = false;
  for await (const { record, info } of records) {
    if (record.length === 1 && record[0] === BROKEN_LINE_MARKER) {
      report({ line: info.lines, message: 'unbalanced quotes (a field may not span lines)' });
      continue;
    }
    if (columnIndex === undefined) {
      const header = record.map((name) => name.trim());
      const missing = CUSTOMER_CSV_COLUMNS.filter((column) => !header.includes(column));
      if (missing.length > 0) {
        parser.destroy();
        throw invalidInput(`The customer CSV header is missing column(s): ${missing.join(', ')}.`);
      }
      columnIndex = CUSTOMER_CSV_COLUMNS.map((column) => header.indexOf(column));
      headerWidth = header.length;
      inFileOrder = header.length === CUSTOMER_CSV_COLUMNS.length && columnIndex.every((at, i) => at === i);
      continue;
    }
    if (record.length !== headerWidth) {
      report({ line: info.lines, message: `expected ${headerWidth} columns, found ${record.length}` });
      continue;
    }
    const fields = (inFileOrder
      ? record
      : columnIndex.map((position) => record[position] ?? '')) as unknown as CustomerFields;
    const parsed = parseCustomerRow(fields);
    if (parsed.ok) yield parsed.customer;
    else report({ line: info.lines, message: parsed.issues.join('; ') });
  }
  if (columnIndex === undefined) throw invalidInput('The customer CSV is empty: it needs a header row.');
}

/** Streams customers from a CSV file (see `readCustomersCsv`); the file is closed when iteration stops. */
export async function* readCustomersFile(
  path: string,
  options: ReadCustomersOptions = {},
): AsyncGenerator<Customer, void, undefined> {
  const stream = createReadStream(path);
  try {
    await once(stream, 'open');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw notFound(`The customer file ${path} does not exist.`);
    }
    throw error;
  }
  try {
    yield* readCustomersCsv(stream, options);
  } finally {
    stream.destroy();
  }
}
