import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Customer } from '../domain/customer';
import { CUSTOMER_CSV_HEADER, formatCustomerCsvRow } from './customerCsvFormat';

/** Rows per written chunk: large enough to keep syscalls few, small enough to stream. */
const ROWS_PER_CHUNK = 1000;

/** The CSV text (header first) in chunks of rows, pulled lazily from `customers`. */
export function* customerCsvChunks(
  customers: Iterable<Customer>,
  onRows: (written: number) => void = () => undefined,
): Generator<string, void, undefined> {
  yield CUSTOMER_CSV_HEADER;
  let chunk = '';
  let inChunk = 0;
  let written = 0;
  for (const customer of customers) {
    chunk += formatCustomerCsvRow(customer);
    inChunk += 1;
    if (inChunk === ROWS_PER_CHUNK) {
      yield chunk;
      written += inChunk;
      onRows(written);
      chunk = '';
      inChunk = 0;
    }
  }
  if (inChunk > 0) {
    yield chunk;
    written += inChunk;
    onRows(written);
  }
}

/**
 * Streams customers as CSV into `output` with back-pressure (rows are produced only as fast as
 * they are written); resolves with the number of rows written.
 */
export async function writeCustomersCsv(
  customers: Iterable<Customer>,
  output: Writable,
  onRows?: (written: number) => void,
): Promise<number> {
  let total = 0;
  await pipeline(
    Readable.from(
      customerCsvChunks(customers, (written) => {
        total = written;
        onRows?.(written);
      }),
      { objectMode: false },
    ),
    output,
  );
  return total;
}
