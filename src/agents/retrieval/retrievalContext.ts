import type { ContentIndex } from '../../ports/ContentIndex';

/** What the retrieval tool needs from its caller. */
export interface RetrievalContext {
  contentIndex: ContentIndex;
  /** Today's date (YYYY-MM-DD): only documents valid on this date are returned. */
  today: string;
}
