/**
 * Requests sent to the table service by this process, by operation (a batch is one request): the load
 * benchmark reads it to report round trips per draft. Counting only; nothing decides on it.
 */
const counts = new Map<string, number>();

export function countTableRoundTrip(operation: string): void {
  counts.set(operation, (counts.get(operation) ?? 0) + 1);
}

/** A copy of the counts so far, by operation, with their total. */
export function tableRoundTrips(): { total: number; byOperation: Record<string, number> } {
  const byOperation = Object.fromEntries([...counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return { total: [...counts.values()].reduce((sum, count) => sum + count, 0), byOperation };
}
