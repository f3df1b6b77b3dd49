import type { PiiMatch } from './piiMatch';

const DATE = String.raw`\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.? (?:de )?[\p{L}]{3,10}\.?,? (?:de )?\d{4}|[\p{L}]{3,10}\.? \d{1,2},? \d{4}`;

/** "DOB 04/12/1988", "born on 3 May 1990", "fecha de nacimiento: 12/03/1985", "geboren am 1.2.1980". */
const DATE_OF_BIRTH = new RegExp(
  String.raw`(?:dob|d\.o\.b\.?|date of birth|birth ?date|born(?: on)?|fecha de nacimiento|nacid[oa] el|geburtsdatum|geb\.|geboren am|date de naissance|né le|née le|ne le|nee le)\W{0,6}(?:${DATE})`,
  'giu',
);

/** Driver's licence and passport numbers, only when labelled (their formats vary too much otherwise). */
const ID_DOCUMENT = new RegExp(
  String.raw`(?:driver'?s licen[cs]e|driving licen[cs]e|licen[cs]e (?:no\.?|number|#)|passport(?: no\.?| number| #)?|pasaporte|carnet de conducir|permiso de conducir|reisepass(?:nummer)?|führerschein(?:nummer)?|fuhrerschein|passeport|permis de conduire)\W{0,12}(?=[A-Z0-9 -]*\d)[A-Z0-9][A-Z0-9 -]{4,22}[A-Z0-9](?![\p{L}\p{N}])`,
  'giu',
);

export function findLabelledPersonalData(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (const hit of text.matchAll(DATE_OF_BIRTH)) {
    found.push({
      kind: 'date_of_birth',
      label: 'date of birth',
      start: hit.index,
      end: hit.index + hit[0].length,
      value: hit[0],
    });
  }
  for (const hit of text.matchAll(ID_DOCUMENT)) {
    found.push({
      kind: 'id_document',
      label: "driver's licence or passport number",
      start: hit.index,
      end: hit.index + hit[0].length,
      value: hit[0],
    });
  }
  return found;
}
