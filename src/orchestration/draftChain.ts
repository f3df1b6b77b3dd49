import type { AuditLog } from '../audit/auditLog';
import type { ContentDocument } from '../domain/content';
import type { Channel } from '../domain/customer';
import type { Segment } from '../domain/segment';
import type { Variant } from '../domain/variant';
import type { GenerateVariantsInput } from '../tools/inputs/generateVariantsInput';
import type { SegmentCustomersInput } from '../tools/inputs/segmentCustomersInput';
import type { ToolName } from '../tools/toolCatalog';
import { TOOL_CATALOG } from '../tools/toolCatalog';
import type { AgentSuite, GeneratedVariants, GenerationWorkspace } from './agentSuite';
import type { ProgressListener } from './turnOutcome';
import { auditedToolCall } from './auditedToolCall';

/** Where a chain's audit records go and who to tell about progress. */
export interface ChainRecorder {
  actor: string;
  campaignId: string;
  audit: AuditLog;
  onProgress?: ProgressListener | undefined;
}

/** One audited tool call in the campaign's chain. */
export function chainStep<T>(
  recorder: ChainRecorder,
  tool: ToolName,
  args: object,
  run: () => Promise<T>,
): Promise<T> {
  return auditedToolCall(
    { tool, label: TOOL_CATALOG[tool].label, args, actor: recorder.actor, campaignId: recorder.campaignId },
    { audit: recorder.audit, onProgress: recorder.onProgress },
    run,
  );
}

/** Generates the variants and records each one (generator, sources, model, prompt, tokens and cost). */
export async function generateAndRecord(
  agents: AgentSuite,
  recorder: ChainRecorder,
  args: GenerateVariantsInput,
  workspace: GenerationWorkspace,
): Promise<GeneratedVariants> {
  const generated = await chainStep(recorder, 'generate_variants', args, () =>
    agents.generate(args, workspace),
  );
  // The generation record and one record per variant go into the chain as one batch.
  await recorder.audit.appendMany([
    {
      action: 'generation',
      actor: recorder.actor,
      campaignId: recorder.campaignId,
      details: {
        model: generated.variants[0]?.generator ?? 'none',
        prompt: generated.prompt ?? null,
        calls: generated.calls,
        usage: generated.usage,
        costUsd: generated.costUsd,
      },
    },
    ...generated.variants.map((variant) => ({
      action: 'variant_created' as const,
      actor: recorder.actor,
      campaignId: recorder.campaignId,
      details: {
        variantId: variant.id,
        generator: variant.generator,
        sources: variant.citations.map((citation) => citation.id),
        usage: generated.usage,
      },
    })),
  ]);
  return generated;
}

/** Screens variants against harms, policy and their sources, and records each verdict. */
export async function screenAndRecord(
  agents: AgentSuite,
  recorder: ChainRecorder,
  variants: Variant[],
  documents: ContentDocument[],
): Promise<Variant[]> {
  const screened = await chainStep(
    recorder,
    'screen_content',
    { variantIds: variants.map((variant) => variant.id) },
    () => agents.screenVariants(variants, documents),
  );
  // Every verdict in one batch.
  await recorder.audit.appendMany(
    screened.map((variant) => ({
      action: 'safety_verdict' as const,
      actor: recorder.actor,
      campaignId: recorder.campaignId,
      details: {
        variantId: variant.id,
        verdict: variant.safety?.verdict,
        screener: variant.safety?.screener,
        categories: variant.safety?.categories,
        reasons: variant.safety?.reasons,
        // Each screen's verdict with the model and prompt version that gave it.
        screens: variant.safety?.screens,
        spend: variant.safety?.spend,
      },
    })),
  );
  return screened;
}

export interface DraftChainRequest {
  actor: string;
  campaignId: string;
  audience: SegmentCustomersInput;
  query: string;
  channel: Channel;
  /** Complete generation arguments (count, channel, goal, topic…). */
  message: GenerateVariantsInput;
  onProgress?: ProgressListener;
}

export type DraftChainResult =
  | { kind: 'no_audience' }
  | { kind: 'no_content'; query: string }
  | {
      kind: 'drafted';
      segment: Segment;
      documents: ContentDocument[];
      variants: Variant[];
      generation: GeneratedVariants;
    };

/**
 * The drafting chain without a conversation (`cpo run`): segment → retrieve → generate → screen, each
 * step in the campaign's audit chain. The chat path runs the same steps as registry tools.
 */
export async function runDraftChain(
  agents: AgentSuite,
  audit: AuditLog,
  request: DraftChainRequest,
): Promise<DraftChainResult> {
  const recorder: ChainRecorder = {
    actor: request.actor,
    campaignId: request.campaignId,
    audit,
    onProgress: request.onProgress,
  };
  const { unsupported: _unsupported, ...criteria } = request.audience;
  const [segment] = await chainStep(recorder, 'segment_customers', request.audience, () =>
    agents.segment(criteria),
  );
  if (!segment || segment.size === 0) return { kind: 'no_audience' };
  const retrieveArgs = { query: request.query, channel: request.channel };
  const retrieved = await chainStep(recorder, 'retrieve_content', retrieveArgs, () =>
    agents.retrieve(retrieveArgs),
  );
  if (retrieved.documents.length === 0) return { kind: 'no_content', query: request.query };
  const generation = await generateAndRecord(agents, recorder, request.message, {
    campaignId: request.campaignId,
    segment,
    documents: retrieved.documents,
  });
  const variants = await screenAndRecord(agents, recorder, generation.variants, retrieved.documents);
  return { kind: 'drafted', segment, documents: retrieved.documents, variants, generation };
}
