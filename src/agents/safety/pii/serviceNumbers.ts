import { contextBefore } from './piiMatch';

/**
 * Toll-free and public service numbers: 0800/0808/0801/0805 (DE, UK, FR), 900/800 (ES), 1-800-style
 * (US/CA) and the EU 116xxx helplines. Written with or without a leading 00/+ country code.
 */
const SERVICE_PREFIX =
  /^(?:(?:\+|00)?(?:49|44|33|34|43|41|39|32|31)0?)?(?:0800|0808|0801|0805|0804|0900|800|900|116\d{3})|^(?:\+?1)?(?:800|888|877|866|855|844|833)/;

/** How far before and after the number helpline words are looked for. */
const CONTEXT_CHARS = 60;

/** Words that say the number is a helpline or a public service rather than a person's phone. */
const HELPLINE_CONTEXT =
  /(?:helpline|hotline|lifeline|crisis|samaritans|suicid|suizid|prevention|support line|free(?:phone)?|toll[ -]?free|24\/7|round the clock|anonymous|seelsorge|sorgentelefon|kummer|hilfetelefon|beratung|krisen|kostenlos|gebuhrenfrei|anonym|rund um die uhr|linea|ayuda|esperanza|gratuit[oa]?|gratis|prevencion|anonim[oa]|ecoute|soutien|numero vert|gratuitement|prevention|anonyme|jour et nuit|sos)/;

/** Names of helplines and crisis services: any number announced by them is a public service line. */
const HELPLINE_NAME =
  /(?:helpline|hotline|crisis (?:line|text line|team)|lifeline|samaritans|seelsorge|sorgentelefon|kummer|hilfetelefon|krisendienst|telefono de la esperanza|linea de (?:ayuda|atencion|crisis)|sos amitie|suicide ecoute|ecoute (?:suicide|jeunes|famille)|vous ecoute|te escuchamos|wir horen (?:dir|ihnen) zu)/;

/** The writer's own number ("call me", "my cell") is personal data whatever else the text says. */
const PERSONAL_MARKER =
  /(?:\b(?:me|my|mine|mich|mir|mein|meine|meiner|mi|moi|mon|ma|perso|personal|private|privat|privee?)\b|llamame|appelle moi|ruf mich)/;

/**
 * A published service number, not personal data: a toll-free or 116 number announced as a helpline
 * ("Telefonseelsorge 0800 111 0 111"), or any number announced by a helpline's name when nothing marks
 * it as the writer's own ("Teléfono de la Esperanza: 717 003 717").
 */
export function isHelplineNumber(text: string, start: number, end: number, value: string): boolean {
  const digits = value.replace(/[^\d+]/g, '');
  const after = text.slice(end, end + CONTEXT_CHARS);
  const around = `${contextBefore(text, start, CONTEXT_CHARS)} ${contextBefore(after, after.length, CONTEXT_CHARS)}`;
  if (PERSONAL_MARKER.test(around)) return false;
  return SERVICE_PREFIX.test(digits) ? HELPLINE_CONTEXT.test(around) : HELPLINE_NAME.test(around);
}
