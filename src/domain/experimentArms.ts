/** The kinds of arm an experiment has: message variants, business-as-usual control, a holdout. */
export const ARM_KINDS = ['control', 'variant', 'holdout'] as const;
export type ArmKind = (typeof ARM_KINDS)[number];

/** Per-segment (e.g. region) event counts: cheap breakdowns, counted as events rather than distinct customers. */
export interface SegmentCounts {
  delivered: number;
  click: number;
  conversion: number;
  revenue: number;
}
