import { isOneEditApart } from '../../../text/editDistance';
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
    'リスク顧客',
    'リスクのある顧客',
    '離脱リスク',
    '離反予備軍',
    // "離反しそうなお客様": about to leave, not gone yet
    '離反しそう',
    '離脱しそう',
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
    '離脱した顧客',
    '離脱顧客',
    '離反した',
    '離脱した',
    '離脱済み',
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
    'gros clients',
    'grands comptes',
    'grosse kunden',
    'umsatzstarke*',
    'clientes de alto valor',
    'gros depensiers',
    'grandes compradores',
    'grandes gastadores',
    'que mas gastan',
    'que mais gastam',
    'de mayor gasto',
    'de alto gasto',
    'de maior gasto',
    'mayor gasto',
    'alto gasto',
    'maior gasto',
    'que gastan mas',
    'que gastam mais',
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
    'compradores unicos',
    'compradores de una sola vez',
    'compradores de uma vez',
    '一回購入者',
    '1回購入者',
    '一回だけ購入',
    'achat unique',
    'une seule fois',
    // "qui n'ont acheté qu'une fois"
    "re:(?:achete|commande)s?\\s+qu['’ ]?une\\s+(?:seule\\s+)?fois",
    'una sola compra',
    'una sola vez',
    'solo una vez',
    'so una vez',
    'so uma vez',
    'somente uma vez',
    'apenas uma vez',
    'compra unica',
    'uma unica compra',
    'uma unica vez',
    'uma so vez',
    'uma vez so',
    'comprou uma vez',
    'compraram uma vez',
    'compraron una vez',
    'compro una vez',
    'einmal gekauft',
    'achete une fois',
    'une fois seulement',
    '一度だけ',
    '1回のみ',
    '一回だけ',
    '1回だけ',
    '一回しか',
    '1回しか',
    '一度しか',
    '一度きり',
    '一回きり',
  ],
  new: [
    'new customer*',
    // Typos seen in requests ("new custmers", "new costumers").
    'new custmer*',
    'new costumer*',
    'new cusomer*',
    'new custumer*',
    'new buyer*',
    'new client*',
    'new subscriber*',
    'newcomers',
    'first-time',
    'first time buyer*',
    'first time customer*',
    'recent signups',
    'new signups',
    'new sign-ups',
    'new sign ups',
    'new members',
    'new users',
    'new shoppers',
    'newly registered',
    'recently registered',
    'neue nutzer',
    'neuen nutzer',
    'neue mitglieder',
    'neuen mitglieder*',
    'nouveaux membres',
    'nouveaux adherents',
    'nuevos miembros',
    'miembros nuevos',
    'novos membros',
    'membros novos',
    'neuanmeldung*',
    'nouveaux inscrits',
    'nouveaux utilisateurs',
    'nouveaux acheteurs',
    'nuevos usuarios',
    'usuarios nuevos',
    'nuevos registros',
    'novos usuarios',
    'usuarios novos',
    'novos cadastros',
    'novos cadastrados',
    'nuevos registrados',
    'new registrants',
    'signups',
    'neu registriert*',
    '新規登録',
    '新規会員',
    '新規ユーザー',
    '新しいお客様',
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
    '新しい会員',
    '新しく登録',
    '新規のお客様',
    // "para los nuevos", "pour les nouveaux": the newcomers themselves, not "los nuevos productos".
    're:(?<![a-z])(?:los|las|os|as|les) (?:nuev[oa]s|nov[oa]s|nouveaux|nouvelles)(?!\\s*[a-z])',
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

/** Words cohort phrases hinge on, corrected when typed with one slip ("clientes novso", "abgewanderte kundne"). */
const COHORT_KEYWORDS = [
  'customers',
  'clientes',
  'clients',
  'kunden',
  'nuevos',
  'novos',
  'abgewanderte',
  'treue',
];

/** `folded` with each word one slip away from a cohort keyword replaced by it (same text when none is). */
export function correctCohortTypos(folded: string): string {
  return folded.replace(/[a-z]{5,}/g, (word) =>
    COHORT_KEYWORDS.includes(word)
      ? word
      : (COHORT_KEYWORDS.find((keyword) => isOneEditApart(word, keyword)) ?? word),
  );
}

/**
 * Every cohort mention; a span claimed by a more specific cohort ("離反リスク") is not reused by a general
 * one. When none is found, the text is read again with typo'd cohort words corrected.
 */
export function findCohorts(folded: string): CohortMention[] {
  const mentions = findCohortsAsWritten(folded);
  if (mentions.length > 0) return mentions;
  const corrected = correctCohortTypos(folded);
  return corrected === folded ? mentions : findCohortsAsWritten(corrected);
}

function findCohortsAsWritten(folded: string): CohortMention[] {
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
