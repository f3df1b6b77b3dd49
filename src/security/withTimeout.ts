export type TimedResult<T> = { finished: true; value: T } | { finished: false };

/** Waits for `work` at most `ms`; the work itself is not cancelled (its late failure is observed, not thrown). */
export async function withTimeout<T>(work: Promise<T>, ms: number): Promise<TimedResult<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<TimedResult<T>>((resolve) => {
    timer = setTimeout(() => resolve({ finished: false }), ms);
  });
  try {
    return await Promise.race([work.then((value): TimedResult<T> => ({ finished: true, value })), timeout]);
  } finally {
    clearTimeout(timer);
    work.catch(() => undefined);
  }
}
