import type { Plan, Planner, PlanningContext } from '../../ports/Planner';

/**
 * Approvers ask for their queue in their own words ("what needs my approval?", "ausstehende Freigaben").
 * Until the offline planner's model learns the `review_queue` tool, these readable patterns route it.
 */
const REVIEW_QUEUE_PATTERNS: RegExp[] = [
  /\b(pending|open|outstanding|waiting)\b.*\b(approvals?|reviews?|variants?)\b/i,
  /\b(approvals?|review)\s+queue\b/i,
  /\bneeds?\s+(my\s+)?(approval|review)\b/i,
  /\bwhat\b.*\b(to|should i)\s+(approve|review)\b/i,
  /\bleft\s+for\s+me\s+to\s+(approve|review)\b/i,
  /\b(ausstehende|offene)\s+(freigaben|genehmigungen)\b/i,
  /\bapprobations?\s+en\s+attente\b/i,
  /\baprobaciones\s+pendientes\b/i,
  /\baprova[cç](o|õ)es\s+pendentes\b/i,
  /承認待ち/,
];

export function isReviewQueueRequest(text: string): boolean {
  return text.length <= 300 && REVIEW_QUEUE_PATTERNS.some((pattern) => pattern.test(text));
}

const REVIEW_QUEUE_PLAN: Plan = { steps: [{ tool: 'review_queue', args: {} }], meta: { planner: 'offline' } };

/** The offline planner with the review queue recognised first. */
export function withReviewQueue<P extends { planSync(text: unknown, context?: PlanningContext): Plan }>(
  planner: P,
): Planner & { planSync(text: unknown, context?: PlanningContext): Plan } {
  const planSync = (text: unknown, context: PlanningContext = {}): Plan =>
    typeof text === 'string' && isReviewQueueRequest(text)
      ? { ...REVIEW_QUEUE_PLAN, steps: REVIEW_QUEUE_PLAN.steps.map((step) => ({ ...step, args: {} })) }
      : planner.planSync(text, context);
  return { planSync, plan: (text, context) => Promise.resolve(planSync(text, context)) };
}
