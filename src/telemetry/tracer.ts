import { SpanStatusCode, trace, type Attributes } from '@opentelemetry/api';

export const TRACER_NAME = 'customer-personalization-orchestrator';

/** Attribute values a span may carry: identifiers, counts, verdicts. Never message text or customer data. */
export type SpanAttributes = Record<string, string | number | boolean | undefined>;

function clean(attributes: SpanAttributes): Attributes {
  const result: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) result[key] = value;
  return result;
}

/**
 * Runs `fn` inside a span (a child of the current one). Without a registered tracer provider (telemetry off)
 * this is a no-op wrapper. Failures are recorded by error name and code only: messages may quote user input.
 */
export async function withSpan<T>(
  name: string,
  attributes: SpanAttributes,
  fn: (annotate: (more: SpanAttributes) => void) => Promise<T>,
): Promise<T> {
  return trace
    .getTracer(TRACER_NAME)
    .startActiveSpan(name, { attributes: clean(attributes) }, async (span) => {
      try {
        const result = await fn((more) => span.setAttributes(clean(more)));
        span.setStatus({ code: SpanStatusCode.OK });
        return result;
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        span.setAttributes(
          clean({
            'error.type': error instanceof Error ? error.name : typeof error,
            'error.code': typeof code === 'string' ? code : undefined,
          }),
        );
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        span.end();
      }
    });
}
