import { contextBefore, isReference, type PiiMatch } from './piiMatch';

/** Luhn (mod 10) checksum used by payment card numbers. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Issuer prefixes of the major networks (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro). */
const ISSUER_PREFIX = /^(?:4|5[1-5]|2[2-7]|3[47]|6(?:011|5|4[4-9]|2)|35|30[0-5]|36|38|39|5[06-8]|6[0-9])/;

/** A number announced as a card number is one, even with a typo in it. */
const CARD_LABEL =
  /(?:card|credit card|debit card|card number|card no|carte|carte bancaire|carte de credit|tarjeta|numero de tarjeta|karte|kreditkarte|kartennummer|visa|mastercard|amex|maestro|cb)\W{0,16}$/;

export function findCardNumbers(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (const hit of text.matchAll(/(?<![\p{N}\p{L}])\d(?:[ -]?\d){12,18}(?![\p{N}\p{L}])/gu)) {
    const digits = hit[0].replace(/\D/g, '');
    const labelled = CARD_LABEL.test(contextBefore(text, hit.index, 32));
    if (!labelled && (!ISSUER_PREFIX.test(digits) || !passesLuhn(digits))) continue;
    if (!labelled && isReference(text, hit.index)) continue;
    found.push({
      kind: 'card',
      label: 'payment card number',
      start: hit.index,
      end: hit.index + hit[0].length,
      value: hit[0],
    });
  }
  return found;
}
