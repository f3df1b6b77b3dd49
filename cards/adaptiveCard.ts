/** The Adaptive Card JSON shape we produce (schema 1.5). Elements are loosely typed JSON by design of the format. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: Array<Record<string, unknown>>;
  actions?: Array<Record<string, unknown>>;
  refresh?: Record<string, unknown>;
  msteams?: Record<string, unknown>;
}

export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** Verbs of our Universal Actions (`Action.Execute`). The bot's invoke handler routes on these. */
export const CARD_VERBS = {
  approve: 'approveVariant',
  reject: 'rejectVariant',
  refresh: 'refreshVariant',
  edit: 'editVariant',
  /** Campaign list and review queue (issue 12): post a campaign's variant cards, launch, results, paging. */
  openVariants: 'openCampaignVariants',
  launch: 'launchCampaign',
  results: 'showCampaignResults',
  listPage: 'campaignListPage',
  queuePage: 'reviewQueuePage',
} as const;

export function card(body: AdaptiveCard['body'], extra: Partial<AdaptiveCard> = {}): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: '1.5',
    body,
    msteams: { width: 'Full' },
    ...extra,
  };
}
