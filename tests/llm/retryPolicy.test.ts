import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { sleep, withDeadline, type Deadline } from '../../src/adapters/llm/deadline';
import {
  backoffDelayMs,
  callWithRetry,
  isRetryable,
  requestedDelayMs,
  type RetryPolicy,
} from '../../src/adapters/llm/retryPolicy';

const httpError = (status: number, headers: Record<string, string> = {}): APIError =>
  APIError.generate(status, { message: 'x' }, undefined, headers);

const POLICY: RetryPolicy = { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 4, attemptTimeoutMs: 1000 };

/** A deadline that never expires on its own and reports a fixed remaining budget. */
function openDeadline(remainingMs = 60_000): Deadline & { controller: AbortController } {
  const controller = new AbortController();
  return { controller, signal: controller.signal, remainingMs: () => remainingMs };
}

describe('isRetryable', () => {
  it.each([429, 500, 502, 503, 504, 599])('retries HTTP %i', (status) => {
    expect(isRetryable(httpError(status))).toBe(true);
  });
  it.each([400, 401, 403, 404, 408, 409, 413, 422])('does not retry HTTP %i', (status) => {
    expect(isRetryable(httpError(status))).toBe(false);
  });
  it('retries lost connections and attempt timeouts, not aborts or other errors', () => {
    expect(isRetryable(new APIConnectionError({ message: 'reset' }))).toBe(true);
    expect(isRetryable(new APIConnectionTimeoutError())).toBe(true);
    expect(isRetryable(new APIUserAbortError())).toBe(false);
    expect(isRetryable(new TypeError('bug'))).toBe(false);
    expect(isRetryable('string')).toBe(false);
    expect(isRetryable(undefined)).toBe(false);
  });
});

describe('requestedDelayMs', () => {
  const now = (): number => Date.parse('2026-01-01T00:00:00Z');
  it.each<[Record<string, string>, number | undefined]>([
    [{ 'retry-after-ms': '250' }, 250],
    [{ 'retry-after-ms': '0' }, 0],
    [{ 'retry-after-ms': '12.5', 'retry-after': '9' }, 12.5],
    [{ 'retry-after': '2' }, 2000],
    [{ 'retry-after': '0.5' }, 500],
    [{ 'retry-after': 'Thu, 01 Jan 2026 00:00:03 GMT' }, 3000],
    [{ 'retry-after': 'Wed, 31 Dec 2025 23:59:00 GMT' }, 0],
    [{ 'retry-after-ms': 'soon', 'retry-after': '1' }, 1000],
    [{ 'retry-after-ms': '-5' }, undefined],
    [{ 'retry-after': 'whenever' }, undefined],
    [{ 'retry-after': '  ' }, undefined],
    [{}, undefined],
  ])('%j → %p', (headers, expected) => {
    expect(requestedDelayMs(httpError(429, headers), now)).toBe(expected);
  });
  it('is undefined for errors without a response', () => {
    expect(requestedDelayMs(new APIConnectionError({ message: 'x' }))).toBeUndefined();
    expect(requestedDelayMs(new Error('x'))).toBeUndefined();
  });
});

describe('backoffDelayMs', () => {
  const policy: RetryPolicy = { maxRetries: 5, baseDelayMs: 500, maxDelayMs: 4000, attemptTimeoutMs: 1 };
  it('doubles from the base, is capped, and loses at most a quarter to jitter', () => {
    expect([0, 1, 2, 3, 4, 10].map((retry) => backoffDelayMs(retry, policy, () => 0))).toEqual([
      500, 1000, 2000, 4000, 4000, 4000,
    ]);
    expect(backoffDelayMs(1, policy, () => 1)).toBe(750);
    expect(backoffDelayMs(3, policy, () => 0.999)).toBeGreaterThan(3000);
  });
});

describe('callWithRetry', () => {
  it('returns the first success and passes the attempt timeout bounded by the budget', async () => {
    const timeouts: number[] = [];
    const failures = [httpError(503), httpError(429)];
    const result = await callWithRetry(
      (timeout) => {
        timeouts.push(timeout);
        const failure = failures.shift();
        return failure ? Promise.reject(failure) : Promise.resolve('ok');
      },
      { ...POLICY, attemptTimeoutMs: 5000 },
      openDeadline(1200),
    );
    expect(result).toBe('ok');
    expect(timeouts).toEqual([1200, 1200, 1200]);
  });

  it('stops after maxRetries and rethrows the last error', async () => {
    let attempts = 0;
    const last = httpError(500);
    await expect(
      callWithRetry(
        () => {
          attempts += 1;
          return Promise.reject(attempts === 4 ? last : httpError(502));
        },
        POLICY,
        openDeadline(),
      ),
    ).rejects.toBe(last);
    expect(attempts).toBe(4);
  });

  it('does not retry errors that are not transient', async () => {
    let attempts = 0;
    await expect(
      callWithRetry(
        () => {
          attempts += 1;
          return Promise.reject(httpError(400));
        },
        POLICY,
        openDeadline(),
      ),
    ).rejects.toMatchObject({ status: 400 });
    expect(attempts).toBe(1);
  });

  it('gives up at once when the wait would not fit in the remaining budget', async () => {
    const notices: number[] = [];
    let attempts = 0;
    await expect(
      callWithRetry(
        () => {
          attempts += 1;
          return Promise.reject(httpError(429, { 'retry-after': '30' }));
        },
        POLICY,
        openDeadline(10_000),
        (notice) => notices.push(notice.delayMs),
      ),
    ).rejects.toMatchObject({ status: 429 });
    expect(attempts).toBe(1);
    expect(notices).toEqual([]);
  });

  it('reports each retry with its number and delay', async () => {
    const notices: Array<[number, number]> = [];
    const failures = [httpError(429, { 'retry-after-ms': '2' }), httpError(500, { 'retry-after-ms': '3' })];
    await callWithRetry(
      () => {
        const failure = failures.shift();
        return failure ? Promise.reject(failure) : Promise.resolve(1);
      },
      POLICY,
      openDeadline(),
      (notice) => notices.push([notice.retry, notice.delayMs]),
    );
    expect(notices).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });

  it('stops retrying once the deadline is aborted', async () => {
    const deadline = openDeadline();
    let attempts = 0;
    await expect(
      callWithRetry(
        () => {
          attempts += 1;
          deadline.controller.abort(new Error('budget spent'));
          return Promise.reject(httpError(503));
        },
        POLICY,
        deadline,
      ),
    ).rejects.toMatchObject({ status: 503 });
    expect(attempts).toBe(1);
  });
});

describe('withDeadline and sleep', () => {
  it('returns the result of work that finishes in time', async () => {
    await expect(withDeadline(5000, async (deadline) => deadline.remainingMs() > 0)).resolves.toBe(true);
  });

  it('rejects with UNAVAILABLE and aborts the signal when the budget is spent', async () => {
    let seen: AbortSignal | undefined;
    await expect(
      withDeadline(20, (deadline) => {
        seen = deadline.signal;
        return new Promise<never>(() => undefined);
      }),
    ).rejects.toMatchObject({ code: 'UNAVAILABLE', userMessage: expect.stringContaining('20 ms') });
    expect(seen?.aborted).toBe(true);
  });

  it('propagates the work error unchanged', async () => {
    const failure = new Error('boom');
    await expect(withDeadline(5000, () => Promise.reject(failure))).rejects.toBe(failure);
  });

  it('reports the remaining budget from the clock', async () => {
    let clock = 1000;
    const remaining = await withDeadline(
      500,
      async (deadline) => {
        clock += 200;
        return deadline.remainingMs();
      },
      () => clock,
    );
    expect(remaining).toBe(300);
  });

  it('sleep resolves, and rejects with the abort reason when aborted before or during the wait', async () => {
    const controller = new AbortController();
    await expect(sleep(1, controller.signal)).resolves.toBeUndefined();
    const waiting = sleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    await expect(sleep(1, controller.signal)).rejects.toThrow('stop');
  });
});
