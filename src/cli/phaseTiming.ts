/**
 * Where a CLI invocation spends its time, for profiling: with `CPO_DEBUG_TIMING=1` every `markPhase` writes
 * `cpo timing: <ms since the process started> (+<ms since the previous mark>) <phase>` to stderr. Off by
 * default (one environment lookup per mark); never part of a command's output.
 */
import { debugTimingEnabled } from '../config/debugTiming';

let previous = 0;
const timingEnabled = debugTimingEnabled;

export function markPhase(phase: string): void {
  if (!timingEnabled()) return;
  // performance.now() counts from the process's time origin, so the first mark includes Node's start-up.
  const now = performance.now();
  process.stderr.write(
    `cpo timing: ${now.toFixed(0).padStart(6)} ms (+${(now - previous).toFixed(0).padStart(5)}) ${phase}\n`,
  );
  previous = now;
}

/** Marks `phase` when `work` settles (for work that runs alongside other phases). */
export function markWhenDone<T>(phase: string, work: Promise<T>): Promise<T> {
  if (!timingEnabled()) return work;
  return work.finally(() => markPhase(phase));
}
