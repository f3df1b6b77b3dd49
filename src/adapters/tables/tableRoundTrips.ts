/**
 * Requests sent to the table service by this process, by operation (a batch is one request), with the time
 * they took and, per table, how many: the load benchmark reads it to report round trips per draft and where a
 * turn's time goes. Counting only; nothing decides on it.
 */
const counts = new Map<string, number>();
const totalMs = new Map<string, number>();
const byTable = new Map<string, number>();

export function countTableRoundTrip(operation: string, table?: string, ms?: number): void {
  counts.set(operation, (counts.get(operation) ?? 0) + 1);
  if (ms !== undefined) totalMs.set(operation, (totalMs.get(operation) ?? 0) + ms);
  if (table !== undefined) {
    const key = `${operation} ${table}`;
    byTable.set(key, (byTable.get(key) ?? 0) + 1);
  }
}

/** A copy of the counts so far, by operation and by operation and table, with their total and time spent. */
export function tableRoundTrips(): {
  total: number;
  byOperation: Record<string, number>;
  msByOperation: Record<string, number>;
  byOperationAndTable: Record<string, number>;
} {
  const sorted = (map: Map<string, number>) =>
    Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return {
    total: [...counts.values()].reduce((sum, count) => sum + count, 0),
    byOperation: sorted(counts),
    msByOperation: sorted(totalMs),
    byOperationAndTable: sorted(byTable),
  };
}
