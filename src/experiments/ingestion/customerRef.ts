import type { Pseudonymizer } from '../../privacy/pseudonymizer';
import { idText } from './idField';

/** A pseudonym produced by our Pseudonymizer: `cus_<keyId>_<20 hex of HMAC-SHA-256>`. */
const PSEUDONYM = /^cus_[A-Za-z0-9]+_([0-9a-f]{20})$/;

export type CustomerKey = { ok: true; hash: string } | { ok: false; error: string };

/**
 * The distinct-customer key of an event: the HMAC digest of the customer's pseudonym. Raw ids are
 * pseudonymized here, first thing; already-pseudonymized `cus_` refs are accepted as they are. Only the
 * digest goes on (into sketches) — neither the id nor the pseudonym is stored or logged.
 */
export function customerKeyOf(value: unknown, pseudonymizer: Pseudonymizer): CustomerKey {
  const checked = idText('customer', value);
  if (!checked.ok) return checked;
  const id = checked.value;
  if (id.startsWith('cus_')) {
    const digest = PSEUDONYM.exec(id)?.[1];
    return digest === undefined
      ? { ok: false, error: 'customer: looks like a pseudonym (cus_…) but is malformed' }
      : { ok: true, hash: digest };
  }
  const pseudonym = pseudonymizer.customer(id);
  return { ok: true, hash: pseudonym.slice(pseudonym.lastIndexOf('_') + 1) };
}
