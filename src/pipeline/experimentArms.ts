import type { Variant } from '../domain/variant';

export interface Arm {
  name: string;
  kind: 'variant' | 'control' | 'holdout';
  variantId?: string;
  weight: number;
}

/**
 * Arms of an A/B/n test: one per variant that may be sent (not blocked), plus the business-as-usual control
 * and an optional holdout that gets no message. The holdout takes its share; the others split the rest equally.
 */
export function experimentArms(variants: Variant[], options: { control: boolean; holdout: number }): Arm[] {
  const sendable = variants.filter((variant) => variant.safety?.verdict !== 'block');
  const treated: Array<Omit<Arm, 'weight'>> = [
    ...(options.control ? [{ name: 'control', kind: 'control' as const }] : []),
    ...sendable.map((variant) => ({ name: variant.id, kind: 'variant' as const, variantId: variant.id })),
  ];
  const share = treated.length === 0 ? 0 : (1 - options.holdout) / treated.length;
  const arms: Arm[] = treated.map((arm) => ({ ...arm, weight: share }));
  if (options.holdout > 0) arms.push({ name: 'holdout', kind: 'holdout', weight: options.holdout });
  return arms;
}
