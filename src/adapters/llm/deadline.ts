import { unavailable } from '../../shared/errors';

/** A time budget shared by every attempt of one planning call. */
export interface Deadline {
  /** Aborted when the budget is spent: cancels the HTTP request in flight and any backoff sleep. */
  readonly signal: AbortSignal;
  remainingMs(): number;
}

/**
 * Runs `work` with a hard time limit. The result is raced against the timer, so even steps that
 * cannot be cancelled (e.g. an Entra ID token request) cannot hold the caller beyond `budgetMs`;
 * the signal tells the work to stop.
 */
export async function withDeadline<T>(
  budgetMs: number,
  work: (deadline: Deadline) => Promise<T>,
  now: () => number = Date.now,
): Promise<T> {
  const controller = new AbortController();
  const endsAt = now() + budgetMs;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const error = unavailable(`The model did not answer within ${budgetMs} ms.`);
      controller.abort(error);
      reject(error);
    }, budgetMs);
  });
  try {
    return await Promise.race([
      work({ signal: controller.signal, remainingMs: () => Math.max(0, endsAt - now()) }),
      expired,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits `ms`, or rejects with the abort reason as soon as `signal` is aborted. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
