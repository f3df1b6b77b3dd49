import { card, type AdaptiveCard } from './adaptiveCard';
import type { Segment } from '../src/domain/segment';
import { formatNumber, translatorFor, type ReplyLanguage } from '../src/text/messages/messages';

/** One or more cohorts with their size, explanation and aggregate traits. */
export function buildSegmentCard(
  title: string,
  segments: Segment[],
  language: ReplyLanguage = 'en',
): AdaptiveCard {
  const t = translatorFor(language);
  return card([
    { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
    ...segments.flatMap((segment) => [
      {
        type: 'TextBlock',
        text: t('segments.size', {
          name: segment.name,
          size: formatNumber(segment.size, language),
          count: segment.size,
        }),
        weight: 'Bolder',
        spacing: 'Medium',
        wrap: true,
      },
      { type: 'TextBlock', text: segment.explanation, wrap: true, spacing: 'None' },
      ...(segment.traits.length > 0
        ? [
            {
              type: 'TextBlock',
              text: segment.traits.map((trait) => `• ${trait}`).join('\n'),
              wrap: true,
              size: 'Small',
            },
          ]
        : []),
    ]),
  ]);
}
