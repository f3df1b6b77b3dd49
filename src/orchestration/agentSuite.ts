import type { Citation, ContentDocument } from '../domain/content';
import type { Segment } from '../domain/segment';
import type { SafetyResult, Variant } from '../domain/variant';
import type { SegmentCustomersInput } from '../agents/segmentation/segmentCustomersInput';
import type { RetrieveContentInput } from '../agents/retrieval/retrieveContentInput';
import type { GenerateVariantsInput } from '../agents/generation/generateVariantsInput';

export interface GenerationWorkspace {
  campaignId: string;
  segment: Segment;
  documents: ContentDocument[];
}

/**
 * The five agents as the orchestrator sees them. The composition root adapts each agent's tool to this
 * shape, so the orchestrator never depends on an SDK or on how an agent is implemented.
 */
export interface AgentSuite {
  segment(input: SegmentCustomersInput): Promise<Segment[]>;
  retrieve(input: RetrieveContentInput): Promise<{ documents: ContentDocument[]; citations: Citation[] }>;
  generate(
    input: GenerateVariantsInput,
    workspace: GenerationWorkspace,
  ): Promise<{ variants: Variant[]; usage: { promptTokens: number; completionTokens: number } }>;
  /** Screens variants against harms, policy and their cited sources; returns them with `safety` set. */
  screenVariants(variants: Variant[], sources: ContentDocument[]): Promise<Variant[]>;
  screenText(text: string): Promise<SafetyResult>;
  /** Screens one edited variant again against the approved documents it cites. */
  rescreen(variant: Variant): Promise<Variant>;
}
