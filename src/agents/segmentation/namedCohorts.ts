import { invalidInput } from '../../shared/errors';
import type { RfmScores } from './rfmScores';

export const COHORT_NAMES = [
  'vip',
  'loyal',
  'new',
  'at_risk',
  'lapsed',
  'churned',
  'big_spenders',
  'one_time',
] as const;
export type CohortName = (typeof COHORT_NAMES)[number];

/** The raw numbers a cohort rule may look at besides the RFM scores. */
export interface CohortFacts {
  recencyDays: number;
  frequency: number;
}

export interface CohortDefinition {
  name: CohortName;
  label: string;
  /** The rule in plain language, completing "customers who …" in the segment explanation. */
  rule: string;
  /** The rule as data, for the audit trail. */
  ruleCode: string;
  /** Whether the rule needs quintile scores (so the thresholds are computed). */
  usesScores: boolean;
  matches(scores: RfmScores, facts: CohortFacts): boolean;
  /** The same rule as a SQL condition over score expressions and the `recencyDays`/`frequency` columns. */
  sql(scores: CohortScoreSql): string;
}

/** SQL expressions of the three RFM scores (1-5), for `CohortDefinition.sql`. */
export interface CohortScoreSql {
  recency: string;
  frequency: string;
  monetary: string;
}

export const COHORTS: Readonly<Record<CohortName, CohortDefinition>> = {
  vip: {
    name: 'vip',
    label: 'VIP customers',
    rule: 'have top RFM scores (recency, frequency and spend each scored 4 or 5 out of 5)',
    ruleCode: 'R>=4 & F>=4 & M>=4',
    usesScores: true,
    matches: (s) => s.recency >= 4 && s.frequency >= 4 && s.monetary >= 4,
    sql: (s) => `(${s.recency} >= 4 AND ${s.frequency} >= 4 AND ${s.monetary} >= 4)`,
  },
  loyal: {
    name: 'loyal',
    label: 'Loyal customers',
    rule: 'order often (frequency score 4 or 5) and still buy regularly (recency score 3 or more)',
    ruleCode: 'F>=4 & R>=3',
    usesScores: true,
    matches: (s) => s.frequency >= 4 && s.recency >= 3,
    sql: (s) => `(${s.frequency} >= 4 AND ${s.recency} >= 3)`,
  },
  new: {
    name: 'new',
    label: 'New customers',
    rule: 'placed their first and only order within the last 30 days',
    ruleCode: 'frequency<=1 & recencyDays<=30',
    usesScores: false,
    matches: (_s, f) => f.frequency <= 1 && f.recencyDays <= 30,
    sql: () => '(frequency <= 1 AND "recencyDays" <= 30)',
  },
  at_risk: {
    name: 'at_risk',
    label: 'At-risk customers',
    rule: 'used to order often (frequency score 3 or more) but have not bought recently (recency score 1 or 2)',
    ruleCode: 'R<=2 & F>=3',
    usesScores: true,
    matches: (s) => s.recency <= 2 && s.frequency >= 3,
    sql: (s) => `(${s.recency} <= 2 AND ${s.frequency} >= 3)`,
  },
  lapsed: {
    name: 'lapsed',
    label: 'Lapsed customers',
    rule: 'last ordered between 181 and 365 days ago',
    ruleCode: '181<=recencyDays<=365',
    usesScores: false,
    matches: (_s, f) => f.recencyDays >= 181 && f.recencyDays <= 365,
    sql: () => '("recencyDays" >= 181 AND "recencyDays" <= 365)',
  },
  churned: {
    name: 'churned',
    label: 'Churned customers',
    rule: 'have not ordered for more than 365 days',
    ruleCode: 'recencyDays>365',
    usesScores: false,
    matches: (_s, f) => f.recencyDays > 365,
    sql: () => '("recencyDays" > 365)',
  },
  big_spenders: {
    name: 'big_spenders',
    label: 'Big spenders',
    rule: 'are in the top 20% by spend over the last 12 months (spend score 5)',
    ruleCode: 'M=5',
    usesScores: true,
    matches: (s) => s.monetary === 5,
    sql: (s) => `(${s.monetary} = 5)`,
  },
  one_time: {
    name: 'one_time',
    label: 'One-time buyers',
    rule: 'placed exactly one order in the last 12 months',
    ruleCode: 'frequency=1',
    usesScores: false,
    matches: (_s, f) => f.frequency === 1,
    sql: () => '(frequency = 1)',
  },
};

const ALIASES: Readonly<Record<string, CohortName>> = {
  vips: 'vip',
  champion: 'vip',
  champions: 'vip',
  best: 'vip',
  best_customers: 'vip',
  top_customers: 'vip',
  loyalists: 'loyal',
  loyal_customers: 'loyal',
  regulars: 'loyal',
  repeat: 'loyal',
  repeat_customers: 'loyal',
  newcomers: 'new',
  new_customers: 'new',
  first_time: 'new',
  first_time_buyers: 'new',
  atrisk: 'at_risk',
  at_risk_customers: 'at_risk',
  slipping: 'at_risk',
  lapsing: 'lapsed',
  dormant: 'lapsed',
  lapsed_customers: 'lapsed',
  lost: 'churned',
  churn: 'churned',
  churned_customers: 'churned',
  bigspenders: 'big_spenders',
  big_spender: 'big_spenders',
  high_value: 'big_spenders',
  high_spenders: 'big_spenders',
  top_spenders: 'big_spenders',
  whales: 'big_spenders',
  onetime: 'one_time',
  one_off: 'one_time',
  one_time_buyers: 'one_time',
  single_purchase: 'one_time',
};

/** Resolves "VIPs", "big spenders", "at-risk" etc. to a cohort; unknown names are an input error. */
export function resolveCohort(input: string): CohortDefinition {
  const key = input
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const name = (COHORT_NAMES as readonly string[]).includes(key) ? (key as CohortName) : ALIASES[key];
  if (name === undefined) {
    throw invalidInput(`Unknown cohort "${input}". Known cohorts: ${COHORT_NAMES.join(', ')}.`, {
      field: 'cohort',
    });
  }
  return COHORTS[name];
}
