import { ONE_ARTICLE_SOURCE, QUANTITY_SOURCE, parseNumber } from './numberWords';
import { allMatches } from './regexScan';

/** A span of time in the utterance ("3 months", "seit 2 Wochen", "半年"), converted to days. */
export interface DurationMention {
  readonly days: number;
  readonly start: number;
  readonly end: number;
}

type Unit = 'day' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year';

/** A month counts 30 days and a year 365 ("3 months" → 90, "a year" → 365); fractional years count in months. */
const DAYS_PER_UNIT: Readonly<Record<Unit, number>> = {
  day: 1,
  week: 7,
  fortnight: 14,
  month: 30,
  quarter: 90,
  year: 365,
};

const UNIT_WORDS: ReadonlyArray<readonly [Unit, readonly string[]]> = [
  ['day', ['days', 'day', 'tagen', 'tage', 'tag', 'jours', 'jour', 'dias', 'dia']],
  ['week', ['weeks', 'week', 'wks', 'wk', 'wochen', 'woche', 'semaines', 'semaine', 'semanas', 'semana']],
  ['fortnight', ['fortnights', 'fortnight', 'quinzaines', 'quinzaine']],
  [
    'month',
    ['months', 'month', 'mths', 'mth', 'mos', 'monaten', 'monate', 'monats', 'monat', 'mois', 'meses', 'mes'],
  ],
  ['quarter', ['quarters', 'quarter', 'quartalen', 'quartale', 'quartal', 'trimestres', 'trimestre']],
  [
    'year',
    [
      'years',
      'year',
      'yrs',
      'yr',
      'jahren',
      'jahre',
      'jahres',
      'jahr',
      'annees',
      'annee',
      'ans',
      'an',
      'anos',
      'ano',
    ],
  ],
];
/** Abbreviations only understood glued to digits: "90d", "2w", "3mo", "1y", "90j". */
const GLUED_UNITS: ReadonlyArray<readonly [Unit, readonly string[]]> = [
  ['day', ['d', 'j']],
  ['week', ['w']],
  ['month', ['mo']],
  ['year', ['y']],
];

const UNIT_BY_WORD = new Map<string, Unit>();
for (const [unit, words] of [...UNIT_WORDS, ...GLUED_UNITS])
  for (const word of words) UNIT_BY_WORD.set(word, unit);

const byLength = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).join('|');
const UNIT_SOURCE = byLength(UNIT_WORDS.flatMap(([, words]) => words));
const GLUED_SOURCE = byLength(GLUED_UNITS.flatMap(([, words]) => words));
const HALF_SOURCE =
  'half an|half a|half|ein halbes|einem halben|einen halben|eines halben|halbes|halben|un demi|une demi|demi|medio|media|meio|meia';
const AND_A_HALF_SOURCE = 'and a half|et demi|et demie|y medio|y media|e meio|e meia|und ein halb';
const LAST_SOURCE =
  'last|past|previous|letzten|letzte|letzter|vergangenen|vergangene|ultimo|ultima|ultimos|ultimas|dernier|derniere';
const LAST_AFTER_SOURCE = 'dernier|derniere|passe|passee|pasado|pasada|passado|passada';

const NOT_WORD_BEFORE = '(?<![a-z0-9.,])';
const NOT_WORD_AFTER = '(?![a-z0-9])';

const LATIN_DURATION = new RegExp(
  [
    `${NOT_WORD_BEFORE}(?<qty>${QUANTITY_SOURCE}|${HALF_SOURCE}|${ONE_ARTICLE_SOURCE})\\+?[\\s-]*(?:(?:full|whole|good|solid|long|ganze|ganzen|gute|guten|gutes|entiers?|bons?|bonnes?|longs?|longues?|buen|buenos|buenas|largos?|largas?|bom|bons|boas|longos?)\\s+)?(?<unit>${UNIT_SOURCE})(?<half>\\s+(?:${AND_A_HALF_SOURCE}))?${NOT_WORD_AFTER}`,
    `${NOT_WORD_BEFORE}(?<gluedQty>\\d+(?:[.,]\\d+)?)(?<gluedUnit>${GLUED_SOURCE})${NOT_WORD_AFTER}`,
    `${NOT_WORD_BEFORE}(?:${LAST_SOURCE})\\s+(?<lastUnit>${UNIT_SOURCE})${NOT_WORD_AFTER}`,
    `${NOT_WORD_BEFORE}(?<lastUnitBefore>${UNIT_SOURCE})\\s+(?:${LAST_AFTER_SOURCE})${NOT_WORD_AFTER}`,
  ].join('|'),
  'gu',
);

const JA_UNIT: ReadonlyArray<readonly [Unit, RegExp]> = [
  ['day', /^日/],
  ['week', /^週/],
  ['month', /^[ヶかカケヵ箇个ケ]?月/],
  ['year', /^年/],
];
const JAPANESE_DURATION =
  /(?<![0-9〇零一二三四五六七八九十百千月])(?<qty>\d+(?:\.\d+)?|[〇零一二三四五六七八九十百千]+)\s*(?<unit>日間|日|週間|週|[ヶかカケヵ箇个]月間|[ヶかカケヵ箇个]月|年間|年)(?!生|代|度|目)|(?<half>半年)|(?<!第[0-9〇一二三四])(?<quarter>四半期)/gu;

function unitDays(unit: Unit, quantity: number): number {
  if (unit === 'year' && !Number.isInteger(quantity)) return Math.round(quantity * 12 * DAYS_PER_UNIT.month);
  return Math.round(quantity * DAYS_PER_UNIT[unit]);
}

function quantityOf(text: string): number | undefined {
  const clean = text.trim();
  if (new RegExp(`^(?:${HALF_SOURCE})$`).test(clean)) return 0.5;
  if (new RegExp(`^(?:${ONE_ARTICLE_SOURCE})$`).test(clean)) return 1;
  return parseNumber(clean);
}

function latinDurations(folded: string): DurationMention[] {
  const mentions: DurationMention[] = [];
  for (const match of allMatches(LATIN_DURATION, folded)) {
    const groups = match.groups ?? {};
    const start = match.index;
    const end = start + match[0].length;
    let unit: Unit | undefined;
    let quantity: number | undefined;
    if (groups.unit !== undefined && groups.qty !== undefined) {
      unit = UNIT_BY_WORD.get(groups.unit);
      quantity = quantityOf(groups.qty);
      if (quantity !== undefined && groups.half !== undefined) quantity += 0.5;
    } else if (groups.gluedUnit !== undefined && groups.gluedQty !== undefined) {
      unit = UNIT_BY_WORD.get(groups.gluedUnit);
      quantity = parseNumber(groups.gluedQty);
    } else {
      const bare = groups.lastUnit ?? groups.lastUnitBefore;
      unit = bare === undefined ? undefined : UNIT_BY_WORD.get(bare);
      quantity = 1;
    }
    if (unit === undefined || quantity === undefined || quantity <= 0) continue;
    mentions.push({ days: unitDays(unit, quantity), start, end });
  }
  return mentions;
}

function japaneseDurations(folded: string): DurationMention[] {
  const mentions: DurationMention[] = [];
  for (const match of allMatches(JAPANESE_DURATION, folded)) {
    const groups = match.groups ?? {};
    const start = match.index;
    const end = start + match[0].length;
    if (groups.half !== undefined) {
      mentions.push({ days: 180, start, end });
      continue;
    }
    if (groups.quarter !== undefined) {
      mentions.push({ days: 90, start, end });
      continue;
    }
    const quantity = groups.qty === undefined ? undefined : parseNumber(groups.qty);
    const unit = JA_UNIT.find(([, pattern]) => pattern.test(groups.unit ?? ''))?.[0];
    if (quantity === undefined || unit === undefined || quantity <= 0) continue;
    // "2025年" is a date, not a duration.
    if (unit === 'year' && quantity > 10) continue;
    mentions.push({ days: unitDays(unit, quantity), start, end });
  }
  return mentions;
}

/** Every duration in the folded text, left to right. */
export function findDurations(folded: string): DurationMention[] {
  return [...latinDurations(folded), ...japaneseDurations(folded)].sort((a, b) => a.start - b.start);
}
