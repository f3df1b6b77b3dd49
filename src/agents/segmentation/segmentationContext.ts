import type { Customer } from '../../domain/customer';
import type { CustomerSource as CustomerEngine } from '../../ports/CustomerSource';

/**
 * Opens a fresh pass over the customer base. A factory (not an iterable) because an async
 * iterable such as a file stream can be consumed only once, and each request needs its own pass.
 */
export type CustomerRows = () => AsyncIterable<Customer>;

/**
 * Where segmentation reads customers: an engine that runs the segment as SQL next to the data (the
 * `CustomerSource` port: DuckDB, PostgreSQL), or a stream of rows scanned in JavaScript.
 */
export type CustomerSource = CustomerEngine | CustomerRows;

export function isCustomerEngine(source: CustomerSource): source is CustomerEngine {
  return typeof source !== 'function';
}

/** What the segmentation tool needs from its caller. */
export interface SegmentationContext {
  customers: CustomerSource;
}
