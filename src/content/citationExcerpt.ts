import type { Citation, ContentDocument } from '../domain/content';
import { keyFactsSection } from './contentFacts';
import { foldText } from './multilingualQueryTerms';

const MAX_EXCERPT = 400;

/** Cuts at a line or word boundary so an excerpt never ends mid-number. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lineBreak = cut.lastIndexOf('\n');
  if (lineBreak > max / 2) return cut.slice(0, lineBreak).trimEnd();
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > 0 ? space : max).trimEnd()}…`;
}

function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '' && !/^#{1,6}\s/.test(paragraph));
}

/**
 * The passage that backs a citation: the document's `Key facts` section when it has one (that is
 * where offers state their numbers), otherwise the paragraph sharing most words with the query.
 * Always a verbatim substring of the body, so a reviewer can find it in the source.
 */
export function citationExcerpt(document: ContentDocument, query = ''): string {
  const facts = keyFactsSection(document.body);
  if (facts !== undefined) return clip(facts, MAX_EXCERPT);
  const candidates = paragraphs(document.body);
  const words = new Set(
    foldText(query)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 2),
  );
  let best = candidates[0] ?? document.body.trim();
  let bestScore = -1;
  for (const paragraph of candidates) {
    const folded = foldText(paragraph);
    const score = [...words].filter((word) => folded.includes(word)).length;
    if (score > bestScore) {
      best = paragraph;
      bestScore = score;
    }
  }
  return clip(best, MAX_EXCERPT);
}

export function citationFor(document: ContentDocument, query = ''): Citation {
  return { id: document.id, title: document.title, excerpt: citationExcerpt(document, query) };
}
