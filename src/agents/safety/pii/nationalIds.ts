import { contextBefore, isReference, type PiiMatch } from './piiMatch';

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

function matches(text: string, pattern: RegExp): RegExpMatchArray[] {
  return [...text.matchAll(pattern)];
}

function match(found: RegExpMatchArray, label: string): PiiMatch {
  const start = found.index ?? 0;
  return { kind: 'national_id', label, start, end: start + found[0].length, value: found[0] };
}

/** US SSN: AAA-GG-SSSS with the SSA's never-issued ranges excluded (000, 666, 9xx, group 00, serial 0000). */
export function isValidSsn(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && !area.startsWith('9') && group !== '00' && serial !== '0000';
}

export function findSsns(text: string): PiiMatch[] {
  const dashed = matches(text, /(?<![\p{N}\p{L}-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\p{N}-])/gu)
    .filter(
      (found) =>
        (isValidSsn(found[1] ?? '', found[3] ?? '', found[4] ?? '') &&
          !isReference(text, found.index ?? 0)) ||
        isLabelled(text, found.index ?? 0),
    )
    .map((found) => match(found, 'US social security number'));
  // Nine bare digits only count when labelled as an SSN.
  const labelled = matches(
    text,
    /(?:ssn|social security(?: number| no\.?)?)\W{0,4}(\d{3})(\d{2})(\d{4})(?!\p{N})/giu,
  )
    .filter((found) => isValidSsn(found[1] ?? '', found[2] ?? '', found[3] ?? ''))
    .map((found) => match(found, 'US social security number'));
  return [...dashed, ...labelled];
}

/** UK National Insurance number: two letters, six digits, suffix A–D; administrative prefixes excluded. */
export function findUkNiNumbers(text: string): PiiMatch[] {
  return matches(text, /(?<![\p{L}\p{N}])([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])(?![\p{L}\p{N}])/gu)
    .filter((found) => {
      const prefix = found[1] ?? '';
      return (
        !['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(prefix) &&
        !/[DFIUV]/.test(prefix[0] ?? '') &&
        !/[DFIUV]/.test(prefix[1] ?? '')
      );
    })
    .filter((found) => !isReference(text, found.index ?? 0))
    .map((found) => match(found, 'UK National Insurance number'));
}

/** Spanish DNI (8 digits + check letter) and NIE (X/Y/Z + 7 digits + check letter). */
export function isValidDni(digits: string, letter: string): boolean {
  return DNI_LETTERS[Number(digits) % 23] === letter.toUpperCase();
}

export function findSpanishIds(text: string): PiiMatch[] {
  const dni = matches(text, /(?<![\p{L}\p{N}])(\d{8})[ -]?([A-Za-z])(?![\p{L}\p{N}])/gu)
    .filter((found) => isValidDni(found[1] ?? '', found[2] ?? '') || isLabelled(text, found.index ?? 0))
    .map((found) => match(found, 'Spanish DNI'));
  const nie = matches(text, /(?<![\p{L}\p{N}])([XYZxyz])[ -]?(\d{7})[ -]?([A-Za-z])(?![\p{L}\p{N}])/gu)
    .filter((found) => {
      const prefix = String('XYZ'.indexOf((found[1] ?? '').toUpperCase()));
      return isValidDni(prefix + (found[2] ?? ''), found[3] ?? '');
    })
    .map((found) => match(found, 'Spanish NIE'));
  return [...dni, ...nie];
}

/** French NIR (numéro de sécurité sociale): 13 digits + 2-digit key = 97 − (number mod 97); Corsica 2A/2B. */
export function isValidNir(body: string, key: string): boolean {
  const numeric = body.toUpperCase().replace('2A', '19').replace('2B', '18');
  if (!/^\d{13}$/.test(numeric)) return false;
  return 97 - Number(BigInt(numeric) % 97n) === Number(key);
}

/** A number announced as a social security / tax id is personal data even when its check digits are wrong. */
const ID_LABEL =
  /(?:securite sociale|secu|nir|insee|ssn|social security|steuer ?id|steuer-id|steueridentifikationsnummer|identifikationsnummer|steuernummer|dni|nie|documento de identidad|national insurance|ni number)\W{0,12}(?:(?:est|es|ist|is|lautet|:)\W{0,3})?$/;

function isLabelled(text: string, start: number): boolean {
  return ID_LABEL.test(contextBefore(text, start, 48).replace(/\s+/g, ' '));
}

export function findFrenchNirs(text: string): PiiMatch[] {
  return matches(
    text,
    /(?<![\p{L}\p{N}])([12]) ?(\d{2}) ?(0[1-9]|1[0-2]|[2-9]\d) ?(\d{2}|2[ABab]) ?(\d{3}) ?(\d{3}) ?(\d{2})(?![\p{L}\p{N}])/gu,
  )
    .filter(
      (found) => isValidNir(found.slice(1, 7).join(''), found[7] ?? '') || isLabelled(text, found.index ?? 0),
    )
    .map((found) => match(found, 'French social security number (NIR)'));
}

/**
 * German tax id (Steuerliche Identifikationsnummer): 11 digits, no leading zero, one digit repeated
 * two or three times among the first ten, check digit by ISO 7064 MOD 11,10.
 */
export function isValidGermanTaxId(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const counts = new Map<string, number>();
  for (const digit of digits.slice(0, 10)) counts.set(digit, (counts.get(digit) ?? 0) + 1);
  const repeated = [...counts.values()].filter((count) => count > 1);
  if (repeated.length !== 1 || (repeated[0] ?? 0) > 3) return false;
  let product = 10;
  for (const digit of digits.slice(0, 10)) {
    let sum = (Number(digit) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === Number(digits[10]);
}

export function findGermanTaxIds(text: string): PiiMatch[] {
  return matches(text, /(?<![\p{L}\p{N}])(\d{2}) ?(\d{3}) ?(\d{3}) ?(\d{3})(?![\p{L}\p{N}])/gu)
    .filter(
      (found) =>
        (isValidGermanTaxId(found.slice(1, 5).join('')) && !isReference(text, found.index ?? 0)) ||
        isLabelled(text, found.index ?? 0),
    )
    .map((found) => match(found, 'German tax id'));
}

export function findNationalIds(text: string): PiiMatch[] {
  return [
    ...findSsns(text),
    ...findUkNiNumbers(text),
    ...findSpanishIds(text),
    ...findFrenchNirs(text),
    ...findGermanTaxIds(text),
  ];
}
