/** Longest text scored as one window; longer texts are scored sentence group by sentence group. */
export const WINDOW_CHARACTERS = 360;

/** Sentences are grouped only up to this length, so one sentence never shares a window with much else. */
const GROUP_CHARACTERS = WINDOW_CHARACTERS / 2;

function cutAtWords(sentence: string): string[] {
  const chunks: string[] = [];
  let chunk = '';
  for (const word of sentence.split(' ')) {
    if (chunk !== '' && chunk.length + word.length + 1 > WINDOW_CHARACTERS) {
      chunks.push(chunk);
      chunk = '';
    }
    chunk = chunk === '' ? word : `${chunk} ${word}`;
  }
  if (chunk !== '') chunks.push(chunk);
  return chunks;
}

/**
 * Splits a `plain` text into windows for the classifier. A text up to WINDOW_CHARACTERS is one
 * window (it was trained on lines of that size). A longer one is cut into short groups of whole
 * sentences, so one harmful sentence inside a long, otherwise normal mailing is not diluted by the
 * rest, and a 2-million-character text is scored in linear time.
 */
export function textWindows(plain: string): string[] {
  if (plain.length <= WINDOW_CHARACTERS) return plain.trim() === '' ? [] : [plain];
  const windows: string[] = [];
  let current = '';
  for (const sentence of plain.split(' . ')) {
    const piece = sentence.trim();
    if (piece === '') continue;
    if (current !== '' && current.length + piece.length + 3 > GROUP_CHARACTERS) {
      windows.push(current);
      current = '';
    }
    if (piece.length > WINDOW_CHARACTERS) {
      // A run-on "sentence" longer than a window is cut at word boundaries.
      windows.push(...cutAtWords(piece));
      continue;
    }
    current = current === '' ? piece : `${current} . ${piece}`;
  }
  if (current !== '') windows.push(current);
  return windows;
}
