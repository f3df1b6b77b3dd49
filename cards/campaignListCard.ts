import { card, CARD_VERBS, type AdaptiveCard } from './adaptiveCard';
import type { CampaignState } from '../src/campaigns/campaignState';
import type { CampaignListView, NextAction, Paging } from '../src/campaigns/campaignViews';

type Element = Record<string, unknown>;

const STATE_COLORS: Record<CampaignState, string> = {
  drafted: 'Default',
  in_review: 'Warning',
  approved: 'Good',
  running: 'Accent',
  decided: 'Good',
};

const FILTER_TITLES: Record<CampaignListView['filter'], string> = {
  mine: 'My campaigns',
  running: 'Running experiments',
  waiting: 'Waiting for you',
  all: 'Campaigns',
};

/** An `Action.Execute` button (Universal Actions, like the variant card's). */
export function executeAction(action: NextAction): Element {
  return { type: 'Action.Execute', title: action.title, verb: action.verb, data: action.data };
}

/** "Page 2 of 3 · 12 campaigns" with Previous / Next buttons that re-render the card in place. */
export function pagingElements(
  paging: Paging,
  noun: string,
  pageAction: (page: number) => NextAction,
): Element[] {
  const elements: Element[] = [
    {
      type: 'TextBlock',
      text: `Page ${paging.page} of ${paging.pageCount} · ${paging.total} ${noun}${paging.total === 1 ? '' : 's'}`,
      size: 'Small',
      isSubtle: true,
      wrap: true,
    },
  ];
  const buttons: NextAction[] = [];
  if (paging.page > 1) buttons.push({ ...pageAction(paging.page - 1), title: '◀ Previous' });
  if (paging.page < paging.pageCount) buttons.push({ ...pageAction(paging.page + 1), title: 'Next ▶' });
  if (buttons.length > 0) elements.push({ type: 'ActionSet', actions: buttons.map(executeAction) });
  return elements;
}

/**
 * One compact card for "show me my campaigns" / "what's running?" / "what's waiting for me?": a row per
 * campaign (id and topic, state, author and age, a one-line detail) with its next-action buttons, paged.
 */
/** A campaign's id in bold over its topic: the left column of a list row or queue group. */
export function titleColumn(campaignId: string, topic: string): Element {
  return {
    type: 'Column',
    width: 'stretch',
    items: [
      { type: 'TextBlock', text: campaignId, weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: topic, size: 'Small', isSubtle: true, spacing: 'None', wrap: true },
    ],
  };
}

export function buildCampaignListCard(view: CampaignListView): AdaptiveCard {
  const body: Element[] = [
    { type: 'TextBlock', text: FILTER_TITLES[view.filter], weight: 'Bolder', size: 'Medium', wrap: true },
  ];
  if (view.items.length === 0) {
    body.push({ type: 'TextBlock', text: view.empty, wrap: true });
    return card(body);
  }
  for (const item of view.items) {
    const rows: Element[] = [
      {
        type: 'ColumnSet',
        columns: [
          titleColumn(item.campaignId, item.topic),
          {
            type: 'Column',
            width: 'auto',
            items: [
              {
                type: 'TextBlock',
                text: item.stateLabel,
                weight: 'Bolder',
                color: STATE_COLORS[item.state],
                horizontalAlignment: 'Right',
              },
            ],
          },
        ],
      },
      {
        type: 'TextBlock',
        text: `${item.authorName} · ${item.market} · ${item.age} · ${item.variants} variant${item.variants === 1 ? '' : 's'} · ${item.detail}`,
        size: 'Small',
        spacing: 'None',
        wrap: true,
      },
    ];
    if (item.actions.length > 0) rows.push({ type: 'ActionSet', actions: item.actions.map(executeAction) });
    body.push({ type: 'Container', separator: true, spacing: 'Medium', items: rows });
  }
  body.push(
    ...pagingElements(view, 'campaign', (page) => ({
      title: '',
      verb: CARD_VERBS.listPage,
      data: { filter: view.filter, page },
    })),
  );
  return card(body);
}
