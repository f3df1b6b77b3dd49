import type { Segment } from '../../domain/segment';

const COHORT_GOALS: Readonly<Record<string, string>> = {
  at_risk: 'win-back',
  lapsed: 'win-back',
  churned: 'win-back',
  new: 'welcome',
  one_time: 'promotion',
  vip: 'loyalty',
  loyal: 'loyalty',
  big_spenders: 'loyalty',
};

/** The goal when the user names none: inactive audiences are won back, new ones welcomed. */
export function campaignGoalFor(segment: Segment): string {
  const cohort = segment.criteria.cohort;
  if (typeof cohort === 'string' && COHORT_GOALS[cohort] !== undefined) return COHORT_GOALS[cohort];
  const inactiveDays = segment.criteria.inactiveDays;
  if (typeof inactiveDays === 'number' && inactiveDays >= 60) return 'win-back';
  const stage = segment.criteria.lifecycleStage;
  if (stage === 'at_risk' || stage === 'lapsed' || stage === 'churned') return 'win-back';
  if (stage === 'new') return 'welcome';
  return 'promotion';
}
