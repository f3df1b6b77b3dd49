import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditLog } from '../audit/auditLog';
import type { Campaign, VariantReview } from '../domain/campaign';
import type { CampaignRepository } from '../campaigns/campaignRepository';
import type { AgentSuite } from '../orchestration/agentSuite';
import { runDraftChain } from '../orchestration/draftChain';
import { conflict } from '../shared/errors';
import { experimentArms, type Arm } from './experimentArms';
import { addSpend } from '../domain/modelCost';
import { safetySpendOf } from '../agents/safety/safetySpend';
import type { ExperimentRunConfig } from './experimentRunConfig';

export interface PipelineDependencies {
  agents: AgentSuite;
  campaigns: CampaignRepository;
  audit: AuditLog;
  outDir: string;
  clock?: () => Date;
  /** Called as each stage starts (for a progress line). */
  onStage?: (stage: string) => void;
}

export interface PipelineSummary {
  campaign: string;
  /** Always `draft`: variants wait for approvers; nothing can be sent before that. */
  status: 'draft';
  segment: { id: string; name: string; size: number };
  variants: Array<{ id: string; verdict: string; reasons: string[] }>;
  /** Planned arms with the audience share each would get (sizes, not a list: see `cpo export`). */
  arms: Array<Arm & { expectedSize: number }>;
  /** Model calls and what they cost: the same for 500 customers as for 5 million (one call per segment). */
  model: {
    generator: string;
    calls: number;
    promptTokens: number;
    completionTokens: number;
    costUsd: number;
    costPerCustomerUsd: number;
  };
  outDir: string;
  files: string[];
  next: string;
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
}

/**
 * The campaign without Teams: segment → retrieve → generate → screen, then stored for approvers like a
 * campaign drafted in chat. The segment and its arms are sized by the customer engine; no send list is
 * written (variants nobody approved must not reach one): after approval and launch, `cpo export` streams it.
 * Every step is written to the audit chain; output files carry aggregates and copy only.
 */
export async function runPipeline(
  run: ExperimentRunConfig,
  deps: PipelineDependencies,
): Promise<PipelineSummary> {
  const { agents, audit, campaigns } = deps;
  const campaignId = run.campaign;
  const existing = await campaigns.findCampaign(campaignId);
  if (existing) {
    throw conflict(
      `Campaign "${campaignId}" already exists (drafted ${existing.createdAt.slice(0, 10)}, ${existing.status}). Give the run a new \`campaign:\` id.`,
    );
  }
  const steps = [
    { tool: 'segment_customers', args: run.audience },
    { tool: 'retrieve_content', args: run.content },
    { tool: 'generate_variants', args: run.message },
    { tool: 'screen_content', args: {} },
  ];
  await audit.append({
    action: 'plan',
    actor: run.author,
    campaignId,
    details: { steps, source: 'cpo run' },
  });
  const channel = run.message.channel ?? run.content.channel ?? 'email';
  const goal = run.message.goal ?? 'promotion';
  const topic = run.message.topic ?? run.content.query;
  deps.onStage?.('segmenting, retrieving, drafting and screening');
  const drafted = await runDraftChain(agents, audit, {
    actor: run.author,
    campaignId,
    audience: run.audience,
    query: run.content.query,
    channel,
    message: { ...run.message, channel, goal, topic },
  });
  if (drafted.kind === 'no_audience')
    throw conflict('No customers match the audience in the run configuration.');
  if (drafted.kind === 'no_content') {
    throw conflict(`No approved, currently valid content matches “${run.content.query}”.`);
  }
  const { segment, variants: screened, generation } = drafted;
  // Generation and the model's safety judgement: every model call the campaign made.
  const spend = addSpend(
    {
      calls: generation.calls,
      promptTokens: generation.usage.promptTokens,
      completionTokens: generation.usage.completionTokens,
      costUsd: generation.costUsd,
    },
    safetySpendOf(screened),
  );

  deps.onStage?.('storing the campaign for approvers');
  const campaign: Campaign = {
    id: campaignId,
    author: { id: run.author, name: run.author },
    goal,
    topic,
    channel,
    createdAt: (deps.clock ?? (() => new Date()))().toISOString(),
    segment,
    conversationId: 'cpo-run',
    status: 'draft',
    brief: {
      audience: run.audience,
      query: run.content.query,
      goal,
      topic,
      channel,
      variants: run.message.variants ?? screened.length,
    },
    spend,
    notApplied: generation.warnings,
  };
  const reviews: VariantReview[] = screened.map((variant) => ({
    variant,
    status: 'pending',
    approvals: [],
    version: 1,
  }));
  await campaigns.create(campaign, reviews);

  const arms = experimentArms(screened, run.experiment).map((arm) => ({
    ...arm,
    expectedSize: Math.round(arm.weight * segment.size),
  }));
  const outDir = join(deps.outDir, campaignId);
  await mkdir(outDir, { recursive: true });
  await writeJson(join(outDir, 'plan.json'), { steps });
  await writeJson(join(outDir, 'segment.json'), segment);
  await writeJson(join(outDir, 'variants.json'), screened);
  const summary: PipelineSummary = {
    campaign: campaignId,
    status: 'draft',
    segment: { id: segment.id, name: segment.name, size: segment.size },
    variants: screened.map((variant) => ({
      id: variant.id,
      verdict: variant.safety?.verdict ?? 'review',
      reasons: variant.safety?.reasons ?? [],
    })),
    arms,
    model: {
      generator: screened[0]?.generator ?? 'none',
      ...spend,
      costPerCustomerUsd: segment.size > 0 ? spend.costUsd / segment.size : 0,
    },
    outDir,
    files: ['plan.json', 'segment.json', 'variants.json', 'summary.json'],
    next: `Approvers review the variants in Teams ("show me pending approvals"); after launch, \`cpo export ${campaignId}\` writes the send list.`,
  };
  await writeJson(join(outDir, 'summary.json'), summary);
  return summary;
}
