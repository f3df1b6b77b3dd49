import { APIConnectionError, APIError, APIUserAbortError } from 'openai';
import { sleep, type Deadline } from './deadline';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** First backoff; doubles on every retry, with up to 25% jitter. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Longest single HTTP attempt (also bounded by what is left of the deadline). */
  readonly attemptTimeoutMs: number;
}

/** Throttling (429), server errors (5xx) and lost connections or attempt timeouts are worth another try. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof APIUserAbortError) return false;
  if (error instanceof APIConnectionError) return true;
  if (error instanceof APIError) return error.status === 429 || (error.status ?? 0) >= 500;
  return false;
}

/** What the service asked for in `retry-after-ms` or `retry-after` (seconds or an HTTP date), if anything. */
export function requestedDelayMs(error: unknown, now: () => number = Date.now): number | undefined {
  if (!(error instanceof APIError) || error.headers === undefined) return undefined;
  const millis = Number.parseFloat(error.headers['retry-after-ms'] ?? '');
  if (Number.isFinite(millis) && millis >= 0) return millis;
  const header = error.headers['retry-after'];
  if (header === undefined || header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - now()) : undefined;
}

/** Exponential backoff: base · 2^retry, capped, minus up to 25% jitter so callers do not retry in step. */
export function backoffDelayMs(
  retry: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return delay * (1 - random() * 0.25);
}

export interface RetryNotice {
  readonly retry: number;
  readonly delayMs: number;
  readonly error: unknown;
}

/**
 * Calls `attempt` until it succeeds, the error is not retryable, the retries are used up, or the
 * next wait would not fit in the deadline (then the last error is thrown at once rather than
 * sleeping into a timeout). The client's own retries are off: its backoff sleep cannot be
 * cancelled and knows nothing of the overall budget.
 */
export async function callWithRetry<T>(
  attempt: (timeoutMs: number) => Promise<T>,
  policy: RetryPolicy,
  deadline: Deadline,
  onRetry: (notice: RetryNotice) => void = () => undefined,
): Promise<T> {
  for (let retry = 0; ; retry += 1) {
    try {
      return await attempt(Math.max(1, Math.min(policy.attemptTimeoutMs, deadline.remainingMs())));
    } catch (error) {
      if (retry >= policy.maxRetries || deadline.signal.aborted || !isRetryable(error)) throw error;
      const delayMs = requestedDelayMs(error) ?? backoffDelayMs(retry, policy);
      if (delayMs >= deadline.remainingMs()) throw error;
      onRetry({ retry: retry + 1, delayMs, error });
      await sleep(delayMs, deadline.signal);
    }
  }
}
