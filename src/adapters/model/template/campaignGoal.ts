/** The goals the template generator has copy for; free-text goals are mapped onto them. */
export const TEMPLATE_GOALS = ['winback', 'promotion', 'welcome', 'loyalty', 'announcement'] as const;
export type TemplateGoal = (typeof TEMPLATE_GOALS)[number];

const GOAL_PATTERNS: ReadonlyArray<readonly [TemplateGoal, RegExp]> = [
  [
    'winback',
    /win[\s-]?back|re[\s-]?engag|re[\s-]?activat|come[\s-]?back|lapsed|churn|inactive|dormant|miss/i,
  ],
  ['welcome', /welcome|onboard|new[\s-]customer|first[\s-]order|sign[\s-]?up/i],
  ['loyalty', /loyal|reward|vip|points|thank|retention|birthday|member/i],
  ['announcement', /announce|launch|new[\s-]arrival|product|cross[\s-]?sell|up[\s-]?sell/i],
];

/** "Win-back", "re-engagement" → winback; anything unrecognised (sale, seasonal, discount…) → promotion. */
export function templateGoalOf(campaignGoal: string): TemplateGoal {
  for (const [goal, pattern] of GOAL_PATTERNS) if (pattern.test(campaignGoal)) return goal;
  return 'promotion';
}
