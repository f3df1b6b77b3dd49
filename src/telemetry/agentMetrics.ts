import { botMetrics } from './metrics';
import type { MethodObserver } from './traceMethods';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function verdictsOf(result: unknown): string[] {
  const variants = Array.isArray(result) ? result : [result];
  return variants.flatMap((variant) => {
    const safety = isObject(variant) ? variant.safety : undefined;
    return isObject(safety) && typeof safety.verdict === 'string' ? [safety.verdict] : [];
  });
}

/** Tool latency for every agent call; token usage from `generate`; safety verdicts from the screening calls. */
export const observeAgentCall: MethodObserver = (method, { ok, ms, result }) => {
  botMetrics.toolCall(method, ms, ok);
  if (!ok) return;
  if (method === 'generate' && isObject(result) && isObject(result.usage)) {
    const { promptTokens, completionTokens } = result.usage;
    if (typeof promptTokens === 'number' && typeof completionTokens === 'number') {
      botMetrics.modelUsage(promptTokens, completionTokens);
    }
  }
  if (method === 'screenVariants' || method === 'rescreen')
    verdictsOf(result).forEach(botMetrics.safetyVerdict);
};
