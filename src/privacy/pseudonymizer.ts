import { createHmac } from 'node:crypto';

/**
 * Keyed pseudonyms for customer identifiers: `cus_<keyId>_<first 20 hex of HMAC-SHA-256(key, id)>`.
 * The key id is part of the pseudonym so a key rotation never silently mixes two pseudonym spaces.
 * Stable for one key (joins across tables and runs work), irreversible without the key.
 */
export class Pseudonymizer {
  constructor(
    private readonly key: string,
    private readonly keyId: string,
  ) {}

  customer(customerId: string): string {
    const digest = createHmac('sha256', this.key).update(customerId, 'utf8').digest('hex');
    return `cus_${this.keyId}_${digest.slice(0, 20)}`;
  }
}
