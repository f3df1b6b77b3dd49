import { withTimeout } from '../security/withTimeout';

/** One configured dependency the bot needs (table store, content index, model, safety service). */
export interface DependencyCheck {
  name: string;
  /** Resolves with a short note when reachable; throws (or rejects) with the problem otherwise. */
  run(): Promise<string | undefined>;
  /** What to change when the check fails, naming the variable (for `cpo doctor`). */
  fix?: string;
}

export interface CheckResult {
  name: string;
  status: 'ok' | 'down';
  /** Note on success, problem on failure: never a secret or a stack trace. */
  detail?: string;
  fix?: string;
  ms: number;
}

export interface ReadinessReport {
  ready: boolean;
  checks: CheckResult[];
}

/** Runs every check in parallel, each bounded by `timeoutMs` (a hung dependency counts as down). */
export async function runDependencyChecks(
  checks: readonly DependencyCheck[],
  timeoutMs: number,
): Promise<ReadinessReport> {
  const results = await Promise.all(
    checks.map(async (check): Promise<CheckResult> => {
      const started = Date.now();
      const fix = check.fix === undefined ? {} : { fix: check.fix };
      try {
        const outcome = await withTimeout(check.run(), timeoutMs);
        const ms = Date.now() - started;
        if (!outcome.finished) {
          return { name: check.name, status: 'down', detail: `no answer within ${timeoutMs} ms`, ms, ...fix };
        }
        return { name: check.name, status: 'ok', ms, ...(outcome.value ? { detail: outcome.value } : {}) };
      } catch (error) {
        return {
          name: check.name,
          status: 'down',
          detail: problemOf(error),
          ms: Date.now() - started,
          ...fix,
        };
      }
    }),
  );
  return { ready: results.every((result) => result.status === 'ok'), checks: results };
}

function problemOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // A typed AppError wraps the transport error: its code (ECONNREFUSED, ENOTFOUND…) is what an operator needs.
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = cause?.code ?? (error as { code?: unknown }).code;
  const firstLine = message.split('\n')[0] ?? message;
  return typeof code === 'string' && !firstLine.includes(code) ? `${firstLine} (${code})` : firstLine;
}
