import type { Campaign, CampaignBrief } from '../domain/campaign';
import type { PlanStep } from '../ports/Planner';
import { translatorFor, type ReplyLanguage } from '../text/messages/messages';
import { toolLabel } from '../text/messages/toolLabel';
import type { ToolRegistry } from '../tools/toolRegistry';

/** Retrieval query when the request names no offer, theme or goal (the offline planner uses the same). */
const FALLBACK_QUERY = 'brand voice';

const CHAIN_BEFORE = ['segment_customers', 'retrieve_content'] as const;
const CAMPAIGN_TOOLS: ReadonlySet<string> = new Set(['run_experiment', 'summarize_results']);

/** A string argument the planner actually stated (trimmed), or undefined for missing or blank. */
export const statedText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
const text = statedText;

/** A campaign's brief; campaigns stored before briefs were kept get one from their fields. */
export function briefOf(campaign: Campaign): CampaignBrief {
  return (
    campaign.brief ?? {
      audience: { ...campaign.segment.criteria },
      query: campaign.topic,
      goal: campaign.goal,
      topic: campaign.topic,
      channel: campaign.channel,
      variants: 3,
    }
  );
}

/**
 * The drafting chain made whole and in order: whatever order the planner listed its calls in (parallel
 * calls have none), segment → retrieve → generate → screen runs in that order; a missing audience or
 * retrieval step is added with what the generation step says, and screening is never skipped. Other tools
 * follow in the planner's order; `help` beside real work is dropped. Plans without drafting keep their order.
 */
export function orderDraftingChain(steps: readonly PlanStep[]): PlanStep[] {
  const work = steps.length > 1 ? steps.filter((step) => step.tool !== 'help') : [...steps];
  const generate = work.find((step) => step.tool === 'generate_variants');
  if (generate === undefined) return work.length > 0 ? work : [...steps];
  if (generate.args.reviseVariant !== undefined && text(generate.args.basedOn) !== undefined) {
    // A revision of one variant needs no new audience or content: the variant's own sources ground it.
    const rest = work.filter(
      (step) =>
        !['segment_customers', 'retrieve_content', 'generate_variants', 'screen_content'].includes(step.tool),
    );
    return [generate, { tool: 'screen_content', args: {} }, ...rest];
  }
  const first = (tool: string): PlanStep | undefined => work.find((step) => step.tool === tool);
  const query =
    text(generate.args.topic) ??
    text(generate.args.goal) ??
    (text(generate.args.basedOn) === undefined ? FALLBACK_QUERY : undefined);
  const chain: PlanStep[] = [
    first('segment_customers') ?? { tool: 'segment_customers', args: {} },
    withQuery(first('retrieve_content'), query) ?? {
      tool: 'retrieve_content',
      args: {
        ...(query === undefined ? {} : { query }),
        ...(generate.args.channel === undefined ? {} : { channel: generate.args.channel }),
      },
    },
    generate,
    work.find((step) => step.tool === 'screen_content' && step.args.text === undefined) ?? {
      tool: 'screen_content',
      args: {},
    },
  ];
  const inChain = new Set(chain);
  return [
    ...chain,
    ...work.filter(
      (step) =>
        !inChain.has(step) && !CHAIN_BEFORE.includes(step.tool as never) && step.tool !== 'generate_variants',
    ),
  ];
}

/** A retrieval the planner left without a query asks for what the generation step names. */
function withQuery(step: PlanStep | undefined, query: string | undefined): PlanStep | undefined {
  if (step === undefined || text(step.args.query) !== undefined || query === undefined) return step;
  return { tool: step.tool, args: { ...step.args, query } };
}

/**
 * A follow-up ("now for SMS", "only the VIPs") drafts again from the earlier campaign's brief: each
 * argument the new request does not state comes from the brief; what it states wins (an audience
 * condition narrows the earlier audience).
 */
export function applyBrief(steps: readonly PlanStep[], brief: CampaignBrief): PlanStep[] {
  return steps.map((step) => {
    switch (step.tool) {
      case 'segment_customers':
        return { tool: step.tool, args: { ...brief.audience, ...step.args } };
      case 'retrieve_content': {
        return { tool: step.tool, args: { query: brief.query, channel: brief.channel, ...step.args } };
      }
      case 'generate_variants': {
        const inherited: Record<string, unknown> = {
          goal: brief.goal,
          topic: brief.topic,
          channel: brief.channel,
          variants: brief.variants,
          ...(brief.tone === undefined ? {} : { tone: brief.tone }),
          ...(brief.language === undefined ? {} : { language: brief.language }),
        };
        return { tool: step.tool, args: { ...inherited, ...step.args } };
      }
      default:
        return step;
    }
  });
}

/** Experiment steps without a campaign act on the conversation's current one (not when this turn drafts). */
export function fillCurrentCampaign(
  steps: readonly PlanStep[],
  currentCampaign: string | undefined,
): PlanStep[] {
  const drafts = steps.some(
    (step) => step.tool === 'generate_variants' && step.args.reviseVariant === undefined,
  );
  if (currentCampaign === undefined || drafts) return [...steps];
  return steps.map((step) =>
    CAMPAIGN_TOOLS.has(step.tool) && text(step.args.campaign) === undefined
      ? { tool: step.tool, args: { ...step.args, campaign: currentCampaign } }
      : step,
  );
}

/** The most steps one turn runs; a longer plan is cut (a model looping on tool calls). */
export const MAX_PLAN_STEPS = 12;

export type PreparedSteps =
  | { kind: 'steps'; steps: PlanStep[] }
  | { kind: 'empty' }
  /** A step needs a campaign: the user is asked which one. */
  | { kind: 'campaign'; lead: string; step: PlanStep; field: string }
  /** An argument is missing or wrong: the user is asked to say it again. */
  | { kind: 'invalid'; question: string };

/**
 * What a plan runs as, before anything runs: the drafting chain made whole, a follow-up's brief applied,
 * the conversation's campaign filled in, and every step validated against the registry (with clear
 * repairs such as "E-mail" → "email"). An invalid argument is never dropped or defaulted: the result
 * then says what to ask.
 */
export function prepareSteps<Context>(
  planned: readonly PlanStep[],
  registry: ToolRegistry<Context>,
  options: { currentCampaign?: string; brief?: CampaignBrief; language?: ReplyLanguage } = {},
): PreparedSteps {
  const t = translatorFor(options.language);
  if (planned.length === 0) return { kind: 'empty' };
  let steps = orderDraftingChain(planned.slice(0, MAX_PLAN_STEPS));
  const generate = steps.find((step) => step.tool === 'generate_variants');
  if (options.brief !== undefined && generate?.args.reviseVariant === undefined)
    steps = applyBrief(steps, options.brief);
  steps = fillCurrentCampaign(steps, options.currentCampaign);
  const drafts = steps.some((step) => step.tool === 'generate_variants');
  const validated: PlanStep[] = [];
  for (const step of steps) {
    const validation = registry.validate(step.tool, step.args);
    if (!validation.ok) {
      const problem = validation.problems[0];
      if (problem?.field === 'campaign' || problem?.field === 'basedOn') {
        return {
          kind: 'campaign',
          lead: t('clarify.invalidCampaignName', { name: String(step.args[problem.field]) }),
          step,
          field: problem.field,
        };
      }
      const details = validation.problems.map((entry) => entry.message).join('; ');
      return {
        kind: 'invalid',
        question: t('clarify.fixDetail', {
          step: toolLabel(step.tool, options.language) ?? registry.labelOf(step.tool),
          details,
        }),
      };
    }
    const args = validation.args;
    if (CAMPAIGN_TOOLS.has(step.tool) && args.campaign === undefined && !drafts) {
      return { kind: 'campaign', lead: t('clarify.whichCampaign'), step, field: 'campaign' };
    }
    validated.push({ tool: step.tool, args });
  }
  return { kind: 'steps', steps: validated };
}
