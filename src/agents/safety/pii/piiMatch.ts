export const PII_KINDS = [
  'email',
  'phone',
  'card',
  'iban',
  'national_id',
  'id_document',
  'date_of_birth',
  'address',
] as const;
export type PiiKind = (typeof PII_KINDS)[number];

/** Personal data found in a text, with its position in the `clean` view. */
export interface PiiMatch {
  kind: PiiKind;
  /** Human label for the finding, e.g. "US social security number". */
  label: string;
  start: number;
  end: number;
  value: string;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Lower-case, accent-free text just before a match, for context words ("call", "order no."). */
export function contextBefore(text: string, start: number, length = 40): string {
  return text
    .slice(Math.max(0, start - length), start)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/**
 * A number that directly follows one of these words is a reference, not personal data
 * ("order #4839201", "Bestellnummer 4471920038", "pedido 55120934", "commande n° 99812").
 */
export const REFERENCE_CONTEXT =
  /(?:order|orders|bestellung|bestellnummer|auftrag|auftragsnummer|pedido|commande|tracking|sendungsnummer|sendung|seguimiento|suivi|ref|reference|referenz|referencia|invoice|rechnung|rechnungsnummer|factura|facture|booking|buchung|buchungsnummer|reserva|reservation|confirmation|confirmacion|bestatigung|sku|item|artikel|artikelnummer|art|code|codigo|gutschein|gutscheincode|coupon|voucher|ticket|kunden|kundennummer|customer|cliente|client|membership|member|mitglied|mitgliedsnummer|socio|loyalty|fidelite|model|modelo|modele|serial|serie|lot|batch|product|produit|producto|produkt|case|case id|parcel|paket|colis|paquete|shipment|envio|expedition|receipt|beleg|recibo|recu|transaction|transaktion|id)\W{0,3}(?:(?:no|nr|n|number|numero|nummer|num|id|#|°|º)\W{0,3})?(?:is|es|ist|est|lautet)?\W{0,3}$/;

export function isReference(text: string, start: number): boolean {
  return REFERENCE_CONTEXT.test(contextBefore(text, start, 40).replace(/\s+/g, ' '));
}

/** Keeps only the last characters of a value, so findings never repeat personal data in full. */
export function maskValue(value: string, visible = 2): string {
  const compact = value.replace(/\s+/g, '');
  if (compact.length <= visible) return '•'.repeat(compact.length);
  return `${'•'.repeat(Math.min(8, compact.length - visible))}${compact.slice(-visible)}`;
}

/** How a finding names personal data without repeating it: "email address (j•••@gmail.com)". */
export function redact(match: PiiMatch): string {
  switch (match.kind) {
    case 'email': {
      const at = match.value.search(/@|\s*[[({<]\s*(?:at|arroba|ät|chez)|\s(?:at|arroba)\s/i);
      return `${match.label} (${match.value.slice(0, 1)}•••${at > 0 ? match.value.slice(at).trim() : ''})`;
    }
    case 'address':
      return match.label;
    default:
      return `${match.label} (${maskValue(match.value)})`;
  }
}
