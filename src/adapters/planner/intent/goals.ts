import type { Cohort } from './cohorts';
import { Lexicon } from './lexicon';

/** Campaign goals generate_variants understands. */
export type Goal =
  'win-back' | 're-engagement' | 'promotion' | 'welcome' | 'loyalty' | 'announcement' | 'cross-sell';

/** Explicit goal words, tested in this order (the first goal with a match wins). */
const GOAL_WORDS: ReadonlyArray<readonly [Goal, readonly string[]]> = [
  [
    'win-back',
    [
      'win back',
      'win-back',
      'winback',
      'bring back',
      'bring them back',
      'come back',
      'reactivat*',
      'zuruckgewinn*',
      'zuruckholen',
      'reaktivier*',
      'reconquerir',
      'reconquete',
      'reactiver',
      'reactivation',
      'recuperar',
      'reactivar',
      'reactivacion',
      'reconquistar',
      'reativar',
      'reativacao',
      '呼び戻',
      '掘り起こし',
      '復帰',
    ],
  ],
  [
    're-engagement',
    ['re-engage*', 'reengage*', 're-engagement', 'reengagement', 'wieder aktivieren', 'reengager'],
  ],
  [
    'cross-sell',
    ['cross-sell*', 'cross sell*', 'upsell*', 'up-sell*', 'complementary', 'クロスセル', 'アップセル'],
  ],
  [
    'welcome',
    [
      'welcome',
      'onboarding',
      'willkommen*',
      'bienvenue',
      'bienvenida',
      'boas-vindas',
      'boas vindas',
      'ようこそ',
      'ウェルカム',
    ],
  ],
  [
    'announcement',
    [
      'announce*',
      'new collection',
      'new arrivals',
      'new product*',
      'launching our',
      'ankundig*',
      'neue kollektion',
      'annonce*',
      'annoncer',
      'nouvelle collection',
      'anunci*',
      'nueva coleccion',
      'nova colecao',
      'お知らせ',
      '告知',
      '新商品',
      '新作',
    ],
  ],
  [
    'loyalty',
    [
      'loyalty',
      'reward*',
      'thank-you',
      'thank you',
      'appreciation',
      'treue*',
      'bonusprogramm',
      'fidelite',
      'fidelidad',
      'fidelidade',
      'ロイヤルティ',
      '感謝',
    ],
  ],
  [
    'promotion',
    [
      'sale',
      'sales',
      'discount*',
      'offer*',
      'promo*',
      'deal*',
      'coupon*',
      '% off',
      'black friday',
      'cyber monday',
      'clearance',
      'free shipping',
      'angebot*',
      'rabatt*',
      'aktion*',
      'gutschein*',
      'soldes',
      'remise*',
      'offre*',
      'reduction*',
      'rebajas',
      'oferta*',
      'descuento*',
      'promocion*',
      'promocao',
      'desconto*',
      'liquidacao',
      'セール',
      '割引',
      'クーポン',
      'オファー',
    ],
  ],
];

const GOAL_LEXICONS = GOAL_WORDS.map(([goal, words]) => [goal, new Lexicon(words)] as const);

const GOAL_BY_COHORT: Partial<Record<Cohort, Goal>> = {
  lapsed: 'win-back',
  churned: 'win-back',
  at_risk: 're-engagement',
  new: 'welcome',
  vip: 'loyalty',
  loyal: 'loyalty',
  big_spenders: 'loyalty',
  one_time: 'cross-sell',
};

/** The goal implied by the audience: lapsed → win-back, new → welcome, VIP → loyalty. */
export function goalForAudience(cohort: Cohort | undefined, targetsInactive: boolean): Goal | undefined {
  if (cohort !== undefined) return GOAL_BY_COHORT[cohort];
  return targetsInactive ? 'win-back' : undefined;
}

/** The goal the user names, else the one implied by the audience. */
export function detectGoal(
  folded: string,
  cohort: Cohort | undefined,
  targetsInactive: boolean,
): Goal | undefined {
  const explicit = GOAL_LEXICONS.find(([, lexicon]) => lexicon.has(folded))?.[0];
  return explicit ?? goalForAudience(cohort, targetsInactive);
}
