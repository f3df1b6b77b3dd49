import type { Campaign, Person, VariantReview } from '../../domain/campaign';
import type { ExperimentDefinition } from '../definition/experimentDefinition';

/** Why a variant exists: who it was written for, from which approved sources, by which generator. */
export interface VariantExplanation {
  arm: string;
  label: string;
  subject?: string;
  body: string;
  generator: string;
  segmentName: string;
  segmentExplanation: string;
  traits: string[];
  sources: Array<{ id: string; title: string; excerpt: string }>;
  safetyVerdict?: string;
  approvedBy: string[];
}

/** One explanation per variant arm of the experiment, from the campaign repository's reviews. */
export function explainVariants(
  definition: ExperimentDefinition,
  campaign: Campaign | undefined,
  reviews: readonly VariantReview[],
  nameOf: (person: Person) => string = (person) => person.name,
): VariantExplanation[] {
  const explanations: VariantExplanation[] = [];
  for (const arm of definition.arms) {
    if (arm.kind !== 'variant') continue;
    const review = reviews.find((candidate) => candidate.variant.id === arm.variantId);
    if (!review) continue;
    const { variant } = review;
    const explanation: VariantExplanation = {
      arm: arm.key,
      label: arm.label,
      body: variant.body,
      generator: variant.generator,
      segmentName: campaign?.segment.name ?? variant.segmentId,
      segmentExplanation: campaign?.segment.explanation ?? '',
      traits: campaign?.segment.traits ?? [],
      sources: variant.citations.map((citation) => ({
        id: citation.id,
        title: citation.title,
        excerpt: citation.excerpt,
      })),
      approvedBy: review.approvals.map((decision) => nameOf(decision.by)),
    };
    if (variant.subject !== undefined) explanation.subject = variant.subject;
    if (variant.safety) explanation.safetyVerdict = `${variant.safety.verdict} (${variant.safety.screener})`;
    explanations.push(explanation);
  }
  return explanations;
}
