/**
 * The simulated recipient behaviour. Rates are per recipient; only the click rate (the primary metric)
 * carries the true lift, conversions follow clicks (so they inherit it), and guardrail rates move only
 * when a guardrail lift is asked for. Repeated opens and clicks are generated on purpose: the
 * distinct-customer sketches must count each recipient once.
 */
export interface EngagementModel {
  /** Human (non-prefetch) opens. */
  humanOpenRate: number;
  /** Recipients whose mail client prefetches the pixel (Apple MPP): one machine open each. */
  machineOpenRate: number;
  /** Chance an opener or clicker produces one more open/click event. */
  repeatRate: number;
  /** Chance a clicker converts. */
  conversionPerClick: number;
  /** Conversions without any message (the holdout's only conversions; everyone's baseline). */
  organicConversionRate: number;
  unsubscribeRate: number;
  complaintRate: number;
  /** Log-normal revenue per conversion: exp(N(μ, σ)). */
  revenueLogMean: number;
  revenueLogSd: number;
}

export const DEFAULT_ENGAGEMENT_MODEL: EngagementModel = {
  humanOpenRate: 0.22,
  machineOpenRate: 0.3,
  repeatRate: 0.3,
  conversionPerClick: 0.15,
  organicConversionRate: 0.002,
  unsubscribeRate: 0.003,
  complaintRate: 0.0005,
  revenueLogMean: Math.log(50),
  revenueLogSd: 0.6,
};

/** Regions of simulated recipients and their shares (as the synthetic customer file). */
export const SIMULATED_REGIONS: ReadonlyArray<readonly [string, number]> = [
  ['NA', 40],
  ['EMEA', 30],
  ['APAC', 20],
  ['LATAM', 10],
];
