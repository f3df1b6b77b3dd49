/** Longest customer id or arm a file may carry (documented in the README's `import-events` row). */
export const MAX_ID_CHARS = 256;

/** The replacement character the UTF-8 decoder puts where the bytes were not valid UTF-8. */
const REPLACEMENT_CHARACTER = '\uFFFD';

export type IdText = { ok: true; value: string } | { ok: false; error: string };

/**
 * An identifier field (customer, arm, campaign) as trimmed text. Numbers are accepted as their digits; any
 * other type says "must be a string" (not "is required"); text the decoder could not read as UTF-8 and text
 * over MAX_ID_CHARS are refused — never counted silently under a mangled or truncated id.
 */
export function idText(name: string, value: unknown, hint = ''): IdText {
  if (value === undefined || value === null) return { ok: false, error: `${name}: is required${hint}` };
  if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, value: String(value) };
  if (typeof value !== 'string') return { ok: false, error: `${name}: must be a string` };
  const text = value.trim();
  if (text === '') return { ok: false, error: `${name}: is required${hint}` };
  if (text.includes(REPLACEMENT_CHARACTER)) return { ok: false, error: `${name}: is not valid UTF-8` };
  if ([...text].length > MAX_ID_CHARS) {
    return { ok: false, error: `${name}: is longer than ${MAX_ID_CHARS} characters` };
  }
  return { ok: true, value: text };
}
