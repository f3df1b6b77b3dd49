import { card, type AdaptiveCard } from './adaptiveCard';
import type { Citation } from '../src/domain/content';
import { translatorFor, type ReplyLanguage } from '../src/text/messages/messages';

/** Approved content found for a query, each with its id so it can be cited. */
export function buildContentCard(
  query: string,
  citations: Citation[],
  language: ReplyLanguage = 'en',
): AdaptiveCard {
  const t = translatorFor(language);
  return card([
    {
      type: 'TextBlock',
      text: t('content.title', { query }),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    ...(citations.length === 0
      ? [{ type: 'TextBlock', text: t('content.none'), wrap: true }]
      : citations.map((citation, index) => ({
          type: 'Container',
          spacing: 'Medium',
          items: [
            {
              type: 'TextBlock',
              text: `[${index + 1}] ${citation.title} (${citation.id})`,
              weight: 'Bolder',
              wrap: true,
            },
            { type: 'TextBlock', text: citation.excerpt, wrap: true, size: 'Small', spacing: 'None' },
          ],
        }))),
  ]);
}
