/** z for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

/**
 * 95% Wald interval of a rate observed on `recipients`, clipped to [0, 1]: what the chart's error bars
 * and the card's "(3.7–4.3%)" show. Null without recipients.
 */
export function rateInterval(rate: number, recipients: number): [number, number] | null {
  if (recipients <= 0) return null;
  const half = Z_95 * Math.sqrt((rate * (1 - rate)) / recipients);
  return [Math.max(0, rate - half), Math.min(1, rate + half)];
}
