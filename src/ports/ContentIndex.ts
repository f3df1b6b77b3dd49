import type { ContentDocument, SearchHit } from '../domain/content';
import type { Channel } from '../domain/customer';

export interface ContentQuery {
  text: string;
  channel?: Channel;
  /** Only documents valid on this ISO date (YYYY-MM-DD). */
  validOn?: string;
  top?: number;
}

/** Port over a full-text index of approved content. Adapters: local MiniSearch index, Azure AI Search. */
export interface ContentIndex {
  /** Replaces the index with these documents. */
  index(documents: ContentDocument[]): Promise<void>;
  search(query: ContentQuery): Promise<SearchHit[]>;
  get(id: string): Promise<ContentDocument | undefined>;
}
