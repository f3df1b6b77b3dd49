/**
 * Verbs of our Universal Actions (`Action.Execute`): the bot's invoke handler routes on these, and the
 * campaign views name them for their next-action buttons.
 */
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
