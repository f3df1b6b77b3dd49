/** Levenshtein edit distance (insertions, deletions, substitutions), two rows of memory. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidates closest to what was typed, for "did you mean …?": ids that contain it (or that it contains)
 * first, then by edit distance relative to length; at most `limit`, and none that share almost nothing.
 */
export function closestMatches(query: string, candidates: Iterable<string>, limit = 3): string[] {
  const wanted = query.trim().toLowerCase();
  const scored = [...new Set(candidates)].map((candidate) => {
    const lower = candidate.toLowerCase();
    const contains = wanted !== '' && (lower.includes(wanted) || wanted.includes(lower));
    const distance = editDistance(wanted, lower) / Math.max(wanted.length, lower.length, 1);
    return { candidate, score: contains ? distance / 2 : distance };
  });
  return scored
    .filter((entry) => entry.score <= 0.6)
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((entry) => entry.candidate);
}
