import { SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { TRACER_NAME } from './tracer';

export type MethodObserver = (method: string, outcome: { ok: boolean; ms: number; result?: unknown }) => void;

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

/**
 * The same object with every method call in a span named `<prefix>.<method>` (no arguments recorded: they
 * carry user text). Methods run on the original object, so private state and `this` work as before, and a
 * synchronous method stays synchronous.
 */
export function traceMethods<T extends object>(target: T, prefix: string, observe?: MethodObserver): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      const method = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]): unknown =>
        trace
          .getTracer(TRACER_NAME)
          .startActiveSpan(`${prefix}.${property}`, { attributes: { 'cpo.method': property } }, (span) => {
            const started = Date.now();
            const finish = (ok: boolean, result?: unknown): void => {
              observe?.(property, { ok, ms: Date.now() - started, ...(ok ? { result } : {}) });
              endSpan(span, ok, result);
            };
            let result: unknown;
            try {
              result = method.apply(object, args);
            } catch (error) {
              finish(false, error);
              throw error;
            }
            if (!isThenable(result)) {
              finish(true, result);
              return result;
            }
            return Promise.resolve(result).then(
              (resolved) => {
                finish(true, resolved);
                return resolved;
              },
              (error: unknown) => {
                finish(false, error);
                throw error;
              },
            );
          });
    },
  });
}

function endSpan(span: Span, ok: boolean, failure: unknown): void {
  if (ok) {
    span.setStatus({ code: SpanStatusCode.OK });
  } else {
    const code = (failure as { code?: unknown } | undefined)?.code;
    span.setAttributes({
      'error.type': failure instanceof Error ? failure.name : typeof failure,
      ...(typeof code === 'string' ? { 'error.code': code } : {}),
    });
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end();
}
