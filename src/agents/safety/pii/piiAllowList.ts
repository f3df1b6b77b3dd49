import type { PiiAllowList } from '../policy/safetyPolicy';
import { foldTerm } from '../../../text/normalizeText';
import { canonicalEmail } from './emails';
import { phoneDigits } from './phones';
import type { PiiMatch } from './piiMatch';

/** Shortest national number we compare by suffix (shorter ones would match too much). */
const MIN_PHONE_SUFFIX = 7;

/** Decides whether a PII match is the brand's own published contact detail. */
export class PiiAllowListMatcher {
  private readonly emails: Set<string>;
  private readonly domains: string[];
  private readonly phones: string[];
  private readonly addresses: string[];

  constructor(allow: PiiAllowList) {
    this.emails = new Set(allow.emails.map((email) => email.trim().toLowerCase()));
    this.domains = allow.domains.map((domain) => domain.trim().toLowerCase().replace(/^@/, ''));
    this.phones = allow.phones.map(phoneDigits).filter((digits) => digits.length >= MIN_PHONE_SUFFIX);
    this.addresses = allow.addresses.map((address) => foldAddress(address));
  }

  allows(match: PiiMatch): boolean {
    switch (match.kind) {
      case 'email':
        return this.allowsEmail(canonicalEmail(match.value));
      case 'phone':
        return this.allowsPhone(phoneDigits(match.value));
      case 'address':
        return this.allowsAddress(foldAddress(match.value));
      default:
        return false;
    }
  }

  private allowsEmail(email: string): boolean {
    if (this.emails.has(email)) return true;
    const domain = email.slice(email.lastIndexOf('@') + 1);
    return this.domains.some((allowed) => domain === allowed || domain.endsWith(`.${allowed}`));
  }

  /** "+1 800 555 0199" allows "800-555-0199" and "1 (800) 555-0199": same number, with or without country code. */
  private allowsPhone(digits: string): boolean {
    return this.phones.some(
      (allowed) =>
        allowed === digits ||
        (digits.length >= MIN_PHONE_SUFFIX && (allowed.endsWith(digits) || digits.endsWith(allowed))) ||
        // National trunk prefix: "020 7946 0000" for "+44 20 7946 0000".
        (digits.startsWith('0') && allowed.endsWith(digits.slice(1)) && digits.length > MIN_PHONE_SUFFIX),
    );
  }

  private allowsAddress(address: string): boolean {
    return this.addresses.some((allowed) => allowed.includes(address) || address.includes(allowed));
  }
}

function foldAddress(address: string): string {
  return foldTerm(address)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
