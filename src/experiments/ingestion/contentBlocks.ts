import { createHash, type Hash } from 'node:crypto';
import { fnv1a32 } from '../assignment/fnv1a32';

/** A block ends after a line whose FNV-1a hash has these low bits all zero: 64 lines on average. */
const BOUNDARY_MASK = 63;
/** Forced end of a block (reached with probability ≈ 1e-7 at this size). */
const MAX_BLOCK_LINES = 1024;

/**
 * Content-defined blocks of data lines, the unit of de-duplication between imports.
 *
 * Whether a line ends a block depends on that line's content alone, so the same run of lines is cut into
 * the same blocks in any file, wherever it sits. A block's fingerprint is the first 8 bytes of the SHA-256
 * of its lines. An import records the fingerprints of the blocks it counted; a later file that repeats
 * them (the same file again, a file that is an earlier export plus new rows, a file that concatenates
 * earlier exports) skips those blocks. Where two files differ — a corrected line, the edge where an
 * overlap starts or ends — the blocks touching the difference (about 64 lines each) are new and counted.
 */
export class ContentBlocks {
  private hash: Hash = createHash('sha256');
  private lines = 0;

  /** Adds a data line; returns the block's fingerprint (16 hex) when this line ends a block. */
  add(line: string): string | undefined {
    this.hash.update(line);
    this.hash.update('\n');
    this.lines++;
    if ((fnv1a32(line) & BOUNDARY_MASK) === 0 || this.lines >= MAX_BLOCK_LINES) return this.close();
    return undefined;
  }

  /** Ends the current block (at the end of the input); undefined when it is empty. */
  finish(): string | undefined {
    return this.lines === 0 ? undefined : this.close();
  }

  private close(): string {
    const fingerprint = this.hash.digest('hex').slice(0, 16);
    this.hash = createHash('sha256');
    this.lines = 0;
    return fingerprint;
  }
}
