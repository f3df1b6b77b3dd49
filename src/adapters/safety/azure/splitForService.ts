/**
 * Splits a text into pieces of at most `limit` Unicode code points (the service counts code points),
 * cutting at a sentence end or whitespace when one is near, so that no part of the text goes unscreened.
 */
export function splitForService(text: string, limit: number): string[] {
  const codePoints = Array.from(text);
  if (codePoints.length <= limit) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (start < codePoints.length) {
    let end = Math.min(start + limit, codePoints.length);
    if (end < codePoints.length) {
      const window = codePoints.slice(start, end);
      const floor = Math.floor(window.length * 0.8);
      let cut = -1;
      for (let index = window.length - 1; index >= floor && cut < 0; index -= 1) {
        if (/[.!?\n]/.test(window[index] ?? '')) cut = index + 1;
      }
      for (let index = window.length - 1; index >= floor && cut < 0; index -= 1) {
        if (/\s/.test(window[index] ?? '')) cut = index + 1;
      }
      if (cut > 0) end = start + cut;
    }
    pieces.push(codePoints.slice(start, end).join(''));
    start = end;
  }
  return pieces;
}
