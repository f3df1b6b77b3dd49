import { getCountrySpecifications, isValidIBAN } from 'ibantools';
import type { PiiMatch } from './piiMatch';

const SPECIFICATIONS = getCountrySpecifications();

/** Words that say the next number is bank details, so a mistyped checksum does not hide it. */
const BANK_LABEL =
  /(?<!\p{L})(?:iban|rib|bank ?account|account (?:number|no)|bankverbindung|kontonummer|konto|cuenta|n[uú]mero de cuenta|compte|coordonn[ée]es bancaires)\W{0,4}(?:\p{L}+\W{1,3}){0,3}$/iu;

/**
 * IBANs in print or electronic format ("DE89 3704 0044 0532 0130 00"). The country code gives the length,
 * so the match stops exactly where the IBAN ends; the mod-97 checksum is verified by ibantools. A
 * labelled IBAN ("voici mon IBAN : …") counts even with a wrong checksum: a mistyped account is still
 * someone's bank details.
 */
export function findIbans(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (const hit of text.matchAll(/(?<![\p{L}\p{N}])([A-Za-z]{2})(\d{2})/gu)) {
    const country = (hit[1] ?? '').toUpperCase();
    const length = SPECIFICATIONS[country]?.chars;
    if (length === undefined || length === null) continue;
    let electronic = country + (hit[2] ?? '');
    let end = hit.index + hit[0].length;
    while (electronic.length < length && end < text.length) {
      const char = text[end] as string;
      if (/[A-Za-z0-9]/.test(char)) electronic += char.toUpperCase();
      else if (char !== ' ' || !/[A-Za-z0-9]/.test(text[end + 1] ?? '')) break;
      end += 1;
    }
    if (electronic.length !== length || /[A-Za-z0-9]/.test(text[end] ?? '')) continue;
    if (!isValidIBAN(electronic) && !BANK_LABEL.test(text.slice(Math.max(0, hit.index - 40), hit.index)))
      continue;
    found.push({ kind: 'iban', label: 'IBAN', start: hit.index, end, value: text.slice(hit.index, end) });
  }
  return found;
}
