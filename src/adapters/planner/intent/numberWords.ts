/**
 * Numbers as marketers write them: digits (`3`, `1.5`, `2,5`), number words in English, German,
 * French, Spanish and Portuguese (`three`, `drei`, `trois`, `tres`, `três`, `forty-five`), Japanese
 * numerals (`三`, `九十`) and idioms (`a couple` → 2, `half a dozen` → 6, `a dozen` → 12).
 * All matching works on folded text (lower case, accents removed).
 */

const UNITS: Readonly<Record<string, number>> = {
  // English
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  // German (ü and ß folded: fünf → funf, zwölf → zwolf)
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  funf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwolf: 12,
  dreizehn: 13,
  vierzehn: 14,
  funfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
  // French
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  'dix-sept': 17,
  'dix-huit': 18,
  'dix-neuf': 19,
  // Spanish (once = 11 is left out: it collides with English "once")
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  doce: 12,
  trece: 13,
  catorce: 14,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  // Portuguese
  dois: 2,
  quatro: 4,
  duas: 2,
  sete: 7,
  oito: 8,
  nove: 9,
  dez: 10,
  doze: 12,
  treze: 13,
  catorze: 14,
  dezesseis: 16,
  dezasseis: 16,
  dezessete: 17,
  dezoito: 18,
  dezenove: 19,
};

const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  zwanzig: 20,
  dreissig: 30,
  vierzig: 40,
  funfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  'soixante-dix': 70,
  'quatre-vingt': 80,
  'quatre-vingts': 80,
  'quatre-vingt-dix': 90,
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  vinte: 20,
  trinta: 30,
  quarenta: 40,
  cinquenta: 50,
  sessenta: 60,
  oitenta: 80,
};

/** Words that only mean "one" in front of a unit ("a month", "un mois", "einen Monat"). */
const ONE_ARTICLES = [
  'a',
  'an',
  'one',
  'un',
  'une',
  'uno',
  'una',
  'um',
  'uma',
  'ein',
  'eine',
  'einen',
  'einem',
  'einer',
];

const IDIOMS: ReadonlyArray<readonly [string, number]> = [
  ['half a dozen', 6],
  ['half-dozen', 6],
  ['half dozen', 6],
  ['ein halbes dutzend', 6],
  ['une demi-douzaine', 6],
  ['demi-douzaine', 6],
  ['media docena', 6],
  ['meia duzia', 6],
  ['a dozen', 12],
  ['one dozen', 12],
  ['dozen', 12],
  ['ein dutzend', 12],
  ['dutzend', 12],
  ['une douzaine', 12],
  ['douzaine', 12],
  ['una docena', 12],
  ['docena', 12],
  ['uma duzia', 12],
  ['duzia', 12],
  ['une dizaine', 10],
  ['dizaine', 10],
  ['una decena', 10],
  ['decena', 10],
  ['uma dezena', 10],
  ['dezena', 10],
  ['a couple of', 2],
  ['a couple', 2],
  ['couple of', 2],
  ['a pair of', 2],
  ['a pair', 2],
  ['pair of', 2],
  ['ein paar', 2],
  ['une paire de', 2],
  ['une paire', 2],
  ['un couple de', 2],
  ['un par de', 2],
  ['un par', 2],
  ['um par de', 2],
  ['um par', 2],
  ['a few', 3],
  ['a handful of', 5],
  ['quelques', 3],
  ['algunas', 3],
  ['algunos', 3],
  ['unos cuantos', 3],
  ['unas cuantas', 3],
  ['algumas', 3],
  ['alguns', 3],
  ['einige', 3],
  ['several', 3],
];

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => escape(word).replace(/-/g, '[\\s-]').replace(/ /g, '\\s+'))
    .join('|');

const UNIT_WORDS = alternation(Object.keys(UNITS));
const TEN_WORDS = alternation(Object.keys(TENS));
const KANJI = '[〇零一二三四五六七八九十百千]+';
const DIGITS = '\\d+(?:[.,]\\d+)?';

/** "forty-five", "einundzwanzig", "vingt et un", "treinta y cinco", "vinte e cinco", "veinticinco". */
const COMPOUND = [
  `(?:${TEN_WORDS})(?:[\\s-]+(?:et[\\s-]+|y\\s+|e\\s+)?)(?:${UNIT_WORDS})`,
  `(?:ein|zwei|drei|vier|funf|sechs|sieben|acht|neun)und(?:${TEN_WORDS})`,
  `veinti(?:un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)`,
].join('|');

/** A number expression, without word boundaries (callers add them). */
export const NUMBER_SOURCE = `(?:${DIGITS}|${COMPOUND}|${TEN_WORDS}|${UNIT_WORDS}|${KANJI})`;

/** A number or an idiom standing for one ("a couple of", "half a dozen"). */
export const QUANTITY_SOURCE = `(?:${alternation(IDIOMS.map(([phrase]) => phrase))}|${NUMBER_SOURCE})`;

/** "a", "one", "un", "einen": the implicit 1 in front of a unit. */
export const ONE_ARTICLE_SOURCE = `(?:${alternation(ONE_ARTICLES)})`;

const IDIOM_VALUES = new Map(IDIOMS.map(([phrase, value]) => [phrase.replace(/-/g, ' '), value]));

const KANJI_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const KANJI_MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** 三 → 3, 十二 → 12, 九十 → 90, 百八十 → 180, 二〇 → 20. */
export function parseKanjiNumber(text: string): number | undefined {
  if (!/^[〇零一二三四五六七八九十百千]+$/.test(text)) return undefined;
  if (!/[十百千]/.test(text)) {
    // positional: 二〇 → 20
    let value = 0;
    for (const char of text) value = value * 10 + (KANJI_DIGITS[char] ?? 0);
    return value;
  }
  let total = 0;
  let pending = 0;
  for (const char of text) {
    const digit = KANJI_DIGITS[char];
    if (digit !== undefined) {
      pending = digit;
      continue;
    }
    const multiplier = KANJI_MULTIPLIERS[char] ?? 1;
    total += (pending === 0 ? 1 : pending) * multiplier;
    pending = 0;
  }
  return total + pending;
}

/** The value of a text matched by NUMBER_SOURCE or QUANTITY_SOURCE; undefined when it is not a number. */
export function parseNumber(text: string): number | undefined {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean === '') return undefined;
  if (/^\d+(?:[.,]\d+)?$/.test(clean)) {
    const value = Number(clean.replace(',', '.'));
    return Number.isFinite(value) ? value : undefined;
  }
  const idiom = IDIOM_VALUES.get(clean.replace(/-/g, ' '));
  if (idiom !== undefined) return idiom;
  const kanji = parseKanjiNumber(clean);
  if (kanji !== undefined) return kanji;
  const hyphenless = clean.replace(/\s/g, '-');
  const unit = UNITS[clean] ?? UNITS[hyphenless];
  if (unit !== undefined) return unit;
  const ten = TENS[clean] ?? TENS[hyphenless];
  if (ten !== undefined) return ten;
  const german = /^(ein|zwei|drei|vier|funf|sechs|sieben|acht|neun)und(.+)$/.exec(clean);
  if (german?.[1] !== undefined && german[2] !== undefined) {
    const units = german[1] === 'ein' ? 1 : UNITS[german[1]];
    const tens = TENS[german[2]];
    if (units !== undefined && tens !== undefined) return tens + units;
  }
  const veinti = /^veinti(.+)$/.exec(clean);
  if (veinti?.[1] !== undefined) {
    const units = veinti[1] === 'un' || veinti[1] === 'uno' || veinti[1] === 'una' ? 1 : UNITS[veinti[1]];
    if (units !== undefined) return 20 + units;
  }
  // tens + units: "forty five", "forty-five", "vingt et un", "treinta y cinco", "vinte e cinco", "soixante-dix-sept"
  const parts = clean.split(/[\s-]+/).filter((part) => part !== 'et' && part !== 'y' && part !== 'e');
  for (let split = parts.length - 1; split >= 1; split -= 1) {
    const tens = TENS[parts.slice(0, split).join('-')];
    const rest = parts.slice(split).join('-');
    const units = rest === 'un' || rest === 'une' || rest === 'uno' || rest === 'um' ? 1 : UNITS[rest];
    if (tens !== undefined && units !== undefined) return tens + units;
  }
  return undefined;
}
