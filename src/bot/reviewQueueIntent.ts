/**
 * Approvers ask for their queue in their own words ("what needs my approval?", "ausstehende Freigaben").
 * Handled by the bot itself: it is a view over stored campaigns, not an agent call.
 */
const REVIEW_QUEUE_PATTERNS: RegExp[] = [
  /\b(pending|open|outstanding|waiting)\b.*\b(approvals?|reviews?|variants?)\b/i,
  /\b(approvals?|review)\s+queue\b/i,
  /\bneeds?\s+(my\s+)?(approval|review)\b/i,
  /\bwhat\b.*\b(to|should i)\s+(approve|review)\b/i,
  /\b(ausstehende|offene)\s+(freigaben|genehmigungen)\b/i,
  /\bapprobations?\s+en\s+attente\b/i,
  /\baprobaciones\s+pendientes\b/i,
  /\baprova[cç](o|õ)es\s+pendentes\b/i,
  /承認待ち/,
];

export function isReviewQueueRequest(text: string): boolean {
  return text.length <= 300 && REVIEW_QUEUE_PATTERNS.some((pattern) => pattern.test(text));
}
