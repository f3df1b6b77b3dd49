import type { Customer } from '../../domain/customer';

/**
 * Opens a fresh pass over the customer base. A factory (not an iterable) because an async
 * iterable such as a file stream can be consumed only once, and each request needs its own pass.
 */
export type CustomerSource = () => AsyncIterable<Customer>;

/** What the segmentation tool needs from its caller. */
export interface SegmentationContext {
  customers: CustomerSource;
}
