import { trace } from '@opentelemetry/api';
import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON logs on stderr (fd 2), so that CLI stdout carries only results.
 * Customer identifiers must be pseudonymized before they are logged.
 */
export function createLogger(level: string, name = 'cpo'): Logger {
  return pino(
    { name, level, base: { name }, mixin: correlationIds },
    pino.destination({ fd: 2, sync: true }),
  );
}

/** The current trace and span ids (the turn's correlation id), when a span is active. */
export function correlationIds(): Record<string, string> {
  const context = trace.getActiveSpan()?.spanContext();
  if (!context || !trace.isSpanContextValid(context)) return {};
  return { trace_id: context.traceId, span_id: context.spanId };
}

/** A logger that discards everything, for tests and quiet CLI runs. */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
