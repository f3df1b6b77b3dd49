import {
  SAFETY_CATEGORIES,
  SAFETY_REASONS,
  type CategorySeverities,
  type SafetyCategory,
  type SafetyFinding,
  type SafetyReason,
  type SafetyResult,
  type Verdict,
} from '../../domain/variant';
import type { SafetyPolicy } from './policy/safetyPolicy';

export interface SafetyEvidence {
  categories: CategorySeverities;
  /** Screener findings plus policy findings (pii, blocklist, ungrounded). */
  findings: SafetyFinding[];
  screener: string;
}

const CATEGORY_SET: ReadonlySet<string> = new Set(SAFETY_CATEGORIES);

function isCategory(reason: SafetyReason): reason is SafetyCategory {
  return CATEGORY_SET.has(reason);
}

/** Severities as the policy compares them: integers on Azure's 0–7 scale. */
export function clampSeverities(categories: CategorySeverities): CategorySeverities {
  const clamp = (value: number): number =>
    Number.isFinite(value) ? Math.min(7, Math.max(0, Math.round(value))) : 7;
  return {
    hate: clamp(categories.hate),
    violence: clamp(categories.violence),
    selfHarm: clamp(categories.selfHarm),
    sexual: clamp(categories.sexual),
  };
}

/**
 * The verdict rules:
 * - block: a category above `severity.blockAbove`, a blocklist / competitor / banned-claim term, or an
 *   ungrounded claim (a claim not found in, or contradicted by, the cited approved content);
 * - review: personal data, prompt injection, or a category at `severity.reviewAtLeast`;
 * - pass: otherwise.
 * Every reason found is listed, also on a blocked text. A category finding is kept when its category
 * reaches review; a category finding on a category scored 0 means the screener could not score the text
 * (an unreachable service fails closed) and forces review.
 */
export function decideSafetyResult(evidence: SafetyEvidence, policy: SafetyPolicy): SafetyResult {
  const categories = clampSeverities(evidence.categories);
  const { blockAbove, reviewAtLeast } = policy.severity;
  const flagged = (category: SafetyCategory): boolean =>
    categories[category] >= reviewAtLeast || categories[category] > blockAbove;
  const findings = evidence.findings.filter(
    (finding) => !isCategory(finding.reason) || flagged(finding.reason) || categories[finding.reason] === 0,
  );
  const reasons = new Set<SafetyReason>(findings.map((finding) => finding.reason));
  SAFETY_CATEGORIES.filter(flagged).forEach((category) => reasons.add(category));
  const blocked =
    SAFETY_CATEGORIES.some((category) => categories[category] > blockAbove) ||
    reasons.has('blocklist') ||
    reasons.has('ungrounded');
  const verdict: Verdict = blocked ? 'block' : reasons.size > 0 ? 'review' : 'pass';
  return {
    verdict,
    categories,
    reasons: SAFETY_REASONS.filter((reason) => reasons.has(reason)),
    findings,
    screener: evidence.screener,
  };
}
