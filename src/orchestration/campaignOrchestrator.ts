import type { AuditLog } from '../audit/auditLog';
import type { Campaign, Person, VariantReview } from '../campaigns/campaign';
import type { CampaignRepository } from '../campaigns/campaignRepository';
import type { Channel } from '../domain/customer';
import type { RoleDirectory } from '../governance/roleDirectory';
import type { Plan, PlanStep } from '../ports/Planner';
import { TOOL_CATALOG, type ToolArgs, type ToolName } from '../tools/toolCatalog';
import type { AgentSuite } from './agentSuite';
import type { ExperimentServices } from '../agents/experimentation/experiments/experimentServices';
import { runExperimentTool, summarizeResultsTool } from '../agents/experimentation/experimentTools';
import { newCampaignId } from './campaignId';
import { runDraftChain } from './draftChain';
import { auditedToolCall } from './auditedToolCall';
import type { HelpReason, ProgressListener, TurnOutcome } from './turnOutcome';

export interface OrchestratorDependencies {
  agents: AgentSuite;
  campaigns: CampaignRepository;
  audit: AuditLog;
  roles: RoleDirectory;
  experiments: ExperimentServices;
  clock?: () => Date;
  campaignIdFor?: (goal: string, topic: string) => string;
}

export interface TurnRequest {
  plan: Plan;
  actor: Person;
  conversationId: string;
  onProgress?: ProgressListener;
}

/** Args of the first step that calls `tool`, validated against the tool's schema (invalid args are dropped). */
function argsOf<Name extends ToolName>(plan: Plan, tool: Name): ToolArgs<Name> | undefined {
  const step: PlanStep | undefined = plan.steps.find((candidate) => candidate.tool === tool);
  if (!step) return undefined;
  const parsed = TOOL_CATALOG[tool].inputSchema.safeParse(step.args);
  return (parsed.success ? parsed.data : {}) as ToolArgs<Name>;
}

const DEFAULT_VARIANTS = 3;

/**
 * Executes a plan with the five agents: the drafting chain segment → retrieve → generate → screen, or a single
 * tool. Persists campaigns and writes every decision to the audit log. Knows nothing about Teams.
 */
export class CampaignOrchestrator {
  private readonly clock: () => Date;
  private readonly campaignIdFor: (goal: string, topic: string) => string;

  constructor(private readonly deps: OrchestratorDependencies) {
    this.clock = deps.clock ?? (() => new Date());
    this.campaignIdFor = deps.campaignIdFor ?? newCampaignId;
  }

  async execute(request: TurnRequest): Promise<TurnOutcome> {
    const { plan, actor } = request;
    const tools = new Set(plan.steps.map((step) => step.tool));
    if (tools.has('generate_variants')) return this.draft(request);
    await this.deps.audit.append({ action: 'plan', actor: actor.id, details: { steps: plan.steps } });
    const segmentArgs = argsOf(plan, 'segment_customers');
    if (segmentArgs) {
      const segments = await this.step(request, 'segment_customers', segmentArgs, () =>
        this.deps.agents.segment(segmentArgs),
      );
      return { kind: 'segments', segments };
    }
    const retrieveArgs = argsOf(plan, 'retrieve_content');
    if (retrieveArgs) {
      const found = await this.step(request, 'retrieve_content', retrieveArgs, () =>
        this.deps.agents.retrieve(retrieveArgs),
      );
      return { kind: 'content', query: retrieveArgs.query, citations: found.citations };
    }
    const screenArgs = argsOf(plan, 'screen_content');
    if (screenArgs?.text) {
      const text = screenArgs.text;
      const result = await this.step(request, 'screen_content', { length: text.length }, () =>
        this.deps.agents.screenText(text),
      );
      return { kind: 'screened', text, result };
    }
    const experimentArgs = argsOf(plan, 'run_experiment');
    if (experimentArgs) return this.experiment(request, experimentArgs);
    const summaryArgs = argsOf(plan, 'summarize_results');
    if (summaryArgs) {
      const summary = await this.step(request, 'summarize_results', summaryArgs, () =>
        summarizeResultsTool.execute(summaryArgs, this.experimentContext(request)),
      );
      return { kind: 'experiment_results', results: summary.results };
    }
    const helpArgs = argsOf(plan, 'help');
    return {
      kind: 'help',
      reason: (helpArgs?.reason ?? (screenArgs ? 'unclear' : 'explicit')) as HelpReason,
    };
  }

  private async draft(request: TurnRequest): Promise<TurnOutcome> {
    const { plan, actor, conversationId } = request;
    if (!this.deps.roles.has(actor.id, 'marketer')) {
      return {
        kind: 'refused',
        message:
          'Only marketers can draft campaigns. Ask an admin to add you to the marketers list in the roles file.',
      };
    }
    const generateArgs = argsOf(plan, 'generate_variants') ?? {};
    const segmentArgs = argsOf(plan, 'segment_customers') ?? {};
    const retrieveArgs = argsOf(plan, 'retrieve_content');
    const goal = generateArgs.goal ?? 'promotion';
    const topic = generateArgs.topic ?? retrieveArgs?.query ?? goal;
    const channel: Channel = generateArgs.channel ?? retrieveArgs?.channel ?? 'email';
    const campaignId = this.campaignIdFor(goal, topic);
    await this.deps.audit.append({
      action: 'plan',
      actor: actor.id,
      campaignId,
      details: { steps: plan.steps },
    });
    const query = retrieveArgs?.query ?? topic;
    const drafted = await runDraftChain(this.deps.agents, this.deps.audit, {
      actor: actor.id,
      campaignId,
      audience: segmentArgs,
      query,
      channel,
      message: { ...generateArgs, variants: generateArgs.variants ?? DEFAULT_VARIANTS, channel, goal, topic },
      ...(request.onProgress ? { onProgress: request.onProgress } : {}),
    });
    if (drafted.kind === 'no_audience') {
      return { kind: 'refused', message: 'No customers match that audience. Try a broader description.' };
    }
    if (drafted.kind === 'no_content') {
      return {
        kind: 'refused',
        message: `I found no approved, currently valid content about “${query}”, so I won't draft claims without a source.`,
      };
    }
    const { segment, variants: screened } = drafted;
    const campaign: Campaign = {
      id: campaignId,
      author: actor,
      goal,
      topic,
      channel,
      createdAt: this.clock().toISOString(),
      segment,
      conversationId,
      status: 'draft',
    };
    const reviews: VariantReview[] = screened.map((variant) => ({
      variant,
      status: 'pending',
      approvals: [],
      version: 1,
    }));
    await this.deps.campaigns.create(campaign, reviews);
    return { kind: 'draft', campaign, reviews };
  }

  private experimentContext(request: TurnRequest) {
    return { ...this.deps.experiments, actor: request.actor, roles: this.deps.roles };
  }

  private async experiment(request: TurnRequest, args: ToolArgs<'run_experiment'>): Promise<TurnOutcome> {
    const result = await this.step(request, 'run_experiment', args, () =>
      runExperimentTool.execute(args, this.experimentContext(request)),
    );
    switch (result.action) {
      case 'launch':
        return {
          kind: 'experiment_power',
          power: result.power,
          launched: {
            experimentKey: result.definition.experimentKey,
            launchedAt: result.definition.launchedAt,
          },
        };
      case 'power':
        return { kind: 'experiment_power', power: result.power };
      case 'simulate':
        return {
          kind: 'experiment_results',
          results: result.results,
          simulated: { days: result.simulation.days, lift: result.simulation.trueLift },
        };
    }
  }

  /** One audited tool call of this turn, outside a campaign's chain unless a campaign id is given. */
  private step<T>(request: TurnRequest, tool: ToolName, args: object, run: () => Promise<T>): Promise<T> {
    return auditedToolCall(
      { tool, args, actor: request.actor.id },
      { audit: this.deps.audit, onProgress: request.onProgress },
      run,
    );
  }
}
