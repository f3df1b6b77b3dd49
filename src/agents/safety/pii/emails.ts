import type { PiiMatch } from './piiMatch';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?![\p{L}\p{N}])/gu;
const OPEN = String.raw`\s*[\[({<]\s*`;
const CLOSE = String.raw`\s*[\])}>]\s*`;
/** "john [at] example [dot] com", "john (arroba) correo (punto) es" */
const BRACKETED = new RegExp(
  String.raw`(?<![\p{L}\p{N}._-])[\p{L}\p{N}._%+-]+${OPEN}(?:at|arroba|ät|chez|@)${CLOSE}[\p{L}\p{N}-]+(?:${OPEN}(?:dot|punto|punkt|point|\.)${CLOSE}[\p{L}\p{N}-]+)+`,
  'giu',
);
/** "john at example dot com": only with a familiar top-level domain, to stay clear of ordinary prose. */
const SPELLED =
  /(?<![\p{L}\p{N}._-])[\p{L}\p{N}._-]+ (?:at|arroba) [\p{L}\p{N}-]+ (?:dot|punto|punkt|point) (?:com|net|org|de|es|fr|co|uk|io|info|eu|me)(?![\p{L}\p{N}])/giu;

export function findEmails(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (const pattern of [EMAIL, BRACKETED, SPELLED]) {
    for (const hit of text.matchAll(pattern)) {
      const start = hit.index;
      found.push({ kind: 'email', label: 'email address', start, end: start + hit[0].length, value: hit[0] });
    }
  }
  return found;
}

/** The canonical form of an obfuscated address ("john [at] example [dot] com" → "john@example.com"). */
export function canonicalEmail(value: string): string {
  return value
    .toLowerCase()
    .replace(/\s*[[({<]\s*(?:at|arroba|ät|chez|@)\s*[\])}>]\s*|\s+(?:at|arroba)\s+/g, '@')
    .replace(/\s*[[({<]\s*(?:dot|punto|punkt|point|\.)\s*[\])}>]\s*|\s+(?:dot|punto|punkt|point)\s+/g, '.');
}
