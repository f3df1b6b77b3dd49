import type { ReplyLanguage } from '../text/messages/messages';
import type { Citation, ContentDocument } from '../domain/content';
import type { Segment } from '../domain/segment';
import type { SafetyResult, Variant } from '../domain/variant';
import type { SegmentCustomersInput } from '../tools/inputs/segmentCustomersInput';
import type { RetrieveContentInput } from '../tools/inputs/retrieveContentInput';
import type { GenerateVariantsInput } from '../tools/inputs/generateVariantsInput';

export interface GenerationWorkspace {
  campaignId: string;
  segment: Segment;
  documents: ContentDocument[];
  /** A revision of one existing variant: its copy and what to change. */
  revise?: { subject?: string; body: string; instruction: string };
  /** What the campaign may still spend on model calls, in US dollars. */
  budgetUsd?: number;
  /** Id of the n-th generated variant (default v1, v2, …). */
  variantId?: (index: number) => string;
  /** The language of the request: warnings for the draft summary are written in it. */
  replyLanguage?: ReplyLanguage;
}

export interface GeneratedVariants {
  variants: Variant[];
  usage: { promptTokens: number; completionTokens: number };
  calls: number;
  costUsd: number;
  prompt?: { id: string; version: number };
  /** What the generator could not honour or the user should know, in words for the draft summary. */
  warnings: string[];
}

/**
 * The five agents as the orchestrator sees them. The composition root adapts each agent to this shape,
 * so the orchestrator never depends on an SDK or on how an agent is implemented.
 */
export interface AgentSuite {
  segment(input: Omit<SegmentCustomersInput, 'unsupported'>): Promise<Segment[]>;
  retrieve(input: RetrieveContentInput): Promise<{ documents: ContentDocument[]; citations: Citation[] }>;
  generate(input: GenerateVariantsInput, workspace: GenerationWorkspace): Promise<GeneratedVariants>;
  /** Screens variants against harms, policy and their cited sources; returns them with `safety` set. */
  screenVariants(variants: Variant[], sources: ContentDocument[]): Promise<Variant[]>;
  screenText(text: string): Promise<SafetyResult>;
  /** The approved documents with these ids that still exist (e.g. the sources a variant cites). */
  sources(ids: readonly string[]): Promise<ContentDocument[]>;
  /** Screens one edited variant again against the approved documents it cites. */
  rescreen(variant: Variant): Promise<Variant>;
}
