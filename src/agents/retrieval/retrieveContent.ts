import type { Citation, ContentDocument, ContentKind } from '../../domain/content';
import type { Channel } from '../../domain/customer';
import type { ContentIndex } from '../../ports/ContentIndex';
import { citationFor } from '../../content/citationExcerpt';
import { isValidOn, servesChannel } from '../../content/contentValidity';
import type { RetrieveContentInput } from '../../tools/inputs/retrieveContentInput';

export interface RetrievedHit {
  id: string;
  title: string;
  kind: ContentKind;
  score: number;
  validTo?: string;
}

export interface RetrievalResult {
  query: string;
  validOn: string;
  channel?: Channel;
  hits: RetrievedHit[];
  /** The full documents, in relevance order: the only facts generation may use. */
  documents: ContentDocument[];
  citations: Citation[];
  noneFound: boolean;
  /** One line for the user, e.g. why nothing was found. */
  message: string;
}

const DEFAULT_TOP = 5;
/** Hits scoring below this share of the best hit are incidental mentions, not answers. */
const RELATIVE_SCORE_FLOOR = 0.1;

/**
 * Finds approved content for a query. Only documents valid today and usable on the channel are
 * returned (the index filters; this re-checks, so a stale index cannot leak expired offers).
 */
export async function retrieveContent(
  input: RetrieveContentInput,
  contentIndex: ContentIndex,
  today: string,
): Promise<RetrievalResult> {
  const top = input.top ?? DEFAULT_TOP;
  const hits = await contentIndex.search({
    text: input.query,
    validOn: today,
    top,
    ...(input.channel === undefined ? {} : { channel: input.channel }),
  });
  const eligible = hits.filter(
    (hit) =>
      isValidOn(hit.document, today) &&
      (input.channel === undefined || servesChannel(hit.document, input.channel)),
  );
  const bestScore = eligible[0]?.score ?? 0;
  const relevant = eligible.filter((hit) => hit.score >= bestScore * RELATIVE_SCORE_FLOOR).slice(0, top);
  const documents = relevant.map((hit) => hit.document);
  const channelText = input.channel === undefined ? '' : ` for ${input.channel}`;
  const result: RetrievalResult = {
    query: input.query,
    validOn: today,
    hits: relevant.map((hit) => {
      const entry: RetrievedHit = {
        id: hit.document.id,
        title: hit.document.title,
        kind: hit.document.kind,
        score: Math.round(hit.score * 1000) / 1000,
      };
      if (hit.document.validTo !== undefined) entry.validTo = hit.document.validTo;
      return entry;
    }),
    documents,
    citations: documents.map((document) => citationFor(document, input.query)),
    noneFound: documents.length === 0,
    message:
      documents.length === 0
        ? `No approved content valid on ${today}${channelText} matches "${input.query}".`
        : `Found ${documents.length} approved document(s)${channelText} for "${input.query}".`,
  };
  if (input.channel !== undefined) result.channel = input.channel;
  return result;
}
