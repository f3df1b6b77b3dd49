/** A tool call as the model returned it, before any validation: the name and the decoded arguments. */
export interface CandidateStep {
  readonly tool: string;
  readonly args: unknown;
}

export type ToolCallReading =
  | { readonly kind: 'steps'; readonly steps: CandidateStep[] }
  | { readonly kind: 'malformed'; readonly tool: string; readonly problem: string };

/**
 * Some models wrap parallel calls in one pseudo-tool instead of emitting several tool calls:
 * `multi_tool_use.parallel({ tool_uses: [{ recipient_name: "functions.x", parameters: {…} }] })`.
 */
const PARALLEL_WRAPPER = 'multi_tool_use.parallel';
const NAMESPACE_PREFIX = /^functions\./;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type Decoded =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: string };

/**
 * Decodes `function.arguments`. The API sends a JSON string; an empty string means no arguments;
 * some gateways double-encode (a JSON string holding JSON) or send the object itself.
 */
export function decodeArguments(raw: unknown): Decoded {
  if (raw === undefined || raw === null) return { ok: true, value: {} };
  if (typeof raw !== 'string') return { ok: true, value: raw };
  if (raw.trim() === '') return { ok: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(raw);
    if (typeof value === 'string') value = value.trim() === '' ? {} : JSON.parse(value);
  } catch {
    return { ok: false, problem: 'arguments are not valid JSON' };
  }
  return { ok: true, value };
}

function unwrapParallel(args: unknown): CandidateStep[] {
  const uses = isRecord(args) && Array.isArray(args.tool_uses) ? args.tool_uses : [];
  return uses.map((use: unknown) => {
    const name = isRecord(use) && typeof use.recipient_name === 'string' ? use.recipient_name : '';
    return { tool: name.replace(NAMESPACE_PREFIX, ''), args: isRecord(use) ? (use.parameters ?? {}) : {} };
  });
}

/**
 * Reads the ordered tool calls of an assistant message into candidate steps. Calls that are not
 * function calls are skipped. Arguments that cannot be decoded make the whole answer unreliable
 * (typically a reply cut off mid-JSON), so the reading is `malformed` and the caller falls back.
 */
export function readToolCalls(toolCalls: unknown): ToolCallReading {
  const steps: CandidateStep[] = [];
  for (const call of Array.isArray(toolCalls) ? (toolCalls as unknown[]) : []) {
    if (!isRecord(call) || (call.type !== undefined && call.type !== 'function')) continue;
    const fn = call.function;
    if (!isRecord(fn)) continue;
    const name = typeof fn.name === 'string' ? fn.name.trim().replace(NAMESPACE_PREFIX, '') : '';
    const decoded = decodeArguments(fn.arguments);
    if (!decoded.ok) return { kind: 'malformed', tool: name, problem: decoded.problem };
    if (name === PARALLEL_WRAPPER) steps.push(...unwrapParallel(decoded.value));
    else steps.push({ tool: name, args: decoded.value });
  }
  return { kind: 'steps', steps };
}
