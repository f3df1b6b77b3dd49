import type { ArmKind, SegmentCounts } from './experimentArms';

export const RESULT_METRICS = [
  'click_rate',
  'conversion_rate',
  'revenue_per_recipient',
  'unsubscribe_rate',
  'complaint_rate',
] as const;
export type ResultMetric = (typeof RESULT_METRICS)[number];

export const METRIC_LABELS: Record<ResultMetric, string> = {
  click_rate: 'click rate',
  conversion_rate: 'conversion rate',
  revenue_per_recipient: 'revenue per recipient',
  unsubscribe_rate: 'unsubscribe rate',
  complaint_rate: 'complaint rate',
};

/** What was observed in one arm. Distinct-customer counts come from sketches (see armAggregate.ts). */
export interface ArmResult {
  key: string;
  label: string;
  kind: ArmKind;
  weight: number;
  /** Delivered recipients (message arms) or held-out customers (holdout). */
  recipients: number;
  /** True when the holdout size is the plan's expectation because no held_out events were reported. */
  recipientsEstimated: boolean;
  humanOpeners: number;
  machineOpeners: number;
  clickers: number;
  converters: number;
  unsubscribers: number;
  complainers: number;
  revenue: number;
  clickRate: number | null;
  humanOpenRate: number | null;
  conversionRate: number | null;
  revenuePerRecipient: number | null;
  unsubscribeRate: number | null;
  complaintRate: number | null;
  /** Raw event counts, for the data-quality view. */
  events: { delivered: number; open: number; click: number; conversion: number; heldOut: number };
  segments: Record<string, SegmentCounts>;
  lastEventAt: number | null;
}

/** One arm compared with a reference arm (the control, or the holdout) on one metric. */
export interface Comparison {
  arm: string;
  label: string;
  metric: ResultMetric;
  value: number;
  referenceValue: number;
  /** Relative lift (arm / reference − 1) and its CI; null when the reference is 0. */
  lift: number | null;
  liftCi: [number, number] | null;
  difference: number;
  differenceCi: [number, number];
  pValue: number;
  /** Holm-adjusted over the arms compared (the primary and secondary metrics). */
  adjustedPValue: number;
  significant: boolean;
  /** P(arm beats reference). */
  chanceToWin: number;
  /** Events behind the metric (clickers, converters) and recipients, in this arm and in the reference. */
  events: number;
  referenceEvents: number;
  recipients: number;
  referenceRecipients: number;
  /** The minimum data is met: a lift, interval and chance to win may be shown (see minimumData.ts). */
  enoughData: boolean;
  /** How the difference is shown: a relative lift (%) or, when that interval is unusable, the absolute one. */
  scale: 'relative' | 'absolute';
  /** Below the minimum: about how many more recipients each arm needs, and when at the current pace. */
  needed: { morePerArm: number; by: string | null } | null;
}

export interface GuardrailCheck {
  arm: string;
  label: string;
  metric: 'unsubscribe_rate' | 'complaint_rate';
  value: number;
  controlValue: number;
  lift: number | null;
  /** One-sided p-value of "the variant's rate is higher than the control's". */
  pValue: number;
  degraded: boolean;
}

export interface SrmCheck {
  chiSquare: number;
  pValue: number;
  mismatch: boolean;
  arms: Array<{
    arm: string;
    label: string;
    recipients: number;
    expectedShare: number;
    observedShare: number;
  }>;
}

export const CAVEAT_KINDS = [
  'no_data',
  'srm',
  'guardrail',
  'too_early',
  'stale',
  'simulated',
  'duplicates',
  'machine_opens',
  'holdout_estimated',
  'plan_unreachable',
] as const;
export type CaveatKind = (typeof CAVEAT_KINDS)[number];

export interface Caveat {
  kind: CaveatKind;
  severity: 'critical' | 'warning' | 'info';
  message: string;
}

export interface Progress {
  /** Recipients per message arm the plan evaluates at. */
  plannedPerArm: number;
  /** Recipients in the smallest message arm so far. */
  currentPerArm: number;
  fraction: number;
  complete: boolean;
  /** Recipients per message arm per day over the data so far (null when it cannot be told). */
  dailyPerArm: number | null;
  /** When the plan is reached at the current daily volume (ISO), null when unknown or complete. */
  estimatedCompletion: string | null;
}

export const RECOMMENDATION_ACTIONS = ['ship', 'keep_running', 'stop'] as const;
export type RecommendationAction = (typeof RECOMMENDATION_ACTIONS)[number];

export interface Recommendation {
  action: RecommendationAction;
  /** The arm to ship. */
  arm?: string;
  label?: string;
  /** One or two plain sentences: what to do and why. */
  reason: string;
  estimatedCompletion?: string;
}

/** The results model behind `summarize_results`, the results card and the reports. */
export interface ExperimentResults {
  campaignId: string;
  experimentKey: string;
  launchedAt: string;
  generatedAt: string;
  alpha: number;
  arms: ArmResult[];
  /** Variants vs control on click rate, the primary metric. */
  primary: Comparison[];
  /** Variants vs control on conversion rate and on revenue per recipient. */
  secondary: Comparison[];
  /** Message arms vs the holdout on conversion rate: what messaging adds at all. */
  holdout: Comparison[];
  guardrails: GuardrailCheck[];
  srm: SrmCheck | null;
  trustworthy: boolean;
  freshness: { firstEventAt: number | null; lastEventAt: number | null };
  progress: Progress;
  caveats: Caveat[];
  /** Plain-language line per variant, e.g. "Variant 2 lifts click rate by 12.3% (95% CI 4.1% to 20.5%), …". */
  statements: string[];
  recommendation: Recommendation;
  simulatedEvents: number;
  totalEvents: number;
}
