/**
 * Control and invisible formatting characters (zero-width, bidi overrides, line separators) other than
 * tab and newline: they carry no meaning for planning and can hide text from a human reviewer.
 */
const CONTROL_CHARACTERS = /(?![\t\n])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * The user's text as sent to the model: control and invisible formatting characters removed, trimmed,
 * and cut to at most `maxChars` code points (never in the middle of a surrogate pair), so an
 * oversized message cannot crowd out the system prompt or run up the token bill.
 */
export function userRequestText(utterance: string, maxChars: number): string {
  // A code point is at most two UTF-16 units, so this bounds the work on huge inputs.
  const head = utterance.slice(0, maxChars * 2 + 2).replace(CONTROL_CHARACTERS, '');
  const codePoints = Array.from(head.trim());
  return codePoints.length <= maxChars
    ? codePoints.join('')
    : codePoints.slice(0, maxChars).join('').trimEnd();
}
