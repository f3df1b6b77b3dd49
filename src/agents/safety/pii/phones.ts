import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { contextBefore, isReference, type PiiMatch } from './piiMatch';
import { isHelplineNumber } from './serviceNumbers';

/** Countries whose national formats are tried for numbers written without a country code. */
const HOME_COUNTRIES: readonly CountryCode[] = ['US', 'GB', 'DE', 'FR', 'ES'];

const CANDIDATE = /(?<![\p{L}\p{N}+.,/-])(?:\+|00)?[ ]?\(?\d[\d \t().\-/]{5,22}\d(?![\p{N}\p{L}])/gu;
/** Words that announce a phone number, in the four languages. */
const PHONE_CONTEXT =
  /(?:call|calling|phone|tel|telephone|mobile|cell|cellphone|text me|sms me|whatsapp|fax|ring|dial|reach (?:me|him|her|us|them)|contact (?:me|him|her)|number|llama|llamame|llamanos|llamar|telefono|movil|celular|ruf|rufen|anrufen|telefon|handy|mobil|nummer|appelle|appelez|appeler|telephone|portable|numero)\b/;
const DATE = /(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})/;
const AMOUNT_AFTER = /^\s?(?:[.,]\d{1,2}(?!\d)|[$€£¥%]|(?:usd|eur|gbp|chf|euros?|dollars?|pounds?)\b)/i;
const AMOUNT_BEFORE = /[$€£¥]\s?$|(?:usd|eur|gbp|chf)\s?$/i;

function isPossibleSomewhere(candidate: string): boolean {
  if (/^\s*(?:\+|00)/.test(candidate)) {
    const international = candidate.trim().replace(/^00/, '+');
    return parsePhoneNumberFromString(international)?.isPossible() ?? false;
  }
  return HOME_COUNTRIES.some(
    (country) => parsePhoneNumberFromString(candidate, country)?.isPossible() ?? false,
  );
}

/** Digits as the policy compares them, e.g. "+1 800 555 0199" → "18005550199". */
export function phoneDigits(value: string): string {
  return value.replace(/^\s*00/, '').replace(/\D/g, '');
}

/**
 * Phone numbers: international ones (+, 00), numbers written in phone-like groups, and bare digit runs
 * announced as a phone number ("call 5551234567"). References (order, tracking, booking numbers),
 * dates, prices, SMS short codes and announced helplines are not phone numbers.
 */
export function findPhoneNumbers(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (const hit of text.matchAll(CANDIDATE)) {
    const value = hit[0].trim();
    const start = hit.index + hit[0].indexOf(value);
    const end = start + value.length;
    const digits = value.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    if (DATE.test(value) && !/^\+/.test(value)) continue;
    if (
      AMOUNT_AFTER.test(text.slice(end, end + 6)) ||
      AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 4), start))
    ) {
      continue;
    }
    if (isReference(text, start)) continue;
    if (isHelplineNumber(text, start, end, value)) continue;
    const international = /^(?:\+|00)/.test(value);
    const grouped = /\d[ \t().\-/]+\d/.test(value);
    const announced = PHONE_CONTEXT.test(contextBefore(text, start, 40));
    const plausible =
      (international && isPossibleSomewhere(value)) ||
      (grouped && digits.length >= 9 && isPossibleSomewhere(value)) ||
      (announced && (isPossibleSomewhere(value) || digits.length >= 7));
    if (plausible) found.push({ kind: 'phone', label: 'phone number', start, end, value });
  }
  return found;
}
