import { allMatches } from './regexScan';

/**
 * Negation scope: is the word at folded[start, end) negated in its clause?
 * "don't draft anything", "no escribas nada", "nichts entwerfen", "ne rédige rien", "não escreva",
 * "作成しないで". A clause ends at punctuation or at "but/just/only" (and their translations), so in
 * "don't draft anything, just show me the VIPs" only "draft" is negated.
 */

const CLAUSE_BREAK =
  /[.;:!?\n,()"]|\s-{1,2}\s|(?<![a-z0-9])(?:but|just|only|aber|sondern|nur|mais|juste|seulement|plutot|pero|sino|solo|solamente|mas|so|apenas|somente)(?![a-z0-9])/g;

/** Negators that precede the verb or noun they negate, within a few words. */
const PRE_NEGATOR =
  /(?<![a-z0-9'])(?:not|no|never|without|dont|don't|doesn't|doesnt|didn't|didnt|nothing|nicht|nichts|kein|keine|keinen|keinem|keiner|ohne|statt|anstatt|pas|rien|jamais|sans|aucun|aucune|nunca|sin|ni|nao|sem|nem|nenhum|nenhuma)(?![a-z0-9'])|(?<![a-z0-9])(?:hold off on|hold off|forget about|leave out|oublie|olvida|olvidate de|esquece|esqueca|nada de|ningun|ninguna|ningunos|ningunas|instead of|rather than|no need to|skip|stop|avoid|en lugar de|en vez de|em vez de|au lieu de|ao inves de|pas besoin de|no hace falta|nao precisa|kein bedarf)(?![a-z0-9])/;

/** "why don't you draft…", "don't forget to draft…" are requests, not negations. */
const NOT_A_NEGATION =
  /(?:why (?:don't|dont|not)|(?:don't|dont|do not) (?:forget|hesitate|miss)|not only|nicht nur|pas seulement|no solo|nao so)/;

/** Negators that follow the word: "entwirf nichts", "rédige rien", "schreib keine", "drafts not needed". */
const POST_NEGATOR =
  /^[\s,]*(?:\S+\s+)?(?:nichts|nicht|kein|keine|keinen|rien|pas|nada|not needed|not necessary|not required|nicht notig|nicht erforderlich|pas necessaire|no necesario|nao necessario)(?![a-z0-9])/;

/** Japanese negation follows the verb: 作成しないで, 作らないで, 書かずに, 下書きは不要, 文面はいらない. */
const JAPANESE_POST_NEGATOR =
  /^[^,.!?\s]{0,4}?(?:ではなく|じゃなく|しないで|しなくて|しなくていい|ないで|なくて|なくていい|不要|いらない|要らない|いりません|要りません|せず|せずに|ずに|ず(?=[,.\s]|$)|なし|無し|結構です|やめて|禁止)/;

/** French "ne … pas/rien/jamais": "ne" alone is also colloquial German for "eine" ("schreib ne Mail"). */
const FRENCH_NE = /(?<![a-z0-9])(?:ne|n')(?:\s|$)|(?<![a-z0-9])n'$/;
const FRENCH_NE_GLUED = /(?<![a-z0-9])n'$/;
const FRENCH_SECOND_PART = /(?<![a-z0-9])(?:pas|rien|jamais|plus|aucun|aucune|personne)(?![a-z0-9])/;

const MAX_WORDS_BEFORE = 4;

function clauseStart(folded: string, position: number): number {
  let start = 0;
  for (const match of allMatches(CLAUSE_BREAK, folded.slice(0, position)))
    start = match.index + match[0].length;
  return start;
}

function clauseEnd(folded: string, position: number): number {
  const offset = folded.slice(position).search(CLAUSE_BREAK);
  return offset === -1 ? folded.length : position + offset;
}

export function isNegated(folded: string, start: number, end: number): boolean {
  const from = clauseStart(folded, start);
  const before = folded.slice(from, start);
  const words = before
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  const window = words.slice(-MAX_WORDS_BEFORE).join(' ');
  if (PRE_NEGATOR.test(window) && !NOT_A_NEGATION.test(before.slice(-40))) return true;

  const after = folded.slice(end, clauseEnd(folded, end));
  if (
    (FRENCH_NE.test(window) || FRENCH_NE_GLUED.test(before)) &&
    FRENCH_SECOND_PART.test(`${window} ${after}`)
  ) {
    return true;
  }
  if (POST_NEGATOR.test(after)) return true;
  return JAPANESE_POST_NEGATOR.test(folded.slice(end, end + 12));
}
