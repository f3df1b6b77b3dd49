import { Lexicon, type LexiconMatch } from './lexicon';

/** Named cohorts understood by segment_customers, in the order they are tested (specific before general). */
export const COHORTS = [
  'vip',
  'at_risk',
  'churned',
  'big_spenders',
  'one_time',
  'new',
  'loyal',
  'lapsed',
] as const;
export type Cohort = (typeof COHORTS)[number];

const COHORT_WORDS: Readonly<Record<Cohort, readonly string[]>> = {
  vip: [
    'vip',
    'vips',
    'v.i.p.',
    'best customers',
    'top customers',
    'most valuable',
    'beste kunden',
    'besten kunden',
    'top-kunden',
    'topkunden',
    'meilleurs clients',
    'mejores clientes',
    'melhores clientes',
    '優良顧客',
    '上位顧客',
    '上得意',
  ],
  at_risk: [
    'at risk',
    'at-risk',
    'churn risk',
    'risk of churn',
    'risk of churning',
    'likely to churn',
    'about to churn',
    'slipping',
    'gefahrdet*',
    'abwanderungsgefahrdet*',
    'abwanderungsrisiko',
    'abwanderungsgefahr',
    'churn-risiko',
    'risque de depart',
    'riesgo de abandono',
    'risco de abandono',
    'a risque',
    'risque de churn',
    'en riesgo',
    'em risco',
    '離反リスク',
    '離脱リスク',
    '離反予備軍',
    '離脱予備軍',
  ],
  churned: [
    'churned',
    'churners',
    'lost customers',
    'former customers',
    'ex-customers',
    'abgewandert*',
    'verlorene kunden',
    'ehemalige kunden',
    'clients perdus',
    'anciens clients',
    'clientes perdidos',
    'antiguos clientes',
    'ex clientes',
    'ex-clientes',
    'clientes que se fueron',
    '離反顧客',
    '離反した',
    '解約',
  ],
  big_spenders: [
    'big spender*',
    'high value',
    'high-value',
    'champions',
    'high spender*',
    'top spender*',
    'heavy spender*',
    'whales',
    'big-spender*',
    'gros acheteurs',
    'gros depensiers',
    'grandes compradores',
    'grandes gastadores',
    'que mas gastan',
    'que mais gastam',
    'vielkaufer*',
    '高額購入者',
    '高額顧客',
  ],
  one_time: [
    'one-time',
    'one time buyer*',
    'one time customer*',
    'one-off',
    'single purchase',
    'bought once',
    'bought only once',
    'purchased once',
    'only once',
    'einmalkaufer*',
    'einmalige kaufer',
    'nur einmal',
    'acheteurs uniques',
    'achat unique',
    'une seule fois',
    'una sola compra',
    'una sola vez',
    'compra unica',
    'uma unica compra',
    'uma unica vez',
    'uma so vez',
    '一度だけ',
    '1回のみ',
    '一回だけ',
    '1回だけ',
  ],
  new: [
    'new customer*',
    'new buyer*',
    'new client*',
    'new subscriber*',
    'newcomers',
    'first-time',
    'first time buyer*',
    'first time customer*',
    'recent signups',
    'neue kunden',
    'neuen kunden',
    'neukunde*',
    'nouveaux clients',
    'nouvelles clientes',
    'clientes nuevos',
    'nuevos clientes',
    'novos clientes',
    'clientes novos',
    '新規顧客',
    '新規',
    '新しい顧客',
  ],
  loyal: [
    'loyal',
    'loyalists',
    'repeat customers',
    'repeat buyers',
    'regulars',
    'treue*',
    'stammkunde*',
    'fideles',
    'fidele',
    'fidelises',
    'clientes fieles',
    'fieles',
    'leales',
    'fieis',
    'leais',
    'ロイヤル',
    '常連',
    'リピーター',
  ],
  lapsed: [
    'lapsed',
    'inactive',
    'dormant',
    'sleeping',
    'not active',
    'inaktiv*',
    'schlafende*',
    'inactif*',
    'inactive*',
    'dormant*',
    'inactivo*',
    'inactiva*',
    'dormido*',
    'inativo*',
    'inativa*',
    'adormecido*',
    '休眠',
    '非アクティブ',
    '離脱',
    '離反',
  ],
};

const COHORT_LEXICONS: ReadonlyArray<readonly [Cohort, Lexicon]> = COHORTS.map(
  (cohort) => [cohort, new Lexicon(COHORT_WORDS[cohort])] as const,
);

export interface CohortMention {
  readonly cohort: Cohort;
  readonly match: LexiconMatch;
}

/** Every cohort mention; a span claimed by a more specific cohort ("離反リスク") is not reused by a general one. */
export function findCohorts(folded: string): CohortMention[] {
  const mentions: CohortMention[] = [];
  for (const [cohort, lexicon] of COHORT_LEXICONS) {
    for (const match of lexicon.find(folded)) {
      const overlaps = mentions.some(
        (mention) => match.start < mention.match.end && mention.match.start < match.end,
      );
      if (!overlaps) mentions.push({ cohort, match });
    }
  }
  return mentions.sort((a, b) => a.match.start - b.match.start);
}

export type SegmentMethod = 'rfm' | 'behavior' | 'attributes';

const METHOD_LEXICONS: ReadonlyArray<readonly [SegmentMethod, Lexicon]> = [
  ['rfm', new Lexicon(['rfm', 'recency frequency monetary', 'recency, frequency', 'recency/frequency'])],
  [
    'behavior',
    new Lexicon([
      'behavior*',
      'behaviour*',
      'verhalten*',
      'kaufverhalten',
      'comportement*',
      'comportamiento*',
      'comportamento*',
      '行動',
    ]),
  ],
  [
    'attributes',
    new Lexicon([
      'attribute*',
      'demographic*',
      'attribut*',
      'demografi*',
      'demographi*',
      'atributo*',
      'demografic*',
      '属性',
    ]),
  ],
];

export function detectSegmentMethod(folded: string): SegmentMethod | undefined {
  return METHOD_LEXICONS.find(([, lexicon]) => lexicon.has(folded))?.[0];
}
