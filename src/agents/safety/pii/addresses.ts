import type { PiiMatch } from './piiMatch';

const EN_STREET_TYPES =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent|Parkway|Pkwy|Highway|Hwy|Square|Sq|Row|Mews|Gardens';

/** Capitalized words of headline-style copy ("Get 2 For The Road") that never start a street name. */
const HEADLINE_WORDS =
  'For|The|On|Every|Of|And|To|In|Your|Our|A|An|At|By|With|All|Off|Free|New|Top|Best|Days?|Hours?|Ways?|More|Great|Easy|Simple|Items?|Pairs?|Styles?|Looks?|Tips|Reasons|Steps';

/** Street addresses with a house number, as written in EN, DE, FR and ES copy. */
const ADDRESS_PATTERNS: readonly RegExp[] = [
  // 221 Baker Street, 1600 Pennsylvania Avenue NW, 10 Downing St.
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?,? (?!(?:${HEADLINE_WORDS})\b)(?:[A-Z][\p{L}'’.-]*\.? ){1,4}(?:${EN_STREET_TYPES})\b\.?`,
    'gu',
  ),
  // PO Box 1234
  /(?<![\p{L}\p{N}])P\.? ?O\.? Box \d{1,6}/gu,
  // Hauptstraße 12, Berliner Straße 7a, Am Markt-Platz 3
  /(?<![\p{L}\p{N}])(?:[A-ZÄÖÜ][\p{L}-]*(?:straße|strasse|str\.|weg|allee|gasse|platz|ring|damm|ufer|chaussee)|(?:[A-ZÄÖÜ][\p{L}-]* )?(?:Straße|Strasse|Str\.|Weg|Allee|Gasse)) \d{1,4} ?[a-z]?(?![\p{L}\p{N}])/gu,
  // 12 rue de la Paix, 3 bis avenue Victor Hugo
  /(?<![\p{L}\p{N}])\d{1,4}(?: ?(?:bis|ter))?,? (?:[Rr]ue|[Aa]venue|[Aa]v\.|[Bb]oulevard|[Bb]d|[Pp]lace|[Aa]llée|[Aa]llee|[Cc]hemin|[Ii]mpasse|[Qq]uai|[Rr]oute|[Cc]ours|[Ss]quare) (?:de la |de l'|de l’|du |des |de |d'|d’)?[\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*)*/gu,
  // Calle Mayor 15, C/ Alcalá, 20, Avenida de la Constitución nº 3
  /(?<![\p{L}\p{N}])(?:Calle|C\/|Avenida|Avda\.?|Plaza|Pza\.?|Paseo|Camino|Carrer|Carretera|Ronda|Travesía) (?:(?:de|del|la|las|los|el) )*[\p{Lu}][\p{L}]*(?: (?:de |del |la )?[\p{Lu}][\p{L}]*){0,3},? (?:n[º°o]\.? ?)?\d{1,4}(?![\p{N}])/gu,
];

export function findAddresses(text: string): PiiMatch[] {
  return ADDRESS_PATTERNS.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((hit) => ({
      kind: 'address' as const,
      label: 'street address',
      start: hit.index,
      end: hit.index + hit[0].length,
      value: hit[0],
    })),
  );
}
