import { metrics } from '@opentelemetry/api';
import { TRACER_NAME } from './tracer';

/**
 * The bot's metrics (no-ops until a meter provider is registered: with APPLICATIONINSIGHTS_CONNECTION_STRING).
 * Attributes are low-cardinality labels only: tool names, outcomes, verdicts — never ids or text.
 */
const meter = () => metrics.getMeter(TRACER_NAME);

let instruments: ReturnType<typeof createInstruments> | undefined;
function createInstruments() {
  const m = meter();
  return {
    turnDuration: m.createHistogram('cpo.turn.duration', { unit: 'ms', description: 'Turn latency' }),
    toolDuration: m.createHistogram('cpo.tool.duration', { unit: 'ms', description: 'Tool call latency' }),
    modelTokens: m.createCounter('cpo.model.tokens', { description: 'Model tokens (prompt, completion)' }),
    modelCost: m.createCounter('cpo.model.cost', { unit: 'USD', description: 'Estimated model cost' }),
    safetyVerdicts: m.createCounter('cpo.safety.verdicts', { description: 'Safety verdicts by verdict' }),
    decisions: m.createCounter('cpo.approvals', { description: 'Approval decisions by kind' }),
    tableRetries: m.createCounter('cpo.table.retries', {
      description: 'Table calls retried after recreating a table',
    }),
    tableOutages: m.createCounter('cpo.table.outages', { description: 'Table store found unreachable' }),
    rateLimited: m.createCounter('cpo.turns.rate_limited', {
      description: 'Turns refused by the rate limits',
    }),
  };
}
const get = () => (instruments ??= createInstruments());

export const botMetrics = {
  turn(ms: number, outcome: 'ok' | 'error' | 'timeout' | 'rate_limited', activityType: string): void {
    get().turnDuration.record(ms, { outcome, 'activity.type': activityType });
    if (outcome === 'rate_limited') get().rateLimited.add(1);
  },
  toolCall(tool: string, ms: number, ok: boolean): void {
    get().toolDuration.record(ms, { tool, ok });
  },
  modelUsage(promptTokens: number, completionTokens: number, costUsd?: number): void {
    get().modelTokens.add(promptTokens, { kind: 'prompt' });
    get().modelTokens.add(completionTokens, { kind: 'completion' });
    if (costUsd !== undefined) get().modelCost.add(costUsd);
  },
  safetyVerdict(verdict: string): void {
    get().safetyVerdicts.add(1, { verdict });
  },
  decision(kind: 'approve' | 'reject' | 'edit'): void {
    get().decisions.add(1, { kind });
  },
  tableRecreated(): void {
    get().tableRetries.add(1);
  },
  tableOutage(): void {
    get().tableOutages.add(1);
  },
};

/** Forgets the instruments (tests that register a new meter provider). */
export function resetBotMetrics(): void {
  instruments = undefined;
}
