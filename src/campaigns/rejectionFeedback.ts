import { REJECTION_REASON_LABELS, type RejectionReason, type VariantReview } from '../domain/campaign';

export interface RejectionTally {
  reason: RejectionReason;
  label: string;
  count: number;
}

/** Rejection reasons counted across reviews, most frequent first (ties in a fixed order). */
export function tallyRejections(reviews: readonly VariantReview[]): RejectionTally[] {
  const counts = new Map<RejectionReason, number>();
  for (const review of reviews) {
    if (review.status !== 'rejected' || !review.rejection) continue;
    counts.set(review.rejection.reason, (counts.get(review.rejection.reason) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([reason, count]) => ({ reason, label: REJECTION_REASON_LABELS[reason], count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** The same tally from the rejection counts stored in campaign summaries (no review is read). */
export function tallyRejectionCounts(
  counts: ReadonlyArray<Partial<Record<RejectionReason, number>>>,
): RejectionTally[] {
  const totals = new Map<RejectionReason, number>();
  for (const entry of counts) {
    for (const [reason, count] of Object.entries(entry) as Array<[RejectionReason, number]>) {
      totals.set(reason, (totals.get(reason) ?? 0) + count);
    }
  }
  return [...totals.entries()]
    .map(([reason, count]) => ({ reason, label: REJECTION_REASON_LABELS[reason], count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** One sentence for a marketer, e.g. "Most rejections of your drafts so far: Tone (3), Unclear offer (2)." */
export function feedbackSentence(tally: readonly RejectionTally[]): string | undefined {
  if (tally.length === 0) return undefined;
  const top = tally
    .slice(0, 3)
    .map((entry) => `${entry.label} (${entry.count})`)
    .join(', ');
  return `Most rejections of your drafts so far: ${top}.`;
}
