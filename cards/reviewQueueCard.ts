import { card, CARD_VERBS, type AdaptiveCard } from './adaptiveCard';
import { executeAction, pagingElements, titleColumn } from './campaignListCard';
import type { ReviewQueueView } from '../src/campaigns/campaignViews';

type Element = Record<string, unknown>;

/**
 * The approver's queue as one compact card, one group per campaign (author, market, age, how many variants
 * wait) with a button that opens that campaign's variant cards, oldest first and paged: never a burst of
 * full variant cards.
 */
export function buildReviewQueueCard(view: ReviewQueueView): AdaptiveCard {
  const waiting = view.groups.reduce((sum, group) => sum + group.pending, 0);
  const body: Element[] = [
    { type: 'TextBlock', text: 'Waiting for your review', weight: 'Bolder', size: 'Medium', wrap: true },
  ];
  if (view.groups.length === 0) {
    body.push({ type: 'TextBlock', text: view.empty, wrap: true });
    return card(body);
  }
  body.push({
    type: 'TextBlock',
    text: `${view.total} campaign${view.total === 1 ? '' : 's'} in review${view.pageCount > 1 ? '' : ` · ${waiting} variant${waiting === 1 ? '' : 's'} waiting`} · oldest first`,
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
                  text: `${group.pending} of ${group.variants} waiting`,
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
          text: `By ${group.authorName} · ${group.market} · ${group.age}`,
          size: 'Small',
          spacing: 'None',
          wrap: true,
        },
        { type: 'ActionSet', actions: group.actions.map(executeAction) },
      ],
    });
  }
  body.push(
    ...pagingElements(view, 'campaign', (page) => ({
      title: '',
      verb: CARD_VERBS.queuePage,
      data: { page },
    })),
  );
  return card(body);
}
