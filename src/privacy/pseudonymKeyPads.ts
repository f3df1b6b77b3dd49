import { createHash } from 'node:crypto';

/** HMAC-SHA-256's two padded keys: HMAC(k, m) = SHA-256(outer ‖ SHA-256(inner ‖ m)) (RFC 2104). */
export interface HmacPads {
  inner: Buffer;
  outer: Buffer;
}

const BLOCK_BYTES = 64;

/**
 * The padded keys of the pseudonym HMAC, so an engine with only SHA-256 (DuckDB, PostgreSQL) computes the
 * same pseudonyms as `Pseudonymizer` next to the data. They are as secret as the key itself: bind them as
 * query parameters, never log or store them.
 */
export function hmacSha256Pads(key: string): HmacPads {
  let keyBytes = Buffer.from(key, 'utf8');
  if (keyBytes.length > BLOCK_BYTES) keyBytes = createHash('sha256').update(keyBytes).digest();
  const block = Buffer.alloc(BLOCK_BYTES);
  keyBytes.copy(block);
  const inner = Buffer.alloc(BLOCK_BYTES);
  const outer = Buffer.alloc(BLOCK_BYTES);
  for (let index = 0; index < BLOCK_BYTES; index += 1) {
    inner[index] = (block[index] ?? 0) ^ 0x36;
    outer[index] = (block[index] ?? 0) ^ 0x5c;
  }
  return { inner, outer };
}
