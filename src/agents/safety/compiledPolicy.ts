import type { SafetyFinding } from '../../domain/variant';
import { detectPii } from './pii/detectPii';
import { PiiAllowListMatcher } from './pii/piiAllowList';
import { redact } from './pii/piiMatch';
import type { SafetyPolicy } from './policy/safetyPolicy';
import { TermMatcher } from './policy/termMatcher';
import { normalizeText } from '../../text/normalizeText';

const LIST_LABELS = {
  blocklist: 'blocklisted term',
  competitors: 'competitor name',
  bannedClaims: 'banned claim',
} as const;

/** A policy prepared for screening many texts: term patterns and allow-lists compiled once. */
export class CompiledSafetyPolicy {
  private readonly terms: TermMatcher;
  private readonly piiAllowList: PiiAllowListMatcher;

  constructor(readonly policy: SafetyPolicy) {
    this.terms = new TermMatcher({
      blocklist: policy.blocklist,
      competitors: policy.competitors,
      bannedClaims: policy.bannedClaims,
    });
    this.piiAllowList = new PiiAllowListMatcher(policy.pii.allow);
  }

  /** Blocklist and PII findings for one text. */
  check(rawText: string): SafetyFinding[] {
    const text = normalizeText(rawText);
    const findings: SafetyFinding[] = this.terms.find(text).map(({ term, list }) => ({
      reason: 'blocklist',
      detail: `${LIST_LABELS[list]}: "${term}"`,
    }));
    for (const match of detectPii(text.clean, this.piiAllowList)) {
      findings.push({ reason: 'pii', detail: redact(match) });
    }
    return findings;
  }
}
