import type { AuditLog } from '../audit/auditLog';
import type { ContentDocument } from '../domain/content';
import type { Channel } from '../domain/customer';
import type { Segment } from '../domain/segment';
import type { Variant } from '../domain/variant';
import type { GenerateVariantsInput } from '../agents/generation/generateVariantsInput';
import type { SegmentCustomersInput } from '../agents/segmentation/segmentCustomersInput';
import type { ToolName } from '../tools/toolCatalog';
import type { AgentSuite } from './agentSuite';
import type { ProgressListener } from './turnOutcome';
import { auditedToolCall } from './auditedToolCall';

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
  | { kind: 'drafted'; segment: Segment; documents: ContentDocument[]; variants: Variant[] };

/**
 * The drafting chain shared by the bot and `cpo run`: segment → retrieve → generate → screen. Every tool call,
 * every variant (generator, cited sources, token usage) and every safety verdict is written to the audit chain
 * of the campaign. Stops early, without drafting, when nobody matches or no approved content supports a claim.
 */
export async function runDraftChain(
  agents: AgentSuite,
  audit: AuditLog,
  request: DraftChainRequest,
): Promise<DraftChainResult> {
  const { actor, campaignId } = request;
  const record = (action: 'variant_created' | 'safety_verdict', details: Record<string, unknown>) =>
    audit.append({ action, actor, campaignId, details });
  const step = <T>(tool: ToolName, args: object, run: () => Promise<T>): Promise<T> =>
    auditedToolCall({ tool, args, actor, campaignId }, { audit, onProgress: request.onProgress }, run);

  const [segment] = await step('segment_customers', request.audience, () => agents.segment(request.audience));
  if (!segment || segment.size === 0) return { kind: 'no_audience' };
  const retrieveArgs = { query: request.query, channel: request.channel };
  const retrieved = await step('retrieve_content', retrieveArgs, () => agents.retrieve(retrieveArgs));
  if (retrieved.documents.length === 0) return { kind: 'no_content', query: request.query };
  const generated = await step('generate_variants', request.message, () =>
    agents.generate(request.message, { campaignId, segment, documents: retrieved.documents }),
  );
  for (const variant of generated.variants) {
    await record('variant_created', {
      variantId: variant.id,
      generator: variant.generator,
      sources: variant.citations.map((citation) => citation.id),
      usage: generated.usage,
    });
  }
  const screened = await step(
    'screen_content',
    { variantIds: generated.variants.map((variant) => variant.id) },
    () => agents.screenVariants(generated.variants, retrieved.documents),
  );
  for (const variant of screened) {
    await record('safety_verdict', {
      variantId: variant.id,
      verdict: variant.safety?.verdict,
      categories: variant.safety?.categories,
      reasons: variant.safety?.reasons,
    });
  }
  return { kind: 'drafted', segment, documents: retrieved.documents, variants: screened };
}
