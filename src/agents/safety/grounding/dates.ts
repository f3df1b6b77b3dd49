import type { ExtractedClaim } from './groundedClaim';

/** Month names and abbreviations in EN, ES, DE and FR (accents removed), to month number. */
const MONTHS: ReadonlyArray<readonly [month: number, names: string]> = [
  [1, 'january|jan|enero|ene|januar|janvier|janv'],
  [2, 'february|feb|febrero|februar|fevrier|fevr?'],
  [3, 'march|mar|marzo|marz|maerz|mars'],
  [4, 'april|apr|abril|abr|avril|avr'],
  [5, 'may|mayo|mai'],
  [6, 'june|jun|junio|juni|juin'],
  [7, 'july|jul|julio|juli|juillet|juil'],
  [8, 'august|aug|agosto|ago|aout'],
  [9, 'september|sept|sep|septiembre|setiembre|septembre'],
  [10, 'october|oct|octubre|oktober|okt|octobre'],
  [11, 'november|nov|noviembre|novembre'],
  [12, 'december|dec|diciembre|dic|dezember|dez|decembre'],
];
const MONTH_NAMES = MONTHS.map(([, names]) => names).join('|');

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  return MONTHS.find(([, names]) => new RegExp(`^(?:${names})$`).test(lower))?.[0];
}

function fullYear(year: string | undefined): number | undefined {
  if (year === undefined || year === '') return undefined;
  const value = Number(year);
  return year.length === 2 ? 2000 + value : value;
}

function isValid(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Keys for a day: with the year when known, and always without, so "March 31" matches "2026-03-31". */
function dateKeys(month: number, day: number, year: number | undefined): string[] {
  const base = `date:${month}-${day}`;
  return year === undefined ? [base] : [`${base}-${year}`, base];
}

const DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th|er|\.)? (?:de )?(${MONTH_NAMES})\.?(?:,? (?:de )?(\d{4}))?(?![\p{L}])`,
  'giu',
);
const MONTH_DAY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${MONTH_NAMES})\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?(?![\p{L}\p{N}])`,
  'giu',
);
const ISO = /(?<![\p{N}])(\d{4})-(\d{1,2})-(\d{1,2})(?![\p{N}])/gu;
/** Numeric dates need a year: "31/03/2026", "03/31/26", "31.03.2026". "24/7" or "1/2" are not dates. */
const NUMERIC = /(?<![\p{N}/.])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}])/gu;

/**
 * Dates in copy or sources, in the formats marketing uses. Ambiguous numeric dates (03/04/2026) yield
 * both readings, so the claim is grounded by either.
 */
export function extractDates(folded: string): ExtractedClaim[] {
  const text = folded.normalize('NFD').replace(/\p{M}+/gu, '');
  const claims: ExtractedClaim[] = [];
  const add = (raw: string, index: number, keys: string[]): void => {
    const claimText = raw.trim().replace(/\.$/, '');
    if (keys.length > 0)
      claims.push({ claim: { text: claimText, kind: 'date' }, keys, family: 'date', index });
  };
  for (const found of text.matchAll(DAY_MONTH)) {
    const month = monthNumber(found[2] ?? '');
    const day = Number(found[1]);
    if (month !== undefined && isValid(month, day))
      add(found[0], found.index, dateKeys(month, day, fullYear(found[3])));
  }
  for (const found of text.matchAll(MONTH_DAY)) {
    const month = monthNumber(found[1] ?? '');
    const day = Number(found[2]);
    if (month === undefined || !isValid(month, day)) continue;
    if (
      claims.some(
        (claim) => claim.index <= found.index && found.index < claim.index + claim.claim.text.length,
      )
    )
      continue;
    add(found[0], found.index, dateKeys(month, day, fullYear(found[3])));
  }
  for (const found of text.matchAll(ISO)) {
    const month = Number(found[2]);
    const day = Number(found[3]);
    if (isValid(month, day)) add(found[0], found.index, dateKeys(month, day, Number(found[1])));
  }
  for (const found of text.matchAll(NUMERIC)) {
    const first = Number(found[1]);
    const second = Number(found[3]);
    const year = fullYear(found[4]);
    const keys = [
      ...(isValid(second, first) ? dateKeys(second, first, year) : []),
      ...(isValid(first, second) ? dateKeys(first, second, year) : []),
    ];
    add(found[0], found.index, [...new Set(keys)]);
  }
  return claims;
}
