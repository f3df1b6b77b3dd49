import { ActivityTypes, TurnContext, type Activity, type ResourceResponse } from 'botbuilder';
import { buildProgressCard, type ProgressStep } from '../../cards/progressCard';
import type { AuditLog } from '../audit/auditLog';
import type { ApprovalService } from '../campaigns/approvalService';
import type { CampaignRepository } from '../campaigns/campaignRepository';
import type { ConversationMemory } from '../campaigns/conversationMemory';
import { feedbackSentence, tallyRejections } from '../campaigns/rejectionFeedback';
import type { RoleDirectory } from '../governance/roleDirectory';
import type { CampaignOrchestrator } from '../orchestration/campaignOrchestrator';
import type { Planner } from '../ports/Planner';
import { userMessageOf } from '../shared/errors';
import type { Logger } from '../shared/logger';
import { personOf } from './person';
import { cardActivity, renderDraftSummary, renderOutcome, variantCardActivities } from './replyRenderer';
import { isReviewQueueRequest } from './reviewQueueIntent';

export interface MessageDependencies {
  planner: Planner;
  orchestrator: CampaignOrchestrator;
  approvals: ApprovalService;
  campaigns: CampaignRepository;
  conversations: ConversationMemory;
  roles: RoleDirectory;
  audit: AuditLog;
  refreshUserIds: () => string[];
  logger: Logger;
}

/** Longest request we plan on; longer text is cut (the user is told) rather than rejected. */
const MAX_PLANNED_CHARS = 4000;

const STEP_LABELS: Record<string, string> = {
  segment_customers: 'Finding the audience',
  retrieve_content: 'Retrieving approved content',
  generate_variants: 'Drafting variants',
  screen_content: 'Screening for safety and grounding',
};

/** Teams sends HTML for formatted messages; plan on the plain text. */
export function plainText(text: string | undefined): string {
  return (text ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * One chat message: plan it, run the agents, answer with cards. Every failure ends in a polite reply;
 * nothing thrown here escapes the turn.
 */
export async function handleMessage(context: TurnContext, deps: MessageDependencies): Promise<void> {
  const actor = personOf(context.activity);
  const text = plainText(context.activity.text);
  try {
    if (text === '') {
      await context.sendActivities(renderOutcome({ kind: 'help', reason: 'empty' }));
      return;
    }
    if (isReviewQueueRequest(text)) {
      await sendReviewQueue(context, deps, actor.id);
      return;
    }
    const planned = text.slice(0, MAX_PLANNED_CHARS);
    const conversationId = context.activity.conversation?.id ?? 'unknown';
    const currentCampaign = await deps.conversations.currentCampaign(conversationId);
    const plan = await deps.planner.plan(planned, currentCampaign === undefined ? {} : { currentCampaign });
    const drafting = plan.steps.some((step) => step.tool === 'generate_variants');
    const progress = drafting ? await ProgressReporter.start(context, deps.logger) : undefined;
    const outcome = await deps.orchestrator.execute({
      plan,
      actor,
      conversationId,
      ...(progress ? { onProgress: (event) => void progress.update(event.step, event.state) } : {}),
    });
    await progress?.finish();
    if (outcome.kind !== 'draft') {
      const discussed =
        outcome.kind === 'experiment_power'
          ? outcome.power.campaignId
          : outcome.kind === 'experiment_results'
            ? outcome.results.campaignId
            : undefined;
      if (discussed !== undefined) await deps.conversations.remember(conversationId, discussed);
      await context.sendActivities(renderOutcome(outcome));
      return;
    }
    await deps.conversations.remember(conversationId, outcome.campaign.id);
    // Approvers decide from other conversations too; keep this one's address to update its cards then.
    await deps.conversations.saveAddress(
      conversationId,
      TurnContext.getConversationReference(context.activity),
    );
    await context.sendActivity(renderDraftSummary(outcome.campaign, outcome.reviews));
    const feedback = feedbackSentence(tallyRejections(await deps.campaigns.reviewsByAuthor(actor.id)));
    if (feedback) await context.sendActivity(feedback);
    const cards = variantCardActivities(outcome.campaign, outcome.reviews, deps.refreshUserIds());
    for (const [index, activity] of cards.entries()) {
      const sent: ResourceResponse | undefined = await context.sendActivity(activity);
      const review = outcome.reviews[index];
      if (sent?.id && review)
        await deps.approvals.attachCard(outcome.campaign.id, review.variant.id, sent.id);
    }
  } catch (error) {
    deps.logger.error({ err: error, actor: actor.id }, 'message turn failed');
    await deps.audit
      .append({ action: 'turn_error', actor: actor.id, details: { message: userMessageOf(error) } })
      .catch(() => undefined);
    await context.sendActivity(`Sorry — ${userMessageOf(error)}`);
  }
}

async function sendReviewQueue(
  context: TurnContext,
  deps: MessageDependencies,
  userId: string,
): Promise<void> {
  if (!deps.roles.has(userId, 'approver')) {
    await context.sendActivity(
      'Only approvers have a review queue. Ask an admin to add you to the approvers list.',
    );
    return;
  }
  const campaigns = (await deps.campaigns.listCampaigns()).filter(
    (campaign) => campaign.author.id !== userId,
  );
  const activities: Array<Partial<Activity>> = [];
  for (const campaign of campaigns) {
    const reviews = (await deps.campaigns.listReviews(campaign.id)).map((entry) => entry.review);
    const pending = reviews.filter(
      (review) => review.status === 'pending' && review.variant.safety?.verdict !== 'block',
    );
    if (pending.length > 0)
      activities.push(...variantCardActivities(campaign, pending, deps.refreshUserIds()));
  }
  if (activities.length === 0) {
    await context.sendActivity('Nothing is waiting for your approval.');
    return;
  }
  await context.sendActivity(
    `${activities.length} variant${activities.length === 1 ? '' : 's'} waiting for your approval:`,
  );
  for (const activity of activities.slice(0, 20)) await context.sendActivity(activity);
}

/** A status card updated in place as each agent finishes (skipped where updates are impossible). */
class ProgressReporter {
  private readonly steps: ProgressStep[] = Object.values(STEP_LABELS).map((label) => ({
    label,
    state: 'pending',
  }));

  private constructor(
    private readonly context: TurnContext,
    private readonly activityId: string,
    private readonly logger: Logger,
  ) {}

  static async start(context: TurnContext, logger: Logger): Promise<ProgressReporter | undefined> {
    if (context.activity.deliveryMode === 'expectReplies') return undefined;
    await context.sendActivity({ type: ActivityTypes.Typing });
    const reporter = new ProgressReporter(context, '', logger);
    const sent = await context.sendActivity(
      cardActivity(buildProgressCard('Working on your campaign…', reporter.steps)),
    );
    return sent?.id ? new ProgressReporter(context, sent.id, logger) : undefined;
  }

  async update(step: string, state: 'running' | 'done' | 'failed'): Promise<void> {
    const label = STEP_LABELS[step];
    const entry = this.steps.find((candidate) => candidate.label === label);
    if (!entry) return;
    entry.state = state;
    await this.render('Working on your campaign…');
  }

  async finish(): Promise<void> {
    await this.render('Done.');
  }

  private async render(title: string): Promise<void> {
    try {
      await this.context.updateActivity({
        ...cardActivity(buildProgressCard(title, this.steps)),
        id: this.activityId,
      });
    } catch (error) {
      this.logger.debug({ err: error }, 'progress card update failed');
    }
  }
}
