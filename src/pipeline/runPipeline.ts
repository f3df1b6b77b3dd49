import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import type { AuditLog } from '../audit/auditLog';
import type { AgentSuite } from '../orchestration/agentSuite';
import type { CustomerRows } from '../agents/segmentation/segmentationContext';
import { segmentMembership } from '../agents/segmentation/segmentMembership';
import { assignVariation } from '../agents/experimentation/assignment/assignVariation';
import type { Pseudonymizer } from '../privacy/pseudonymizer';
import { conflict } from '../shared/errors';
import { experimentArms, type Arm } from './experimentArms';
import { runDraftChain } from '../orchestration/draftChain';
import type { ExperimentRunConfig } from './experimentRunConfig';

export interface PipelineDependencies {
  agents: AgentSuite;
  customers: CustomerRows;
  pseudonymizer: Pseudonymizer;
  audit: AuditLog;
  outDir: string;
  /** Called with (assigned so far, audience size) while customers are streamed. */
  onProgress?: (done: number, total: number) => void;
}

export interface PipelineSummary {
  campaign: string;
  segment: { id: string; name: string; size: number };
  variants: Array<{ id: string; verdict: string; reasons: string[] }>;
  arms: Array<Arm & { assigned: number }>;
  outDir: string;
  files: string[];
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
}

/**
 * The whole campaign without Teams: segment → retrieve → generate → screen → assign. Customers are streamed
 * (never loaded whole); outputs carry pseudonyms only. Every step is written to the audit chain.
 */
export async function runPipeline(
  run: ExperimentRunConfig,
  deps: PipelineDependencies,
): Promise<PipelineSummary> {
  const { agents, audit } = deps;
  const campaignId = run.campaign;
  const record = (action: 'plan' | 'assignment_defined', details: Record<string, unknown>) =>
    audit.append({ action, actor: run.author, campaignId, details });

  const steps = [
    { tool: 'segment_customers', args: run.audience },
    { tool: 'retrieve_content', args: run.content },
    { tool: 'generate_variants', args: run.message },
    { tool: 'screen_content', args: {} },
  ];
  await record('plan', { steps, source: 'cpo run' });
  const channel = run.message.channel ?? run.content.channel ?? 'email';
  const drafted = await runDraftChain(agents, audit, {
    actor: run.author,
    campaignId,
    audience: run.audience,
    query: run.content.query,
    channel,
    message: { ...run.message, channel, topic: run.message.topic ?? run.content.query },
  });
  if (drafted.kind === 'no_audience')
    throw conflict('No customers match the audience in the run configuration.');
  if (drafted.kind === 'no_content') {
    throw conflict(`No approved, currently valid content matches “${run.content.query}”.`);
  }
  const { segment, variants: screened } = drafted;

  const arms = experimentArms(screened, run.experiment);
  const experimentKey = campaignId;
  const seed = run.experiment.seed ?? campaignId;
  await record('assignment_defined', { experimentKey, seed, hashVersion: 2, arms });

  const outDir = join(deps.outDir, campaignId);
  await mkdir(outDir, { recursive: true });
  const assignmentsFile = join(outDir, 'assignments.csv');
  const assigned = new Array<number>(arms.length).fill(0);
  const isMember = await segmentMembership(run.audience, deps.customers);
  const output = createWriteStream(assignmentsFile);
  output.write('customerRef,arm\n');
  let done = 0;
  for await (const customer of deps.customers()) {
    if (!isMember(customer)) continue;
    const { variation } = assignVariation({
      experiment: experimentKey,
      id: customer.id,
      seed,
      weights: arms.map((arm) => arm.weight),
    });
    const arm = arms[variation];
    if (!arm) continue;
    assigned[variation] = (assigned[variation] ?? 0) + 1;
    if (!output.write(`${deps.pseudonymizer.customer(customer.id)},${arm.name}\n`))
      await once(output, 'drain');
    done += 1;
    if (done % 1000 === 0) deps.onProgress?.(done, segment.size);
  }
  output.end();
  await once(output, 'finish');
  deps.onProgress?.(done, segment.size);

  await writeJson(join(outDir, 'plan.json'), { steps });
  await writeJson(join(outDir, 'segment.json'), segment);
  await writeJson(join(outDir, 'variants.json'), screened);
  const summary: PipelineSummary = {
    campaign: campaignId,
    segment: { id: segment.id, name: segment.name, size: segment.size },
    variants: screened.map((variant) => ({
      id: variant.id,
      verdict: variant.safety?.verdict ?? 'review',
      reasons: variant.safety?.reasons ?? [],
    })),
    arms: arms.map((arm, index) => ({ ...arm, assigned: assigned[index] ?? 0 })),
    outDir,
    files: ['plan.json', 'segment.json', 'variants.json', 'assignments.csv', 'summary.json'],
  };
  await writeJson(join(outDir, 'summary.json'), summary);
  return summary;
}
