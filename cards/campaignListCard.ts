import { card, CARD_VERBS, type AdaptiveCard } from './adaptiveCard';
import type { CampaignState } from '../src/campaigns/campaignState';
import type { CampaignListView, NextAction, Paging } from '../src/campaigns/campaignViews';
import { translatorFor, type ReplyLanguage } from '../src/text/messages/messages';

type Element = Record<string, unknown>;

const STATE_COLORS: Record<CampaignState, string> = {
  drafted: 'Default',
  in_review: 'Warning',
  approved: 'Good',
  running: 'Accent',
  decided: 'Good',
};

/** An `Action.Execute` button (Universal Actions, like the variant card's). */
export function executeAction(action: NextAction): Element {
  return { type: 'Action.Execute', title: action.title, verb: action.verb, data: action.data };
}

/** "Page 2 of 3 · 12 campaigns" with Previous / Next buttons that re-render the card in place. */
export function pagingElements(
  paging: Paging,
  pageAction: (page: number) => NextAction,
  language: ReplyLanguage = 'en',
): Element[] {
  const t = translatorFor(language);
  const elements: Element[] = [
    {
      type: 'TextBlock',
      text: t('lists.page', { page: paging.page, pageCount: paging.pageCount, count: paging.total }),
      size: 'Small',
      isSubtle: true,
      wrap: true,
    },
  ];
  const buttons: NextAction[] = [];
  if (paging.page > 1) buttons.push({ ...pageAction(paging.page - 1), title: t('lists.previous') });
  if (paging.page < paging.pageCount)
    buttons.push({ ...pageAction(paging.page + 1), title: t('lists.next') });
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

/** `language`: the reader's; it is carried in the paging buttons so the next page keeps it. */
export function buildCampaignListCard(view: CampaignListView, language: ReplyLanguage = 'en'): AdaptiveCard {
  const t = translatorFor(language);
  const body: Element[] = [
    {
      type: 'TextBlock',
      text: t(`lists.titles.${view.filter}`),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
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
        text: `${item.authorName} · ${item.market} · ${item.age} · ${t('lists.variants', { count: item.variants })} · ${item.detail}`,
        size: 'Small',
        spacing: 'None',
        wrap: true,
      },
    ];
    if (item.actions.length > 0) rows.push({ type: 'ActionSet', actions: item.actions.map(executeAction) });
    body.push({ type: 'Container', separator: true, spacing: 'Medium', items: rows });
  }
  body.push(
    ...pagingElements(
      view,
      (page) => ({
        title: '',
        verb: CARD_VERBS.listPage,
        data: { filter: view.filter, page, ...(language === 'en' ? {} : { language }) },
      }),
      language,
    ),
  );
  return card(body);
}
