import { detectPii } from '../agents/safety/pii/detectPii';

/**
 * Keys whose string values are free text a person wrote (a chat message, a reviewer's comment, an edit, the
 * topic or query the planner lifted from a request). Such text can name anyone, so the audit chain keeps only
 * its length: the chain is append-only and hash-linked, and what it holds can never be erased.
 */
const FREE_TEXT_KEYS: ReadonlySet<string> = new Set([
  'text',
  'comment',
  'instruction',
  'body',
  'subject',
  'utterance',
  'query',
  'topic',
  'note',
  'prompt',
]);

/** Longest string kept from any other field (identifiers, codes, verdict reasons). */
const MAX_KEPT_CHARS = 200;

export const redactedText = (text: string): string => `[redacted: ${[...text].length} chars]`;

/** Personal data patterns (emails, card numbers, phones, IBANs, national ids…) replaced by their kind. */
export function scrubPersonalData(text: string): string {
  const matches = detectPii(text);
  if (matches.length === 0) return text.length > MAX_KEPT_CHARS ? `${text.slice(0, MAX_KEPT_CHARS)}…` : text;
  let result = '';
  let last = 0;
  for (const match of matches) {
    result += `${text.slice(last, match.start)}[${match.kind}]`;
    last = match.end;
  }
  result += text.slice(last);
  return result.length > MAX_KEPT_CHARS ? `${result.slice(0, MAX_KEPT_CHARS)}…` : result;
}

/**
 * What an audit record may hold: the same shape, with free text reduced to its length and personal data in
 * every other string replaced by its kind. Every `AuditLog.append` goes through here.
 */
export function redactAuditDetails(details: Record<string, unknown>): Record<string, unknown> {
  return redactValue(details, undefined) as Record<string, unknown>;
}

function redactValue(value: unknown, key: string | undefined): unknown {
  if (typeof value === 'string') {
    if (key !== undefined && FREE_TEXT_KEYS.has(key) && value !== '') return redactedText(value);
    return scrubPersonalData(value);
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, redactValue(item, name)]));
  }
  return value;
}
