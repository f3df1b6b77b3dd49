import type { VariantReview } from '../../domain/campaign';
import { conflict } from '../../shared/errors';
import { armWeights } from './armWeights';
import { CONTROL_ARM, HOLDOUT_ARM, type ArmKind } from './experimentDefinition';

/** An arm before launch: everything but its route code. */
export interface PlannedArm {
  key: string;
  kind: ArmKind;
  label: string;
  variantId?: string;
  weight: number;
}

const byVariantNumber = (a: VariantReview, b: VariantReview): number =>
  a.variant.id.localeCompare(b.variant.id, 'en', { numeric: true });

const isBlocked = (review: VariantReview): boolean => review.variant.safety?.verdict === 'block';

/** "v2" → "Variant 2" (matching the variant cards); other ids are shown as they are. */
export function variantLabel(variantId: string): string {
  const number = /^v(\d+)$/i.exec(variantId)?.[1];
  return number === undefined ? `Variant ${variantId}` : `Variant ${number}`;
}

/** Variants that would become arms: the ones the safety screen did not block, in variant order. */
export function candidateVariants(reviews: readonly VariantReview[]): VariantReview[] {
  return reviews.filter((review) => !isBlocked(review)).sort(byVariantNumber);
}

/**
 * The launch rule: every variant that passed the safety screen must be approved, and at least one must be.
 * Blocked variants never run. Throws CONFLICT naming what is missing; returns the approved variants.
 */
export function approvedVariantsForLaunch(
  campaignId: string,
  reviews: readonly VariantReview[],
): VariantReview[] {
  const candidates = candidateVariants(reviews);
  if (candidates.length === 0) {
    throw conflict(
      reviews.length === 0
        ? `Campaign "${campaignId}" has no variants to test.`
        : `Every variant of campaign "${campaignId}" was blocked by the safety screen, so there is nothing to launch.`,
    );
  }
  const waiting = candidates.filter((review) => review.status !== 'approved');
  if (waiting.length === candidates.length) {
    throw conflict(
      `No variant of campaign "${campaignId}" is approved yet, so the experiment cannot launch.`,
    );
  }
  if (waiting.length > 0) {
    const list = waiting
      .map(
        (review) =>
          `${variantLabel(review.variant.id)} is ${review.status === 'rejected' ? 'rejected' : 'still pending'}`,
      )
      .join(', ');
    throw conflict(
      `Campaign "${campaignId}" cannot launch yet: ${list}. Every variant that passed the safety screen must be approved (revise rejected ones and approve them again).`,
    );
  }
  return candidates;
}

/** Control first, then the variants, then the optional holdout, with their traffic weights. */
export function planArms(variants: readonly VariantReview[], holdoutShare: number | null): PlannedArm[] {
  const weights = armWeights(variants.length + 1, holdoutShare);
  const arms: PlannedArm[] = [
    { key: CONTROL_ARM, kind: 'control', label: 'Control (business as usual)', weight: weights[0] ?? 0 },
    ...variants.map((review, index) => ({
      key: review.variant.id,
      kind: 'variant' as const,
      label: variantLabel(review.variant.id),
      variantId: review.variant.id,
      weight: weights[index + 1] ?? 0,
    })),
  ];
  if (holdoutShare !== null) {
    arms.push({ key: HOLDOUT_ARM, kind: 'holdout', label: 'Holdout (no message)', weight: holdoutShare });
  }
  return arms;
}
