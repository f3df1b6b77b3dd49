import {
  SAFETY_CATEGORIES,
  SAFETY_REASONS,
  type CategorySeverities,
  type SafetyCategory,
  type SafetyFinding,
  type SafetyReason,
  type SafetyResult,
  type ScreenVerdict,
  type Verdict,
} from '../../domain/variant';
import { addSpend, NO_SPEND } from '../../domain/modelCost';
import type { ScreenResponse } from '../../ports/SafetyScreener';
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

/** The id under which the brand policy (blocklist, PII, groundedness) is listed among the screens. */
import { POLICY_SCREEN_ID } from '../../domain/screenerIds';
export { POLICY_SCREEN_ID };

const VERDICT_ORDER: readonly Verdict[] = ['pass', 'review', 'block'];
const ZERO: CategorySeverities = { hate: 0, violence: 0, selfHarm: 0, sexual: 0 };

function stricter(a: Verdict, b: Verdict): Verdict {
  return VERDICT_ORDER.indexOf(a) >= VERDICT_ORDER.indexOf(b) ? a : b;
}

/**
 * The strictest of several screens: each screen's own verdict (recorded in `screens`), and the verdict on
 * their evidence together (the highest severity per category, every finding). Any block blocks, any
 * review reviews; a screen that failed asked for review, so a failing screen never lets a text pass.
 * `policyFindings` are the brand policy's (blocklist, PII, groundedness), listed as their own screen.
 */
export function decideStrictest(
  responses: readonly ScreenResponse[],
  policyFindings: readonly SafetyFinding[],
  policy: SafetyPolicy,
): SafetyResult {
  const alone = responses.map((response) => decideSafetyResult(response, policy));
  const policyAlone = decideSafetyResult(
    { categories: ZERO, findings: [...policyFindings], screener: POLICY_SCREEN_ID },
    policy,
  );
  const categories = { ...ZERO };
  for (const response of responses) {
    const clamped = clampSeverities(response.categories);
    SAFETY_CATEGORIES.forEach((category) => {
      categories[category] = Math.max(categories[category], clamped[category]);
    });
  }
  const screener = responses.map((response) => response.screener).join('+') || 'none';
  const together = decideSafetyResult(
    {
      categories,
      findings: [...responses.flatMap((response) => response.findings), ...policyFindings],
      screener,
    },
    policy,
  );
  // A screen can be stricter alone than the evidence together (its "could not judge" finding on a
  // category another screen scored 1–2): its verdict, reasons and findings are kept.
  let verdict = together.verdict;
  const reasons = new Set<SafetyReason>(together.reasons);
  const findings = [...together.findings];
  for (const result of [...alone, policyAlone]) {
    if (result.verdict === 'pass') continue;
    verdict = stricter(verdict, result.verdict);
    result.reasons.forEach((reason) => reasons.add(reason));
    for (const finding of result.findings) {
      if (!findings.some((kept) => kept.reason === finding.reason && kept.detail === finding.detail)) {
        findings.push(finding);
      }
    }
  }
  const screens: ScreenVerdict[] = responses.map((response, index) => ({
    screener: response.screener,
    verdict: (alone[index] as SafetyResult).verdict,
    categories: (alone[index] as SafetyResult).categories,
    ...(response.model === undefined ? {} : { model: response.model }),
    ...(response.prompt === undefined ? {} : { prompt: response.prompt }),
    ...(response.failed === true ? { failed: true } : {}),
    ...(response.cached === true ? { cached: true } : {}),
  }));
  screens.push({ screener: POLICY_SCREEN_ID, verdict: policyAlone.verdict });
  const spend = responses.reduce(
    (sum, response) => (response.spend === undefined ? sum : addSpend(sum, response.spend)),
    NO_SPEND,
  );
  return {
    verdict,
    categories: together.categories,
    reasons: SAFETY_REASONS.filter((reason) => reasons.has(reason)),
    findings,
    screener,
    screens,
    ...(spend.calls > 0 || spend.costUsd > 0 ? { spend } : {}),
  };
}
