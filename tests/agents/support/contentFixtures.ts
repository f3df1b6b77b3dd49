import { join } from 'node:path';
import type { ContentDocument } from '../../../src/domain/content';
import type { Channel } from '../../../src/domain/customer';
import type { GenerationRequest } from '../../../src/ports/LanguageModel';
import type { Segment } from '../../../src/domain/segment';
import type { Variant } from '../../../src/domain/variant';
import { loadContentDirectory } from '../../../src/content/loadContentDirectory';

export const CONTENT_DIR = join(__dirname, '..', '..', '..', 'data', 'content');
export const TODAY = '2026-11-25';

export async function approvedContent(): Promise<Map<string, ContentDocument>> {
  const { documents } = await loadContentDirectory(CONTENT_DIR);
  return new Map(documents.map((document) => [document.id, document]));
}

export function pick(content: Map<string, ContentDocument>, ...ids: string[]): ContentDocument[] {
  return ids.map((id) => {
    const document = content.get(id);
    if (!document) throw new Error(`fixture document ${id} is missing`);
    return document;
  });
}

export const INACTIVE_SEGMENT: Segment = {
  id: 'seg-inactive-90d',
  name: 'Inactive 90+ days',
  explanation: 'Customers whose last purchase was at least 90 days ago. 281 of 500 customers (56%) match.',
  size: 281,
  traits: ['avg 317 days since last order', 'avg 2.5 orders in the last 12 months'],
  method: 'behavior',
  criteria: { method: 'behavior', inactiveDays: 90 },
  reachableChannels: ['email', 'sms', 'push'],
};

/** Numbers, prices and percentages as written in copy, e.g. `$50`, `25%`, `2027`, `20,000`. */
export function numbersIn(text: string): string[] {
  return (text.match(/\$?\d+(?:[.,]\d+)*%?/g) ?? []).map((token) => token.replace(/[.,]$/, ''));
}

/**
 * Every number in the copy must appear in the text of the documents it cites: the same check a
 * groundedness screener makes. Returns the numbers that are not backed.
 */
export function ungroundedNumbers(
  variant: Pick<Variant, 'subject' | 'body' | 'citations'>,
  content: Map<string, ContentDocument>,
): string[] {
  const cited = variant.citations
    .map((citation) => content.get(citation.id))
    .map((document) => (document ? `${document.title}\n${document.body}` : ''))
    .join('\n');
  return numbersIn(`${variant.subject ?? ''}\n${variant.body}`).filter((number) => !cited.includes(number));
}

/** One template request for every goal, every offer or product document, and every channel it allows. */
export interface OfferDraftCase {
  goal: string;
  source: ContentDocument;
  channel: Channel;
  request: GenerationRequest;
}

export const TEMPLATE_GOALS = ['win-back', 'promotion', 'welcome', 'loyalty', 'new arrivals'] as const;

export function everyOfferDraftCase(content: Map<string, ContentDocument>, variants = 10): OfferDraftCase[] {
  const offers = [...content.values()].filter(
    (document) => document.kind === 'offer' || document.kind === 'product',
  );
  return TEMPLATE_GOALS.flatMap((goal) =>
    offers.flatMap((source) =>
      source.channels.map((channel) => ({
        goal,
        source,
        channel,
        request: {
          campaignGoal: goal,
          channel,
          variants,
          audience: { segmentName: 'All customers', explanation: 'All customers.', traits: [], size: 500 },
          sources: [source],
        },
      })),
    ),
  );
}
