import type { ContentDocument } from '../domain/content';
import { englishThemeTerms, foldText } from '../content/multilingualQueryTerms';

const GENERIC = new Set([
  'offer',
  'offers',
  'sale',
  'deal',
  'deals',
  'campaign',
  'email',
  'message',
  'promo',
]);

/** The words of a topic that say what it is about (folded, without filler such as "offer"). */
function topicWords(topic: string): string[] {
  const words = [topic, ...englishThemeTerms(topic)]
    .flatMap((text) => foldText(text).split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length > 2 && !GENERIC.has(word));
  return [...new Set(words)];
}

/**
 * Whether the approved documents are about the requested topic: at least one document's title, tags or
 * body mentions one of its words. When they are not, the draft must say it used other content instead
 * of presenting it as what was asked for.
 */
export function coversTopic(topic: string, documents: readonly ContentDocument[]): boolean {
  const words = topicWords(topic);
  if (words.length === 0) return true;
  return documents.some((document) => {
    const haystack = foldText(`${document.title} ${document.tags.join(' ')} ${document.body.slice(0, 300)}`);
    return words.some((word) => haystack.includes(word));
  });
}
