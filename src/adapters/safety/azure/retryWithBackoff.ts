export interface RetryOptions {
  /** Attempts in total, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
}

/** A failed call the caller may retry (429 throttling, 5xx, network errors), with the server's hint. */
export class RetryableError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'RetryableError';
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/**
 * Runs `call`, retrying RetryableErrors with exponential backoff and full jitter (deterministic given
 * `random`), honouring Retry-After up to `maxDelayMs`. Other errors and the last failure propagate.
 */
export async function retryWithBackoff<T>(
  call: () => Promise<T>,
  options: RetryOptions,
  random: () => number = Math.random,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof RetryableError) || attempt >= options.maxAttempts) throw error;
      const backoff = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
      const delay =
        error.retryAfterMs === undefined
          ? random() * backoff
          : Math.min(options.maxDelayMs, error.retryAfterMs);
      await options.sleep(delay);
    }
  }
}
