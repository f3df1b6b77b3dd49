import { QUANTITY_SOURCE, parseNumber } from './numberWords';
import { allMatches } from './regexScan';

/** The most variants generate_variants accepts; larger requests ("a dozen", "20 emails") are clamped to it. */
export const MAX_VARIANTS = 10;

/** Nouns that are counted when someone asks for N of them. */
const COUNTED_NOUNS = [
  // English
  'variants?',
  'variations?',
  'versions?',
  'options?',
  'alternatives?',
  'ideas?',
  'drafts?',
  'copies',
  'copy variants?',
  'e-?mails?',
  'mails?',
  'newsletters?',
  'messages?',
  'msgs?',
  'sms(?:es|s)?',
  "sms's",
  'texts?',
  'text messages?',
  'push(?:es)?',
  'push notifications?',
  'notifications?',
  'notifs?',
  'subject lines?',
  'subjects?',
  'headlines?',
  'ctas?',
  'takes',
  'pieces',
  // German
  'varianten?',
  'versionen',
  'nachrichten',
  'nachricht',
  'textnachrichten',
  'entwurfe',
  'entwurf',
  'texte',
  'betreffzeilen',
  'betreffe',
  'vorschlage',
  'stuck',
  'optionen',
  'push-nachrichten',
  'push-benachrichtigungen',
  'benachrichtigungen',
  'e-mail-varianten',
  // Compounds: "zwei Mailvarianten", "drei SMS-Varianten", "zwei Pushvarianten".
  '(?:e-?mail|mail|sms|push|text|betreff)-?varianten?',
  '(?:e-?mail|mail|sms|push)-?(?:texte|entwurfe)',
  // French
  'variantes?',
  'courriels?',
  'textos?',
  'brouillons?',
  'propositions?',
  'objets?',
  // Spanish
  'correos?',
  'correos electronicos',
  'mensajes?',
  'borradores?',
  'opciones',
  'propuestas?',
  'asuntos?',
  'versiones',
  'unidades',
  'variaciones',
  'notificaciones',
  // Portuguese
  'variacoes',
  'versoes',
  'mensagens',
  'mensagem',
  'torpedos?',
  'rascunhos?',
  'opcoes',
  'propostas?',
  'assuntos?',
  'notificacoes',
];

/** Words that may sit between the number and the noun: "3 short email variants", "drei kurze E-Mails". */
const FILLER =
  "(?:different|distinct|short|shorter|new|catchy|quick|fun|friendly|more|other|email|e-mail|sms|push|copy|subject|message|text|kurze|verschiedene|neue|weitere|differentes|courtes|nouvelles|nouveaux|de|d'|diferentes|cortos|cortas|nuevos|nuevas|curtas|curtos|novas|novos|of|additional)";

const NUMBER_THEN_NOUN = new RegExp(
  `(?<![a-z0-9.,%])(?<qty>${QUANTITY_SOURCE})(?:\\s*[x×])?\\s*(?:${FILLER}[\\s-]+){0,3}(?:${COUNTED_NOUNS.join('|')})(?![a-z0-9])`,
  'gu',
);
const NOUN_THEN_NUMBER = new RegExp(
  `(?<![a-z0-9])(?:variants?|versions?|variantes?|varianten|variations?|variaciones|variacoes|e-?mails?|mails?|options?|sms|push(?:es)?|messages?|texts?|textos|courriels?|correos?|mensajes?|mensagens|nachrichten|newsletters?)\\s*(?:[:=]|\\(\\s*[x×]?|[x×]|of)\\s*(?<qty>\\d+)(?![0-9%]|[.,]\\d)`,
  'gu',
);
/** A bare multiplier standing alone: "sms nouveaux clients x3 court" (the count need not touch the noun). */
const BARE_MULTIPLIER = /(?<![a-z0-9])[x×](?<qty>\d{1,2})(?![a-z0-9%]|[.,]\d)/gu;
/** Japanese counters: 3つ, 三通, 3案, 3パターン, 3種類, バリエーションを3つ. */
const JAPANESE_COUNT =
  /(?<![0-9〇零一二三四五六七八九十百千])(?<qty>\d+|[〇零一二三四五六七八九十百千]+)\s*(?:つ|通|案|パターン|種類|本|件|個|バージョン|バリエーション|パタン)/gu;
const JAPANESE_IDIOM =
  /(?<half>半ダース)|(?<dozen>1ダース|一ダース|ダース)|(?<few>いくつか|数パターン|数案|複数)/u;

const COUNT_AFTER_VERB = new RegExp(
  `^\\s+(?:me\\s+|mir\\s+|moi\\s+|us\\s+|uns\\s+|nos\\s+)?(${QUANTITY_SOURCE})(?![a-z0-9%.,])`,
  'u',
);

export interface CountMention {
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

/** Spans to ignore (durations, percentages): "90 days" or "12% lift" never count variants. */
export type Excluded = ReadonlyArray<{ readonly start: number; readonly end: number }>;

const overlaps = (start: number, end: number, excluded: Excluded): boolean =>
  excluded.some((span) => start < span.end && span.start < end);

function collect(pattern: RegExp, folded: string, excluded: Excluded): CountMention[] {
  const found: CountMention[] = [];
  for (const match of allMatches(pattern, folded)) {
    const qty = match.groups?.qty;
    const start = match.index;
    const end = start + match[0].length;
    if (qty === undefined || overlaps(start, end, excluded)) continue;
    const value = parseNumber(qty);
    if (value !== undefined && Number.isInteger(value) && value > 0) found.push({ value, start, end });
  }
  return found;
}

/**
 * How many variants the user asks for, clamped to 1..MAX_VARIANTS; undefined when no count is stated
 * ("an email" states none). The first stated count wins.
 */
export function findVariantCount(folded: string, excluded: Excluded = []): number | undefined {
  const mentions = [
    ...collect(NUMBER_THEN_NOUN, folded, excluded),
    ...collect(NOUN_THEN_NUMBER, folded, excluded),
    ...collect(JAPANESE_COUNT, folded, excluded),
    ...collect(BARE_MULTIPLIER, folded, excluded),
  ].sort((a, b) => a.start - b.start);
  let value = mentions[0]?.value;
  if (value === undefined) {
    const idiom = JAPANESE_IDIOM.exec(folded)?.groups;
    if (idiom?.half !== undefined) value = 6;
    else if (idiom?.dozen !== undefined) value = 12;
    else if (idiom?.few !== undefined) value = 3;
  }
  return value === undefined ? undefined : Math.min(MAX_VARIANTS, Math.max(1, Math.round(value)));
}

/** A bare count right after a drafting verb: "draft 3 for the VIPs", "schreib mir drei". */
export function findCountAfter(
  folded: string,
  position: number,
  excluded: Excluded = [],
): number | undefined {
  const match = COUNT_AFTER_VERB.exec(folded.slice(position, position + 40));
  if (match?.[1] === undefined) return undefined;
  const start = position + match.index + match[0].length - match[1].length;
  if (overlaps(start, start + match[1].length, excluded)) return undefined;
  const value = parseNumber(match[1]);
  if (value === undefined || !Number.isInteger(value) || value <= 0) return undefined;
  return Math.min(MAX_VARIANTS, value);
}
