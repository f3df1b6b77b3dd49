import { metrics } from '@opentelemetry/api';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import type { RunningBot } from '../../src/app/startBot';
import { correlationIds } from '../../src/shared/logger';
import { resetBotMetrics } from '../../src/telemetry/metrics';
import { withSpan } from '../../src/telemetry/tracer';
import { startTestBot } from '../support/botHarness';
import { MARKETER, say } from '../support/botClient';

const CHAT = 'is this text safe? Dear Jane Doe, card 4111 1111 1111 1111, mail jane.doe@example.org';
const DRAFT =
  "draft a win-back email for customers who haven't bought in 90 days, promote the spring sale, 2 variants";
const RAW = ['Jane Doe', '4111', 'jane.doe', 'is this text safe', 'win-back email', '@example.', '@contoso.'];

/**
 * Telemetry with in-memory exporters: a trace per turn with table spans inside it, turn metrics, and no raw
 * customer data or chat text in any span.
 */
describe('OpenTelemetry traces and metrics', () => {
  const spans = new InMemorySpanExporter();
  const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  const reader = new PeriodicExportingMetricReader({
    exporter: metricExporter,
    exportIntervalMillis: 60_000,
  });
  const tracerProvider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
  let bot: RunningBot;

  beforeAll(async () => {
    tracerProvider.register();
    metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
    resetBotMetrics();
    ({ bot } = await startTestBot());
    spans.reset();
    await say(bot.port, MARKETER, CHAT, 'conv-telemetry');
    await say(bot.port, MARKETER, DRAFT, 'conv-telemetry');
  });
  afterAll(async () => {
    await bot?.close();
    await tracerProvider.shutdown();
  });

  it('records one trace per turn, with the table operations inside it', () => {
    const finished = spans.getFinishedSpans();
    const turns = finished.filter((span) => span.name === 'bot.turn');
    expect(turns).toHaveLength(2);
    expect(turns.every((turn) => turn.attributes['cpo.turn.outcome'] === 'ok')).toBe(true);
    expect(new Set(turns.map((turn) => turn.spanContext().traceId)).size).toBe(2);
    for (const turn of turns) {
      const inside = finished.filter(
        (span) => span.spanContext().traceId === turn.spanContext().traceId && span.name.startsWith('table.'),
      );
      expect(inside.length).toBeGreaterThan(0);
      expect(inside.every((span) => typeof span.attributes['cpo.table'] === 'string')).toBe(true);
    }
  });

  it('has a span per planner and agent (tool) call inside the drafting turn', () => {
    const finished = spans.getFinishedSpans();
    const draftTrace = finished.find((span) => span.name === 'agent.generate')?.spanContext().traceId;
    expect(draftTrace).toBeDefined();
    const names = new Set(
      finished.filter((span) => span.spanContext().traceId === draftTrace).map((span) => span.name),
    );
    for (const name of [
      'bot.turn',
      'planner.plan',
      'agent.segment',
      'agent.retrieve',
      'agent.screenVariants',
    ]) {
      expect({ name, present: names.has(name) }).toEqual({ name, present: true });
    }
  });

  it('puts no chat text or customer data into any span', () => {
    const everything = JSON.stringify(
      spans
        .getFinishedSpans()
        .map((span) => ({ name: span.name, attributes: span.attributes, events: span.events })),
    );
    for (const value of RAW)
      expect({ value, found: everything.includes(value) }).toEqual({ value, found: false });
  });

  it('measures turn and tool latency, model tokens and safety verdicts', async () => {
    await reader.forceFlush();
    const names = metricExporter
      .getMetrics()
      .flatMap((resource) =>
        resource.scopeMetrics.flatMap((scope) => scope.metrics.map((metric) => metric.descriptor.name)),
      );
    for (const name of [
      'cpo.turn.duration',
      'cpo.tool.duration',
      'cpo.model.tokens',
      'cpo.safety.verdicts',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('gives log lines the current trace as correlation id', async () => {
    expect(correlationIds()).toEqual({});
    await withSpan('test.span', {}, async () => {
      expect(correlationIds()).toEqual({
        trace_id: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown,
        span_id: expect.any(String) as unknown,
      });
    });
  });
});
