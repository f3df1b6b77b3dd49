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
}

/** Port over text generation. Adapters: deterministic offline templates, Azure OpenAI. */
export interface LanguageModel {
  readonly id: string;
  generate(request: GenerationRequest): Promise<GenerationResult>;
}
