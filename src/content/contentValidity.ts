import type { ContentDocument } from '../domain/content';
import type { Channel } from '../domain/customer';

/** True when the document's validity window (inclusive, open-ended when a bound is absent) contains `isoDate`. */
export function isValidOn(
  document: Pick<ContentDocument, 'validFrom' | 'validTo'>,
  isoDate: string,
): boolean {
  if (document.validFrom !== undefined && isoDate < document.validFrom) return false;
  if (document.validTo !== undefined && isoDate > document.validTo) return false;
  return true;
}

export function servesChannel(document: Pick<ContentDocument, 'channels'>, channel: Channel): boolean {
  return document.channels.includes(channel);
}

/** Today's date as `YYYY-MM-DD` in UTC, from an injected clock. */
export function isoDateOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}
