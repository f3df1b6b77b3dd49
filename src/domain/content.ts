import type { Channel } from './customer';

export const CONTENT_KINDS = ['offer', 'product', 'brand', 'legal'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** An approved brand document (offer, product fact, voice guide, disclaimer). */
export interface ContentDocument {
  id: string;
  title: string;
  kind: ContentKind;
  /** ISO dates (YYYY-MM-DD), inclusive. */
  validFrom?: string;
  validTo?: string;
  channels: Channel[];
  tags: string[];
  body: string;
}

/** A reference from generated copy back to the approved document that supports it. */
export interface Citation {
  id: string;
  title: string;
  /** The passage of the document that backs the claim. */
  excerpt: string;
}

export interface SearchHit {
  document: ContentDocument;
  score: number;
}
