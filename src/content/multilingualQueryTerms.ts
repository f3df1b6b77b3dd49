/**
 * Approved content is written in English. Marketers ask in their own language, so common campaign
 * theme words in German, French, Spanish, Portuguese and Japanese (plus English synonyms) are mapped
 * to the English terms the documents use. Matching is accent- and case-insensitive; Latin phrases of
 * five letters or more also match inside compounds ("Frühlingsverkauf" contains "fruhling", and
 * "springsale" contains "spring").
 */
interface ThemeEntry {
  /** English terms added to the query. */
  english: string;
  phrases: readonly string[];
}

const THEMES: readonly ThemeEntry[] = [
  {
    english: 'spring',
    phrases: ['spring', 'frühling', 'frühjahr', 'printemps', 'primavera', '春'],
  },
  {
    english: 'summer',
    phrases: ['summer', 'sommer', 'été', 'verano', 'verão', '夏'],
  },
  {
    english: 'winter',
    phrases: ['winter', 'hiver', 'invierno', 'inverno', '冬'],
  },
  {
    english: 'sale discount',
    phrases: [
      'verkauf',
      'ausverkauf',
      'schlussverkauf',
      'rabatt',
      'sonderangebot',
      'angebot',
      'soldes',
      'solde',
      'promo',
      'promotion',
      'réduction',
      'remise',
      'rebajas',
      'rebaja',
      'descuento',
      'oferta',
      'ofertas',
      'promoción',
      'liquidación',
      'promoção',
      'promoções',
      'desconto',
      'liquidação',
      'セール',
      '割引',
      'バーゲン',
      'キャンペーン',
    ],
  },
  {
    english: 'free shipping',
    phrases: [
      'kostenloser versand',
      'gratisversand',
      'versandkostenfrei',
      'livraison gratuite',
      'livraison offerte',
      'envío gratis',
      'envío gratuito',
      'envio gratis',
      'envio grátis',
      'frete grátis',
      'frete gratis',
      'entrega gratuita',
      '送料無料',
      'shipping free',
      'free delivery',
    ],
  },
  {
    english: 'shipping',
    phrases: ['versand', 'livraison', 'envío', 'envio', 'frete', '配送', '送料', 'delivery'],
  },
  {
    english: 'loyalty rewards points',
    phrases: [
      'treuepunkte',
      'bonuspunkte',
      'treueprogramm',
      'punkte',
      'fidélité',
      'points de fidélité',
      'puntos',
      'fidelidad',
      'recompensas',
      'pontos',
      'fidelidade',
      'ポイント',
      'ロイヤルティ',
      '会員',
      'loyal',
      'reward',
    ],
  },
  {
    english: 'win-back we miss you come back',
    phrases: [
      'wir vermissen dich',
      'vermissen',
      'zurückgewinnen',
      'rückgewinnung',
      'vous nous manquez',
      'tu nous manques',
      'reconquête',
      'te echamos de menos',
      'te extrañamos',
      'recuperación',
      'sentimos sua falta',
      'sentimos a sua falta',
      'reconquista',
      'お久しぶり',
      'また会いたい',
      '休眠',
      'reactivation',
      'reactivate',
      're-engage',
      'reengagement',
      'lapsed',
      'inactive',
      'comeback',
    ],
  },
  {
    english: 'welcome first order',
    phrases: [
      'willkommen',
      'bienvenue',
      'bienvenido',
      'bienvenida',
      'bem-vindo',
      'bem-vinda',
      'ようこそ',
      '新規',
      'onboarding',
    ],
  },
  {
    english: 'birthday',
    phrases: ['geburtstag', 'anniversaire', 'cumpleaños', 'aniversário', '誕生日'],
  },
  {
    english: 'bogo buy one get one free',
    phrases: [
      '2 für 1',
      'zwei für eins',
      '1 acheté 1 offert',
      'un acheté un offert',
      '2x1',
      '2 por 1',
      'dos por uno',
      'compre um leve outro',
      'leve 2 pague 1',
      '1つ買うと1つ無料',
      '1つ買うともう1つ無料',
    ],
  },
  {
    english: 'gift card',
    phrases: [
      'gutschein',
      'geschenkkarte',
      'carte cadeau',
      'tarjeta regalo',
      'cartão presente',
      'vale-presente',
      'ギフトカード',
    ],
  },
  {
    english: 'jacket outerwear',
    phrases: ['jacke', 'veste', 'blouson', 'chaqueta', 'jaqueta', 'casaco', 'ジャケット'],
  },
  {
    english: 'parka',
    phrases: ['daunenjacke', 'doudoune', 'parca', 'plumífero', 'パーカー'],
  },
  {
    english: 'boots footwear',
    phrases: [
      'stiefel',
      'wanderschuhe',
      'schuhe',
      'chaussures',
      'bottes',
      'zapatos',
      'botas',
      'calçados',
      'sapatos',
      'ブーツ',
      '靴',
    ],
  },
  {
    english: 'backpack pack',
    phrases: ['rucksack', 'sac à dos', 'mochila', 'リュック', 'バックパック'],
  },
  {
    english: 'socks',
    phrases: ['socken', 'chaussettes', 'calcetines', 'meias', '靴下', 'ソックス'],
  },
  {
    english: 'tent camping',
    phrases: ['zelt', 'tente', 'tienda de campaña', 'barraca', 'テント', 'キャンプ'],
  },
  {
    english: 'returns',
    phrases: ['rückgabe', 'retour', 'devolución', 'devolução', '返品'],
  },
  {
    english: 'black friday',
    phrases: ['ブラックフライデー', 'viernes negro', 'sexta-feira negra'],
  },
  {
    english: 'vip summit early access',
    phrases: [
      'vip',
      'stammkunden',
      'meilleurs clients',
      'mejores clientes',
      'melhores clientes',
      '優良顧客',
      'early access',
      'exclusive',
    ],
  },
  {
    english: 'refer a friend referral',
    phrases: ['freunde werben', 'parrainage', 'recomienda a un amigo', 'indique um amigo', '友達紹介'],
  },
];

/** Lowercase, NFKC, without Latin diacritics, so "Frühling", "FRUHLING" and "fruhling" compare equal. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

const HAS_CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

interface CompiledPhrase {
  english: string;
  folded: string;
  /** Short Latin phrases must match as whole words: "vip" should not match inside other words. */
  wholeWord: RegExp | undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const COMPILED: readonly CompiledPhrase[] = THEMES.flatMap((theme) =>
  theme.phrases.map((phrase) => {
    const folded = foldText(phrase);
    const wholeWord =
      HAS_CJK.test(folded) || folded.length >= 5
        ? undefined
        : new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(folded)}($|[^\\p{L}\\p{N}])`, 'u');
    return { english: theme.english, folded, wholeWord };
  }),
);

/** English theme terms for a (possibly non-English) query; empty when nothing is recognised. */
export function englishThemeTerms(query: string): string[] {
  const folded = foldText(query);
  const terms = new Set<string>();
  for (const phrase of COMPILED) {
    const found = phrase.wholeWord ? phrase.wholeWord.test(folded) : folded.includes(phrase.folded);
    if (found) terms.add(phrase.english);
  }
  return [...terms];
}

/** The query followed by the English terms it maps to, for a full-text engine over English content. */
export function expandQuery(query: string): string {
  const terms = englishThemeTerms(query);
  return terms.length === 0 ? query : `${query} ${terms.join(' ')}`;
}
