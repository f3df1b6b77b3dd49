import type { ReplyLanguage } from '../../text/messages/messages';
import type { ContentDocument } from '../../domain/content';
import type { Channel } from '../../domain/customer';
import type { Segment } from '../../domain/segment';
import type { LanguageModel } from '../../ports/LanguageModel';

/** What the generation tool needs from its caller: the model, the campaign and what was retrieved. */
export interface GenerationContext {
  languageModel: LanguageModel;
  campaignId: string;
  segment: Segment;
  /** Approved documents retrieved for the campaign, most relevant first: the only allowed facts. */
  sources: ContentDocument[];
  /** Id for the n-th variant (0-based), e.g. `${campaignId}-v${index + 1}`. */
  variantId: (index: number) => string;
  /** Channel when the request names none (else the segment's first reachable channel, else email). */
  defaultChannel?: Channel;
  /** The brand voice guide from the approved content (the model's voice). */
  voiceGuide?: string;
  /** A revision of one existing variant: its copy and what to change. */
  revise?: { subject?: string; body: string; instruction: string };
  /** What the campaign may still spend on model calls, in US dollars. */
  budgetUsd?: number;
  /** The language of the request: warnings (not the copy) are written in it. */
  replyLanguage?: ReplyLanguage;
}
