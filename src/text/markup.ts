import { decode } from 'html-entities';

/** Inline elements join the text around them ("ri<b>sk</b>" is one word); every other tag separates words. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'code',
  'del',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'tt',
  'u',
  'wbr',
]);

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)\b[^<>]*>/g;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/** Decodes HTML entities, twice at most, so `&amp;#97;` cannot smuggle an `a` past the matchers. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const once = decode(text, { level: 'html5' });
  return ENTITY.test(once) ? decode(once, { level: 'html5' }) : once;
}

/** Removes HTML comments and tags, keeping their text content. */
export function stripTags(text: string): string {
  if (!text.includes('<')) return text;
  return text
    .replace(COMMENT, '')
    .replace(TAG, (_tag, name: string) => (INLINE_TAGS.has(name.toLowerCase()) ? '' : ' '));
}
