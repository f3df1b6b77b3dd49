/**
 * Every match of a global expression, left to right. Unlike String.prototype.matchAll, which copies
 * (and so recompiles) the expression on each call, this reuses the compiled one: the scan is
 * synchronous, starts at 0 and resets lastIndex, so module-level expressions keep no state between calls.
 * `pattern` must have the global flag.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) pattern.lastIndex += 1;
    else matches.push(match);
  }
  pattern.lastIndex = 0;
  return matches;
}
