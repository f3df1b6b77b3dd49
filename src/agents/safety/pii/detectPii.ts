import { findAddresses } from './addresses';
import { findCardNumbers } from './cards';
import { findEmails } from './emails';
import { findIbans } from './ibans';
import { findLabelledPersonalData } from './labelledData';
import { findNationalIds } from './nationalIds';
import type { PiiAllowListMatcher } from './piiAllowList';
import { overlaps, type PiiMatch } from './piiMatch';
import { findPhoneNumbers } from './phones';

/** Detectors in priority order: a later detector never reports digits an earlier one already explained. */
const DETECTORS: ReadonlyArray<(text: string) => PiiMatch[]> = [
  findEmails,
  findLabelledPersonalData,
  findIbans,
  findNationalIds,
  findCardNumbers,
  findAddresses,
  findPhoneNumbers,
];

/** Every detector needs a digit, an @ or a spelled-out "at": texts without any are skipped quickly. */
const MAY_CONTAIN_PII = /[\d@]|(?<!\p{L})(?:at|arroba|chez|ät)(?!\p{L})/iu;

/** Placeholders such as {{firstName}} are filled at send time and are never personal data in copy. */
const PLACEHOLDER = /\{\{[^{}]*\}\}/g;

/**
 * Personal data in a text (the `clean` view: tags stripped, entities decoded). The brand's own contact
 * details from the policy's allow-list are not reported.
 */
export function detectPii(text: string, allowList?: PiiAllowListMatcher): PiiMatch[] {
  if (!MAY_CONTAIN_PII.test(text)) return [];
  const withoutPlaceholders = text.replace(PLACEHOLDER, (placeholder) => ' '.repeat(placeholder.length));
  const claimed: PiiMatch[] = [];
  for (const detect of DETECTORS) {
    for (const match of detect(withoutPlaceholders)) {
      if (!claimed.some((earlier) => overlaps(earlier, match))) claimed.push(match);
    }
  }
  const reported = allowList === undefined ? claimed : claimed.filter((match) => !allowList.allows(match));
  return reported.sort((a, b) => a.start - b.start);
}
