/**
 * `CPO_DEBUG_TIMING=1`: the CLI writes a timestamp per phase to stderr (profiling only). Read here, not in
 * the configuration schema, because the first phases end before configuration is loaded.
 */
export function debugTimingEnabled(): boolean {
  return process.env.CPO_DEBUG_TIMING === '1';
}
