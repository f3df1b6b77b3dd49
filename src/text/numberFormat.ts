/** Number formats shared by power summaries, results, reports and cards (en-US, fixed, locale-independent). */

const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 12400 → "12,400". */
export function formatCount(value: number): string {
  return COUNT.format(Math.round(value));
}

/** Significant digits that keep small percentages readable: 0.0931 → "9.3%", 0.123 → "12.3%", 0.0004 → "0.04%". */
function percentDigits(percent: number): number {
  const magnitude = Math.abs(percent);
  if (magnitude === 0 || magnitude >= 1) return 1;
  if (magnitude >= 0.1) return 2;
  return 3;
}

/** A fraction as a percentage: 0.0931 → "9.3%". */
export function formatPercent(fraction: number, digits?: number): string {
  const percent = fraction * 100;
  const places = digits ?? percentDigits(percent);
  const text = percent.toFixed(places);
  return `${text.includes('.') ? text.replace(/\.?0+$/, '') : text}%`;
}

/** A relative change with its sign: 0.123 → "+12.3%", −0.05 → "−5%". */
export function formatSignedPercent(fraction: number, digits?: number): string {
  const text = formatPercent(Math.abs(fraction), digits);
  if (text === '0%') return text;
  return `${fraction < 0 ? '−' : '+'}${text}`;
}

/** A money amount with two decimals: 3.456 → "3.46". */
export function formatAmount(value: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A p-value: "< 0.001" below a thousandth, else three decimals. */
export function formatPValue(p: number): string {
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

/** "p = 0.043" or "p < 0.001". */
export function formatPClause(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

/** ISO instant → "2026-03-14 09:30 UTC". */
export function formatInstant(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** ISO instant → "2026-03-14". */
export function formatDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}
