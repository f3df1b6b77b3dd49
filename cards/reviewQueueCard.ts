import { card, CARD_VERBS, type AdaptiveCard } from './adaptiveCard';
import { executeAction, pagingElements, titleColumn } from './campaignListCard';
import type { ReviewQueueView } from '../src/campaigns/campaignViews';
import { translatorFor, type ReplyLanguage } from '../src/text/messages/messages';

type Element = Record<string, unknown>;

/**
 * The approver's queue as one compact card, one group per campaign (author, market, age, how many variants
 * wait) with a button that opens that campaign's variant cards, oldest first and paged: never a burst of
 * full variant cards.
 */
export function buildReviewQueueCard(view: ReviewQueueView, language: ReplyLanguage = 'en'): AdaptiveCard {
  const t = translatorFor(language);
  const waiting = view.groups.reduce((sum, group) => sum + group.pending, 0);
  const body: Element[] = [
    { type: 'TextBlock', text: t('lists.queueTitle'), weight: 'Bolder', size: 'Medium', wrap: true },
  ];
  if (view.groups.length === 0) {
    body.push({ type: 'TextBlock', text: view.empty, wrap: true });
    return card(body);
  }
  body.push({
    type: 'TextBlock',
    text: `${t('lists.inReview', { count: view.total })}${view.pageCount > 1 ? '' : t('lists.waiting', { count: waiting })}${t('lists.oldestFirst')}`,
    size: 'Small',
    isSubtle: true,
    spacing: 'None',
    wrap: true,
  });
  for (const group of view.groups) {
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        {
          type: 'ColumnSet',
          columns: [
            titleColumn(group.campaignId, group.topic),
            {
              type: 'Column',
              width: 'auto',
              items: [
                {
                  type: 'TextBlock',
                  text: t('lists.pendingOf', { pending: group.pending, variants: group.variants }),
                  weight: 'Bolder',
                  color: 'Warning',
                  horizontalAlignment: 'Right',
                },
              ],
            },
          ],
        },
        {
          type: 'TextBlock',
          text: t('lists.by', { author: group.authorName, market: group.market, age: group.age }),
          size: 'Small',
          spacing: 'None',
          wrap: true,
        },
        { type: 'ActionSet', actions: group.actions.map(executeAction) },
      ],
    });
  }
  body.push(
    ...pagingElements(
      view,
      (page) => ({
        title: '',
        verb: CARD_VERBS.queuePage,
        data: { page, ...(language === 'en' ? {} : { language }) },
      }),
      language,
    ),
  );
  return card(body);
}
