import { ActivityTypes, TurnContext, type ResourceResponse } from 'botbuilder';
import { buildProgressCard, type ProgressStep } from '../../cards/progressCard';
import { PLAN_CHOICE_KEY } from '../../cards/clarifyCard';
import type { AuditLog } from '../audit/auditLog';
import type { ApprovalService } from '../campaigns/approvalService';
import type { CampaignRepository } from '../campaigns/campaignRepository';
import type { ConversationMemory } from '../campaigns/conversationMemory';
import { feedbackSentence } from '../campaigns/rejectionFeedback';
import type { RoleDirectory } from '../governance/roleDirectory';
import type { PlanExecutor } from '../orchestration/planExecutor';
import type { TurnOutcome } from '../orchestration/turnOutcome';
import type { TurnScope } from '../orchestration/turnScope';
import type { Plan, Planner, PlanningContext } from '../ports/Planner';
import { requestLanguageOf } from '../adapters/planner/intent/requestLanguage';
import { userMessageOf } from '../shared/errors';
import { errorText } from '../text/messages/errorText';
import { replyLanguageOf, translatorFor, type ReplyLanguage } from '../text/messages/messages';
import { toolLabel } from '../text/messages/toolLabel';
import type { Logger } from '../shared/logger';
import type { ToolRegistry } from '../tools/toolRegistry';
import { campaignSummaryForPlanner } from './campaignSummary';
import { personOf } from './person';
import {
  cardActivity,
  renderDraftSummary,
  renderOutcome,
  renderRevisionNote,
  variantCardActivities,
} from './replyRenderer';

export interface MessageDependencies {
  planner: Planner;
  executor: PlanExecutor;
  registry: ToolRegistry<TurnScope>;
  approvals: ApprovalService;
  campaigns: CampaignRepository;
  conversations: ConversationMemory;
  roles: RoleDirectory;
  audit: AuditLog;
  /** Display names of the Teams users the bot sees (employees, never customers). */
  people: { remember(person: { id: string; name: string }): Promise<void> };
  refreshUserIds: () => string[];
  logger: Logger;
}

/** Longest request we plan on; longer text is cut rather than rejected. */
const MAX_PLANNED_CHARS = 4000;

/** Teams sends HTML for formatted messages; plan on the plain text. */
export function plainText(text: string | undefined): string {
  return (text ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A suggested plan sent back by a clarification button (validated again by the executor like any plan). */
function chosenPlan(value: unknown): Plan | undefined {
  if (!isRecord(value) || !isRecord(value[PLAN_CHOICE_KEY])) return undefined;
  const { steps, language } = value[PLAN_CHOICE_KEY] as Record<string, unknown>;
  if (!Array.isArray(steps) || steps.length === 0 || steps.length > 12) return undefined;
  const valid = steps.filter(
    (step): step is { tool: string; args: Record<string, unknown> } =>
      isRecord(step) && typeof step.tool === 'string' && isRecord(step.args),
  );
  return valid.length === steps.length
    ? { steps: valid, meta: { planner: 'offline' }, language: replyLanguageOf(language) }
    : undefined;
}

/**
 * One chat message as a pipeline: understand (conversation state) → plan → execute → render. Every
 * failure ends in a polite reply; nothing thrown here escapes the turn.
 */
export async function handleMessage(context: TurnContext, deps: MessageDependencies): Promise<void> {
  const actor = personOf(context.activity);
  const text = plainText(context.activity.text);
  // Decided once per turn: the planner's reading of the request, else the same detector on its text.
  let language: ReplyLanguage | undefined;
  try {
    const conversationId = context.activity.conversation?.id ?? 'unknown';
    await deps.people.remember(actor);
    const chosen = chosenPlan(context.activity.value);
    if (chosen === undefined && text === '') {
      await context.sendActivities(renderOutcome({ kind: 'help', reason: 'empty' }, capabilitiesOf(deps)));
      return;
    }
    const planning = await planningContext(deps, conversationId);
    const plan = chosen ?? (await deps.planner.plan(text.slice(0, MAX_PLANNED_CHARS), planning));
    language = replyLanguageOf(plan.language ?? requestLanguageOf(text));
    const drafting =
      plan.choices === undefined &&
      plan.steps.some((step) => step.tool === 'generate_variants') &&
      deps.roles.has(actor.id, 'marketer');
    const progress = drafting ? await ProgressReporter.start(context, deps, plan, language) : undefined;
    const result = await deps.executor.execute({
      plan,
      actor,
      conversationId,
      language,
      ...(planning.currentCampaign === undefined ? {} : { currentCampaign: planning.currentCampaign }),
      ...(progress ? { onProgress: (event) => void progress.update(event.step, event.state) } : {}),
    });
    await progress?.finish(result.outcomes.some((outcome) => outcome.kind === 'step_failed'));
    if (result.currentCampaign !== undefined && result.currentCampaign !== planning.currentCampaign) {
      await deps.conversations.remember(conversationId, result.currentCampaign);
    }
    for (const outcome of result.outcomes)
      await render(context, deps, outcome, conversationId, actor.id, language);
  } catch (error) {
    deps.logger.error({ err: error, actor: actor.id }, 'message turn failed');
    await deps.audit
      .append({ action: 'turn_error', actor: actor.id, details: { message: userMessageOf(error) } })
      .catch(() => undefined);
    const replyLanguage = language ?? requestLanguageOf(text);
    await context.sendActivity(
      translatorFor(replyLanguage)('common.sorry', { message: errorText(error, replyLanguage) }),
    );
  }
}

function capabilitiesOf(deps: MessageDependencies) {
  return deps.registry.tools
    .filter((tool) => tool.name !== 'help')
    .map((tool) => ({ name: tool.name, label: tool.label, description: tool.description }));
}

/** The conversation's current campaign and a customer-free summary of it, from the tables. */
async function planningContext(deps: MessageDependencies, conversationId: string): Promise<PlanningContext> {
  const currentCampaign = await deps.conversations.currentCampaign(conversationId);
  if (currentCampaign === undefined) return {};
  // The campaign and its reviews in one read.
  const snapshot = await deps.campaigns.readCampaign(currentCampaign);
  if (snapshot === undefined) return { currentCampaign };
  const reviews = snapshot.reviews.map((entry) => entry.review);
  return { currentCampaign, currentCampaignSummary: campaignSummaryForPlanner(snapshot.campaign, reviews) };
}

async function render(
  context: TurnContext,
  deps: MessageDependencies,
  outcome: TurnOutcome,
  conversationId: string,
  actorId: string,
  language: ReplyLanguage,
): Promise<void> {
  switch (outcome.kind) {
    case 'draft': {
      // Approvers decide from other conversations too; keep this one's address to update its cards then.
      await deps.conversations.saveAddress(
        conversationId,
        TurnContext.getConversationReference(context.activity),
      );
      await context.sendActivity(renderDraftSummary(outcome.campaign, outcome.reviews, language));
      const feedback = feedbackSentence(await deps.campaigns.rejectionTallyByAuthor(actorId));
      if (feedback) await context.sendActivity(feedback);
      const cards = variantCardActivities(outcome.campaign, outcome.reviews, deps.refreshUserIds());
      for (const [index, activity] of cards.entries()) {
        const sent: ResourceResponse | undefined = await context.sendActivity(activity);
        const review = outcome.reviews[index];
        if (sent?.id && review)
          await deps.approvals.attachCard(outcome.campaign.id, review.variant.id, sent.id);
      }
      return;
    }
    case 'revision': {
      const { campaign, review, total } = outcome;
      await context.sendActivity(renderRevisionNote(outcome, language));
      const [activity] = variantCardActivities(campaign, [review], deps.refreshUserIds()).map((card) => card);
      if (activity === undefined) return;
      const sent = await context.sendActivity(activity);
      if (sent?.id) await deps.approvals.attachCard(campaign.id, review.variant.id, sent.id);
      void total;
      return;
    }
    default:
      await context.sendActivities(renderOutcome(outcome, capabilitiesOf(deps), language));
  }
}

/** A status card updated in place as each step runs (skipped where updates are impossible). */
class ProgressReporter {
  private constructor(
    private readonly context: TurnContext,
    private readonly activityId: string,
    private readonly steps: Array<ProgressStep & { tool: string }>,
    private readonly logger: Logger,
    private readonly language: ReplyLanguage,
  ) {}

  static async start(
    context: TurnContext,
    deps: MessageDependencies,
    plan: Plan,
    language: ReplyLanguage,
  ): Promise<ProgressReporter | undefined> {
    if (context.activity.deliveryMode === 'expectReplies') return undefined;
    const chain = ['segment_customers', 'retrieve_content', 'generate_variants', 'screen_content'];
    const tools = [...new Set([...chain, ...plan.steps.map((step) => step.tool)])].filter(
      (tool) => tool !== 'help' && deps.registry.get(tool) !== undefined,
    );
    const steps = tools.map((tool) => ({
      tool,
      label: toolLabel(tool, language) ?? deps.registry.labelOf(tool),
      state: 'pending' as ProgressStep['state'],
    }));
    await context.sendActivity({ type: ActivityTypes.Typing });
    const sent = await context.sendActivity(
      cardActivity(buildProgressCard(translatorFor(language)('bot.working'), steps)),
    );
    return sent?.id ? new ProgressReporter(context, sent.id, steps, deps.logger, language) : undefined;
  }

  async update(tool: string, state: 'running' | 'done' | 'failed'): Promise<void> {
    const entry = this.steps.find((candidate) => candidate.tool === tool);
    if (!entry) return;
    entry.state = state;
    await this.render(translatorFor(this.language)('bot.working'));
  }

  async finish(failed: boolean): Promise<void> {
    for (const step of this.steps)
      if (step.state === 'pending' || step.state === 'running') step.state = failed ? 'skipped' : step.state;
    await this.render(translatorFor(this.language)(failed ? 'bot.stopped' : 'bot.done'));
  }

  private async render(title: string): Promise<void> {
    try {
      await this.context.updateActivity({
        ...cardActivity(
          buildProgressCard(
            title,
            this.steps.map(({ label, state }) => ({ label, state })),
          ),
        ),
        id: this.activityId,
      });
    } catch (error) {
      this.logger.debug({ err: error }, 'progress card update failed');
    }
  }
}
