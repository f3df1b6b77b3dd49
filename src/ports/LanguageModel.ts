import type { Citation, ContentDocument } from '../domain/content';
import type { Channel } from '../domain/customer';

/** What the generator may know about the audience: aggregates only, never a customer's identity. */
export interface AudienceProfile {
  segmentName: string;
  explanation: string;
  traits: string[];
  size: number;
}

export interface GenerationRequest {
  campaignGoal: string;
  channel: Channel;
  variants: number;
  audience: AudienceProfile;
  /** Approved content the copy must be grounded in; the only allowed source of facts. */
  sources: ContentDocument[];
  tone?: string;
  language?: string;
  /** The brand voice guide from the approved content, for the model's system prompt. */
  voiceGuide?: string;
  /** A revision: the copy to change and what to change ("shorter"). One draft is asked for. */
  revise?: { subject?: string; body: string; instruction: string };
  /** What the campaign may still spend on model calls, in US dollars (absent: no limit). */
  budgetUsd?: number;
}

export interface DraftCopy {
  subject?: string;
  body: string;
  citations: Citation[];
  /** Template id or model deployment, for the audit trail and report explanations. */
  generator: string;
}

export interface GenerationResult {
  drafts: DraftCopy[];
  usage: { promptTokens: number; completionTokens: number };
  /** Model calls made (0 offline) and what they cost in US dollars. */
  calls: number;
  costUsd: number;
  /** The prompt that produced the drafts, for the audit record. */
  prompt?: { id: string; version: number };
  /** Requests the generator could not honour with the sources, in words for the draft summary. */
  notes: string[];
}

/** Port over text generation. Adapters: deterministic offline templates, a chat model (Azure OpenAI or OpenAI-compatible). */
export interface LanguageModel {
  readonly id: string;
  generate(request: GenerationRequest): Promise<GenerationResult>;
}
