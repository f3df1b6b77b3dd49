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

export { CARD_VERBS } from '../src/domain/cardVerbs';

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
