import { z } from 'zod';
import { finiteNumber } from './schemas';
import { parseArgs } from './validation';

/** Multiple-comparison corrections: none, Holm (family-wise error), Benjamini–Hochberg (false discovery rate). */
export const P_VALUE_CORRECTIONS = ['none', 'holm', 'bh'] as const;
export type PValueCorrection = (typeof P_VALUE_CORRECTIONS)[number];

const pValues = z.array(finiteNumber.min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'));

/** Indices of `values` sorted ascending by value; ties keep their input order (as R's `order`). */
function ascendingOrder(values: readonly number[]): number[] {
  return values.map((_, index) => index).sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0) || a - b);
}

/**
 * Holm's step-down adjustment. With p₍₁₎ ≤ … ≤ p₍ₘ₎:
 *   p̃₍ᵢ₎ = max_{j ≤ i} min(1, (m − j + 1)·p₍ⱼ₎).   (R: p.adjust(p, "holm"))
 */
export function holmAdjust(values: readonly number[]): number[] {
  const p = parseArgs(pValues, values, 'holmAdjust');
  const m = p.length;
  const adjusted = new Array<number>(m);
  let runningMax = 0;
  ascendingOrder(p).forEach((index, rank) => {
    runningMax = Math.max(runningMax, Math.min(1, (m - rank) * (p[index] ?? 1)));
    adjusted[index] = runningMax;
  });
  return adjusted;
}

/**
 * Benjamini–Hochberg step-up adjustment. With p₍₁₎ ≤ … ≤ p₍ₘ₎:
 *   p̃₍ᵢ₎ = min_{j ≥ i} min(1, m/j · p₍ⱼ₎).   (R: p.adjust(p, "BH"))
 */
export function benjaminiHochbergAdjust(values: readonly number[]): number[] {
  const p = parseArgs(pValues, values, 'benjaminiHochbergAdjust');
  const m = p.length;
  const adjusted = new Array<number>(m);
  const order = ascendingOrder(p);
  let runningMin = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const index = order[rank] ?? 0;
    runningMin = Math.min(runningMin, (m / (rank + 1)) * (p[index] ?? 1)); // R: cummin(n / i * p[o])
    adjusted[index] = runningMin;
  }
  return adjusted;
}

/** Applies the named correction; results keep the input order. */
export function adjustPValues(values: readonly number[], correction: PValueCorrection): number[] {
  switch (correction) {
    case 'none':
      return [...parseArgs(pValues, values, 'adjustPValues')];
    case 'holm':
      return holmAdjust(values);
    case 'bh':
      return benjaminiHochbergAdjust(values);
  }
}
