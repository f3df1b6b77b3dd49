import { card, type AdaptiveCard } from './adaptiveCard';
import type { Citation } from '../src/domain/content';

/** Approved content found for a query, each with its id so it can be cited. */
export function buildContentCard(query: string, citations: Citation[]): AdaptiveCard {
  return card([
    {
      type: 'TextBlock',
      text: `Approved content for “${query}”`,
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    ...(citations.length === 0
      ? [{ type: 'TextBlock', text: 'No approved, currently valid content matches.', wrap: true }]
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
