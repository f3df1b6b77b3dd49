import { allMatches } from './regexScan';

/**
 * Finds the campaign an experiment request is about ("results for campaign SPRING-2025" → "spring-2025").
 * Ordinary words must not be taken for ids, so candidates are tried from the most to the least explicit:
 * 1. a quoted name ("results for 'Spring Winback'");
 * 2. the word after a campaign marker ("campaign summer_sale", "Kampagne X", "キャンペーン X");
 * 3. a token that looks like an id (contains a hyphen, underscore or digit: "spring-winback", "q3");
 * 4. the word before a marker ("the summer campaign", "the spring test").
 */

/** Valid campaign ids, as required by the run_experiment and summarize_results schemas. */
export const CAMPAIGN_ID = /^[a-z0-9][a-z0-9_-]{0,79}$/;

/** Markers that name a campaign by themselves; the next word is the id. */
const STRONG_MARKERS = [
  'campaign',
  'campaigns',
  'kampagne',
  'campagne',
  'campana',
  'campanha',
  'キャンペーン',
];
/** Markers that name an experiment; the next word is an id only when it looks like one. */
const WEAK_MARKERS = [
  'test',
  'a/b test',
  'ab test',
  'a/b-test',
  'ab-test',
  'experiment',
  'experimento',
  'experience',
  'prueba',
  'teste',
  'essai',
  'versuch',
  'テスト',
  'abテスト',
  '実験',
];

/** Words between a marker and the id: "campaign named X", "campaign id: X", "la campagne appelée X". */
const CONNECTORS = [
  'named',
  'called',
  'id',
  'with id',
  'namens',
  'mit dem namen',
  'nommee',
  'nomme',
  'appelee',
  'appele',
  'llamada',
  'llamado',
  'denominada',
  'chamada',
  'chamado',
  'de nome',
];

/** Ordinary words that are never campaign ids, in all six languages. */
const STOPWORDS = new Set(
  `a an the this that these those my our your its it his her their current latest last new next first second third
  previous running active live old recent same other another whole entire my our
  for of on in to with by from at about as is was are were be been being am do does did doing done going go goes
  performing perform performed result results summary status data now so far please pls and or but if then than
  test tests experiment experiments campaign campaigns ab a/b split trial run launch start simulate show give tell
  me us you i we they he she what which who how when where why there here yet ok okay today yesterday week month
  lift report numbers stats overview update progress looking look doing holding up
  starte zeig zeige lance lancez montre lanza muestra mostre inicia inicie simule simula simuliere resume summarize
  email emails mail sms push text texts notification notifications newsletter message messages
  der die das den dem des ein eine einen einem einer meine meinen unsere unserer unseren aktuelle aktuellen letzte
  letzten neue neuen fur von mit zur zum im in ist sind war lauft laufen ergebnisse ergebnis bitte und oder test
  le la les l un une ma mon mes notre nos votre vos de du des d pour en au aux est sont actuelle actuel derniere
  dernier nouvelle nouveau resultats resultat sil plait et ou
  el los las lo uno una mi mis nuestra nuestro nuestras nuestros su sus para del al con por es son esta este esa ese
  actual ultima ultimo nueva nuevo resultados resultado favor y o
  o os as um uma minha meu minhas meus nossa nosso nossas nossos do da dos das no na nos nas pelo pela com por e sao
  atual ultima ultimo nova novo resultados resultado`.split(/\s+/),
);

/** Hyphenated or numbered words that are vocabulary, not ids. */
const NOT_IDS = new Set([
  'e-mail',
  'e-mails',
  'a-b',
  'ab-test',
  'a-b-test',
  'opt-in',
  'opt-out',
  'follow-up',
  'follow-ups',
  're-engagement',
  're-engage',
  'push-benachrichtigung',
  'push-benachrichtigungen',
  'push-nachricht',
  'push-nachrichten',
  'vip-kunden',
  'e-mail-kampagne',
  'check-in',
  'one-time',
  'first-time',
  'high-value',
  'at-risk',
  'a-b-testing',
  'sms-kampagne',
  'e-mail-varianten',
  'p-value',
  'mid-month',
  'year-end',
  'est-ce',
  'dis-moi',
  'montre-moi',
  'donne-moi',
  'peux-tu',
  'pouvez-vous',
  'avons-nous',
  'sais-tu',
  'y-a-t-il',
  'a-t-il',
  'qu-est-ce',
  'lance-la',
  'lance-le',
  'lancez-la',
  'lancez-le',
  'compare-les',
]);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/** An id-shaped token of folded text (ASCII letters, digits, `-`, `_`). */
const ID_TOKEN = /(?<![a-z0-9_-])[a-z0-9][a-z0-9_-]*(?<![_-])(?![a-z0-9_-])/g;
const isLatin = (marker: string): boolean => /^[a-z]/.test(marker);
/** Latin markers are whole words ("Osterkampagne starten" names no campaign "starten"); Japanese ones are not spaced. */
const MARKER_SOURCE = (markers: readonly string[]): string =>
  `(?:(?<![a-z0-9])(?:${alternation(markers.filter(isLatin))})|${alternation(markers.filter((marker) => !isLatin(marker)))})(?![a-z0-9])`;
const AFTER_MARKER = (markers: readonly string[]): RegExp =>
  new RegExp(
    `${MARKER_SOURCE(markers)}\\s*(?:(?:${alternation(CONNECTORS)})\\s*)?[:#=]?\\s*(?<id>[a-z0-9][a-z0-9_-]*)`,
    'gu',
  );
const AFTER_STRONG = AFTER_MARKER(STRONG_MARKERS);
const AFTER_WEAK = AFTER_MARKER(WEAK_MARKERS);
/** Up to three words before a marker: "the Spring Winback test" → "spring winback". */
const BEFORE_MARKER = new RegExp(
  `(?<![a-z0-9_/-])(?<id>(?:[a-z0-9][a-z0-9_-]*\\s+){0,2}[a-z0-9][a-z0-9_-]+)(?:(?:'s)?\\s+(?:${alternation([...STRONG_MARKERS, ...WEAK_MARKERS].filter(isLatin))})|\\s*(?:${alternation([...STRONG_MARKERS, ...WEAK_MARKERS].filter((marker) => !isLatin(marker)))}))(?![a-z0-9])`,
  'gu',
);
const QUOTED =
  /"([^"\n]{2,80})"|「([^」\n]{1,80})」|『([^』\n]{1,80})』|(?<=^|[\s(:])'([^'\n]{2,80})'(?=$|[\s).,!?:;])/gu;

const PURE_NUMBER = /^\d+$/;
/** "90d", "7-day", "2x", "12pm", "3rd", "2e", "2ª" (folded "2a"): numbers with a unit or an ordinal suffix are not ids. */
const NUMBER_WITH_UNIT =
  /^\d+(?:[.,]\d+)?-?(?:d|w|m|mo|x|k|h|pm|am|st|nd|rd|th|e|er|re|eme|ieme|a|o|as|os|te|ten|ter|tes|days?|weeks?|months?|years?|hours?|tage?|wochen?|jours?|semaines?|mois|dias?|semanas?|meses|percent|pct)$/;

const isStopword = (token: string): boolean => STOPWORDS.has(token);

/** French inversions and Romance clitics: "faut-il", "montre-moi", "mostre-me", "envie-lhe". */
const CLITIC_OR_INVERSION =
  /-(?:il|elle|ils|elles|on|nous|vous|tu|je|moi|toi|les|la|le|lui|leur|ce|y|en|me|te|lhe|lo|los|las|o|a|os|as|nos|se)$/;
/** Compounds of ordinary words: "e-mail-varianten", "vip-kunden", "sms-kampagne". */
const VOCABULARY_COMPOUND =
  /^e-|-(?:kunden|kunde|varianten|variante|nachricht|nachrichten|kampagne|kampagnen|benachrichtigung|benachrichtigungen|mail|mails|texte|entwurfe|clients|clientes|newsletter|sms|test|tests)$/;

/** Looks like an id: has a letter and a hyphen, underscore or digit, and is not known vocabulary. */
export function looksLikeId(token: string): boolean {
  if (!CAMPAIGN_ID.test(token) || PURE_NUMBER.test(token) || NUMBER_WITH_UNIT.test(token)) return false;
  if (NOT_IDS.has(token) || CLITIC_OR_INVERSION.test(token) || VOCABULARY_COMPOUND.test(token)) return false;
  return /[a-z]/.test(token) && /[-_0-9]/.test(token);
}

/** Turns a quoted display name into an id: "Spring Winback" → "spring-winback". */
export function slugify(text: string): string {
  return text
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 80);
}

function firstQuoted(folded: string): string | undefined {
  for (const match of allMatches(QUOTED, folded)) {
    const slug = slugify((match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').trim());
    if (CAMPAIGN_ID.test(slug) && !isStopword(slug)) return slug;
  }
  return undefined;
}

function firstAfter(pattern: RegExp, folded: string, accept: (token: string) => boolean): string | undefined {
  for (const match of allMatches(pattern, folded)) {
    const id = match.groups?.id;
    if (id !== undefined && accept(id)) return id;
  }
  return undefined;
}

/** After "campaign" any non-vocabulary word is the id ("campaign summer", "campaign 42"). */
const acceptAfterStrong = (token: string): boolean =>
  CAMPAIGN_ID.test(token) && !isStopword(token) && !NUMBER_WITH_UNIT.test(token) && !NOT_IDS.has(token);

const acceptBeforeMarker = (token: string): boolean =>
  CAMPAIGN_ID.test(token) && !isStopword(token) && !PURE_NUMBER.test(token) && !NOT_IDS.has(token);

/**
 * The campaign id the utterance names, lower case, or undefined.
 * Works on folded text (lower case, accents removed), so "Frühling-Sale" becomes "fruhling-sale".
 */
export function findCampaignId(folded: string): string | undefined {
  const quoted = firstQuoted(folded);
  if (quoted !== undefined) return quoted;
  const afterStrong = firstAfter(AFTER_STRONG, folded, acceptAfterStrong);
  if (afterStrong !== undefined) return afterStrong;
  const afterWeak = firstAfter(AFTER_WEAK, folded, looksLikeId);
  if (afterWeak !== undefined) return afterWeak;
  for (const match of allMatches(ID_TOKEN, folded)) {
    if (looksLikeId(match[0])) return match[0];
  }
  for (const match of allMatches(BEFORE_MARKER, folded)) {
    const name = nameBeforeMarker(match.groups?.id ?? '');
    if (name !== undefined) return name;
  }
  return undefined;
}

/** The trailing run of non-stopwords of the words before a marker, joined with hyphens. */
function nameBeforeMarker(words: string): string | undefined {
  const kept: string[] = [];
  for (const word of words.trim().split(/\s+/).reverse()) {
    if (!acceptBeforeMarker(word)) break;
    kept.unshift(word);
  }
  if (kept.length === 0) return undefined;
  const id = kept.join('-');
  return CAMPAIGN_ID.test(id) ? id : undefined;
}
