/**
 * What the intent model chooses between: one label per tool sequence the offline planner can plan.
 * The arguments are read afterwards by the extractors (buildSteps.ts).
 */
export const INTENT_LABELS = [
  'draft',
  'draft_launch',
  'revise',
  'segment',
  'retrieve',
  'screen',
  'launch',
  'simulate',
  'power',
  'summarize',
  'review_queue',
  'list_mine',
  'list_running',
  'list_waiting',
  'list_all',
  'greeting',
  'help',
  'out_of_scope',
] as const;

export type IntentLabel = (typeof INTENT_LABELS)[number];

export const isIntentLabel = (value: string): value is IntentLabel =>
  (INTENT_LABELS as readonly string[]).includes(value);
