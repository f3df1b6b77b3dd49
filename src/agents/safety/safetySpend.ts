import { addSpend, NO_SPEND, type ModelSpend } from '../../domain/modelCost';
import type { Variant } from '../../domain/variant';

/**
 * The model spend of screening these variants (the safety judge's calls), to add to the campaign's spend.
 * Each call is counted once: on the first variant of the batch it judged.
 */
export function safetySpendOf(variants: readonly Pick<Variant, 'safety'>[]): ModelSpend {
  return variants.reduce(
    (sum, variant) => (variant.safety?.spend === undefined ? sum : addSpend(sum, variant.safety.spend)),
    NO_SPEND,
  );
}
