import type { CampaignBrief, Person } from '../domain/campaign';
import { CAMPAIGN_STATES, type CampaignState } from '../campaigns/campaignState';
import { NO_SPEND, type ModelSpend } from '../domain/modelCost';
import type { Plan, PlanChoice, PlanStep } from '../ports/Planner';
import { isAppError } from '../shared/errors';
import { errorText } from '../text/messages/errorText';
import { translatorFor, type ReplyLanguage, type Translate } from '../text/messages/messages';
import type { ToolRegistry } from '../tools/toolRegistry';
import { briefOf, prepareSteps, statedText } from './planShaping';
import type { ProgressListener, TurnOutcome, TurnResult } from './turnOutcome';
import type { TurnScope, TurnServices, TurnState } from './turnScope';

export interface TurnRequest {
  plan: Plan;
  actor: Person;
  conversationId: string;
  /** The campaign the conversation is about, for "launch it" or "how is it doing?". */
  currentCampaign?: string;
  onProgress?: ProgressListener;
  /** The language of the request (English when unset): every question and note of the turn is in it. */
  language?: ReplyLanguage;
}

/** Campaigns offered as buttons when a request needs one and names none. */
const CAMPAIGN_CHOICES = 3;

const text = statedText;

function spendOf(plan: Plan): ModelSpend {
  const meta = plan.meta;
  if (meta?.usage === undefined) return NO_SPEND;
  return { calls: 1, ...meta.usage, costUsd: meta.costUsd ?? 0 };
}

/**
 * Runs a plan's steps in order with the registry's tools, passing results forward (segment → retrieve →
 * generate → screen → launch is one composable chain). Every step is validated first: a missing or invalid
 * argument stops the turn with one clarifying question, never a silent default. A step that fails ends the
 * turn with its reason; what earlier steps produced stands. Knows nothing about Teams.
 */
export class PlanExecutor {
  constructor(
    private readonly registry: ToolRegistry<TurnScope>,
    private readonly services: TurnServices,
  ) {}

  /** The turn's audit records (plan, tool calls, variants, verdicts) are written together when it ends. */
  execute(request: TurnRequest): Promise<TurnResult> {
    return this.services.audit.deferred(() => this.executeSteps(request));
  }

  private async executeSteps(request: TurnRequest): Promise<TurnResult> {
    const { plan, actor } = request;
    const language = request.language ?? 'en';
    const t = translatorFor(language);
    if (plan.choices !== undefined && plan.choices.length > 0) {
      return {
        outcomes: [{ kind: 'clarify', question: t('clarify.whichMeant'), choices: plan.choices }],
      };
    }
    const prepared = await this.prepare(plan.steps, request);
    if ('outcome' in prepared) {
      await this.services.audit.append({
        action: 'plan',
        actor: actor.id,
        details: { steps: plan.steps, meta: plan.meta ?? null, outcome: prepared.outcome.kind },
      });
      return { outcomes: [prepared.outcome] };
    }
    const steps = prepared.steps;
    // The one place drafting rights are checked: before any step runs, so a refusal comes alone.
    if (
      steps.some((step) => step.tool === 'generate_variants') &&
      !this.services.roles.has(actor.id, 'marketer')
    ) {
      return {
        outcomes: [{ kind: 'refused', message: t('clarify.draftersOnly') }],
      };
    }
    const state: TurnState = { planSpend: spendOf(plan) };
    const generate = steps.find((step) => step.tool === 'generate_variants');
    if (generate !== undefined) {
      const chainId =
        generate.args.reviseVariant === undefined
          ? this.services.campaignIdFor(
              text(generate.args.goal) ?? 'promotion',
              text(generate.args.channel) ?? 'email',
            )
          : text(generate.args.basedOn);
      if (chainId !== undefined) state.chainCampaignId = chainId;
    }
    await this.services.audit.append({
      action: 'plan',
      actor: actor.id,
      ...(state.chainCampaignId === undefined ? {} : { campaignId: state.chainCampaignId }),
      details: { steps, meta: plan.meta ?? null },
    });
    const outcomes: TurnOutcome[] = [];
    for (const [index, step] of steps.entries()) {
      const tool = this.registry.get(step.tool);
      if (tool === undefined) continue;
      const scope: TurnScope = {
        actor,
        conversationId: request.conversationId,
        services: this.services,
        state,
        upcoming: steps.slice(index + 1).map((later) => later.tool),
        onProgress: request.onProgress,
        language,
        emit: (outcome) => outcomes.push(outcome),
      };
      try {
        await tool.execute(step.args, scope);
      } catch (error) {
        if (!isAppError(error)) throw error;
        outcomes.push({
          kind: 'step_failed',
          tool: tool.name,
          label: tool.label,
          message: errorText(error, language),
        });
        break;
      }
    }
    const current = state.campaignId ?? request.currentCampaign;
    return { outcomes, ...(current === undefined ? {} : { currentCampaign: current }) };
  }

  /** Shapes the plan, applies the follow-up's brief and validates every step, or says what is missing. */
  private async prepare(
    planned: readonly PlanStep[],
    request: TurnRequest,
  ): Promise<{ steps: PlanStep[] } | { outcome: TurnOutcome }> {
    const language = request.language ?? 'en';
    const t = translatorFor(language);
    const generate = planned.find((step) => step.tool === 'generate_variants');
    const basedOn = text(generate?.args.basedOn);
    let brief: CampaignBrief | undefined;
    if (basedOn !== undefined) {
      const campaign = await this.services.campaigns.findCampaign(basedOn.toLowerCase());
      if (campaign === undefined) {
        return {
          outcome: await this.askForCampaign(
            t('errors.campaignMissing', { campaign: basedOn }),
            generate as PlanStep,
            'basedOn',
            t,
          ),
        };
      }
      brief = briefOf(campaign);
    }
    const prepared = prepareSteps(planned, this.registry, {
      ...(request.currentCampaign === undefined ? {} : { currentCampaign: request.currentCampaign }),
      ...(brief === undefined ? {} : { brief }),
      language,
    });
    switch (prepared.kind) {
      case 'steps':
        return { steps: prepared.steps };
      case 'empty':
        return { outcome: { kind: 'help', reason: 'unclear' } };
      case 'campaign':
        return {
          outcome: await this.askForCampaign(prepared.lead, prepared.step, prepared.field, t),
        };
      case 'invalid':
        return { outcome: { kind: 'clarify', question: prepared.question, choices: [] } };
    }
  }

  /** One question naming the campaigns the user could mean, each a button that runs the step with it. */
  private async askForCampaign(
    lead: string,
    step: PlanStep,
    field: string,
    t: Translate,
  ): Promise<TurnOutcome> {
    // Read from the state index (summaries only), never the whole campaigns table.
    const campaigns = (await this.services.campaigns.summariesInStates(statesFor(step)))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, CAMPAIGN_CHOICES)
      .map((summary) => ({ id: summary.campaignId }));
    if (campaigns.length === 0) {
      return {
        kind: 'clarify',
        question: t(step.tool === 'summarize_results' ? 'clarify.noLaunchedCampaign' : 'clarify.noCampaign', {
          lead,
        }),
        choices: [],
      };
    }
    const choices: PlanChoice[] = campaigns.map((campaign) => ({
      label: t(`clarify.verbs.${verbFor(step)}`, { campaign: campaign.id }),
      steps: [{ tool: step.tool, args: { ...step.args, [field]: campaign.id } }],
    }));
    return {
      kind: 'clarify',
      question: t('clarify.youHave', {
        lead,
        campaigns: campaigns.map((campaign) => campaign.id).join(t('common.listSeparator')),
      }),
      choices,
    };
  }
}

/** The campaign states a step can act on: results need a launched campaign, a launch an approved one. */
function statesFor(step: PlanStep): CampaignState[] {
  if (step.tool === 'summarize_results') return ['running', 'decided'];
  if (step.tool === 'run_experiment') {
    const action = text(step.args.action) ?? 'power';
    if (action === 'launch') return ['approved', 'in_review', 'drafted'];
    if (action === 'simulate') return ['running'];
  }
  return [...CAMPAIGN_STATES];
}

/** The button's verb: "Show results for …", "Start from …", "Launch …", "Simulate …" or "Size …". */
function verbFor(step: PlanStep): 'results' | 'startFrom' | 'launch' | 'simulate' | 'size' {
  if (step.tool === 'summarize_results') return 'results';
  if (step.tool === 'generate_variants') return 'startFrom';
  const action = text(step.args.action) ?? 'power';
  return action === 'launch' ? 'launch' : action === 'simulate' ? 'simulate' : 'size';
}
