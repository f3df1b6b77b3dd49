import type { ExtractedClaim } from './groundedClaim';

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  us$: 'USD',
  $: 'USD',
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  dólares: 'USD',
  dolares: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  chf: 'CHF',
  '¥': 'JPY',
  jpy: 'JPY',
};

const NUMBER = String.raw`\d{1,3}(?:[.,' \u00a0]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const PREFIX_CURRENCY = String.raw`us\$|\$|€|£|¥|usd|eur|gbp|chf`;
const SUFFIX_CURRENCY = String.raw`\$|€|£|usd|eur|gbp|chf|dollars?|d[oó]lares|euros?|pounds?`;
const PRICE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${PREFIX_CURRENCY}) ?(${NUMBER})(?![\p{N}])`,
  'giu',
);
const PRICE_AFTER = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(${NUMBER}) ?(${SUFFIX_CURRENCY})(?![\p{L}\p{N}])`,
  'giu',
);
const PERCENT = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(\d{1,3}(?:[.,]\d{1,2})?) ?(?:%|percent|per cent|pct|por ciento|prozent|pour cent|pourcent)(?![\p{L}])`,
  'giu',
);

/**
 * Reads "1,299.00", "1.299,00", "1 299,99", "49,99", "49.99", "49" as a number of cents.
 * The last separator is the decimal one when 1–2 digits follow it; otherwise separators group thousands.
 */
export function parseAmountCents(raw: string): number {
  const compact = raw.replace(/[\s\u00a0']/g, '');
  const decimal = /[.,](\d{1,2})$/.exec(compact);
  const whole = (decimal ? compact.slice(0, decimal.index) : compact).replace(/[.,]/g, '');
  const fraction = decimal ? (decimal[1] ?? '').padEnd(2, '0') : '00';
  return Number(whole) * 100 + Number(fraction);
}

function currencyOf(symbol: string): string {
  return CURRENCY_SYMBOLS[symbol.toLowerCase()] ?? symbol.toUpperCase();
}

export function extractPrices(text: string): ExtractedClaim[] {
  const claims: ExtractedClaim[] = [];
  const seen = new Set<number>();
  for (const [pattern, amountGroup, currencyGroup] of [
    [PRICE_BEFORE, 2, 1],
    [PRICE_AFTER, 1, 2],
  ] as const) {
    for (const found of text.matchAll(pattern)) {
      if (seen.has(found.index)) continue;
      seen.add(found.index);
      const currency = currencyOf(found[currencyGroup] ?? '');
      const cents = parseAmountCents(found[amountGroup] ?? '');
      claims.push({
        claim: { text: found[0].trim(), kind: 'price' },
        keys: [`price:${currency}:${cents}`],
        family: `price:${currency}`,
        index: found.index,
      });
    }
  }
  return claims;
}

export function extractPercentages(text: string): ExtractedClaim[] {
  return [...text.matchAll(PERCENT)].map((found) => {
    const value = Number((found[1] ?? '').replace(',', '.'));
    return {
      claim: { text: found[0].trim(), kind: 'percentage' as const },
      keys: [`pct:${value}`],
      family: 'pct',
      index: found.index,
    };
  });
}

const DURATION_UNITS: ReadonlyArray<readonly [unit: string, words: string]> = [
  ['hour', 'hours?|hrs?|horas?|stunden?|heures?|h'],
  ['day', 'days?|d[ií]as?|tage?n?|jours?'],
  ['week', 'weeks?|semanas?|wochen?|semaines?'],
  ['month', 'months?|mes(?:es)?|monate?n?|mois'],
  ['year', 'years?|yrs?|años?|anos?|jahre?n?|ans?|annees?|années?'],
];

/** "30-day returns", "2 years warranty", "30 Tage", "30 jours", "30 días". */
export function extractDurations(text: string): ExtractedClaim[] {
  const claims: ExtractedClaim[] = [];
  for (const [unit, words] of DURATION_UNITS) {
    const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}.,/:])(\d{1,4})[ -]?(?:${words})(?![\p{L}])`, 'giu');
    for (const found of text.matchAll(pattern)) {
      // "24/7" and clock times are not durations.
      if (
        unit === 'hour' &&
        /^\d{1,2}h$/i.test(found[0]) &&
        /^\d/.test(text.slice(found.index + found[0].length))
      )
        continue;
      claims.push({
        claim: { text: found[0].trim(), kind: 'offer' },
        keys: [`duration:${unit}:${Number(found[1])}`],
        family: `duration:${unit}`,
        index: found.index,
      });
    }
  }
  return claims;
}
