/**
 * What can happen to a recipient of an experiment message. `held_out` is reported by the sending pipeline for a
 * holdout customer it deliberately did not message, so the holdout arm has a measured size like the others.
 */
export const ENGAGEMENT_TYPES = [
  'delivered',
  'open',
  'click',
  'conversion',
  'unsubscribe',
  'complaint',
  'held_out',
] as const;
export type EngagementType = (typeof ENGAGEMENT_TYPES)[number];

/** Event types that only exist for customers who received a message (never for the holdout). */
export const MESSAGE_EVENT_TYPES: ReadonlySet<EngagementType> = new Set([
  'delivered',
  'open',
  'click',
  'unsubscribe',
  'complaint',
]);
