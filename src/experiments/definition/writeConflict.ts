import { isAppError } from '../../shared/errors';

/**
 * True when a write lost an optimistic-concurrency race: a stale ETag (412) or an insert of a row another
 * writer just created (409) — reported as CONFLICT, or for a batch possibly as an error whose cause
 * carries the status (as the audit log also checks).
 */
export function isWriteConflict(error: unknown): boolean {
  if (isAppError(error) && error.code === 'CONFLICT') return true;
  const status = (error as { cause?: { statusCode?: unknown } } | undefined)?.cause?.statusCode;
  return status === 409 || status === 412;
}

/** Randomized, growing pause between retries so racing writers spread out. */
export function backoff(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 8 * Math.min(attempt, 10)));
}
