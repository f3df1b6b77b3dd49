import { findCohorts } from './cohorts';
import { findDurations } from './durations';
import { AUDIENCE_NOUNS, EXPERIMENT_NOUNS, MESSAGE_NOUNS } from './nouns';
import { Lexicon } from './lexicon';

/**
 * The offer or theme a request is about ("spring sale", "free shipping", "Frühlingsaktion"), quoted back
 * in the user's own words (lower case, accents kept). Used as retrieve_content.query and generate_variants.topic.
 */

export const MAX_TOPIC_LENGTH = 200;

/** The request in two views of equal length: `matched` (no accents) is searched, `folded` quoted. */
export interface TopicSource {
  readonly folded: string;
  readonly matched: string;
}

/** Words that introduce the theme: "about the spring sale", "zum Frühjahrsverkauf", "sobre las rebajas". */
const INTRODUCERS = new Lexicon([
  'about',
  'on',
  'regarding',
  'around',
  'promoting',
  'promote',
  'featuring',
  'feature',
  'highlighting',
  'announcing',
  'announce',
  'advertising',
  'for',
  'uber',
  'zum',
  'zur',
  'zu',
  'fur',
  'bewerben',
  'zum thema',
  'sur',
  'a propos de',
  'a propos du',
  'a propos des',
  'concernant',
  'pour',
  'autour de',
  'sobre',
  'acerca de',
  'para',
  'promocionando',
  'anunciando',
  'divulgando',
  'promovendo',
  'con el tema',
  'com o tema',
  'relativo a',
  'topic',
  'theme',
  'thema',
  'tema',
  'sujet',
]);

/** Leading articles and possessives, dropped from the phrase: "the spring sale" → "spring sale". */
const LEADING = new Set(
  `the a an our my your this that these those upcoming it them us me es ihn sie ca cela eso isso der die das den dem des ein eine einen unsere unseren unserer
  unser meine le la les l un une notre nos ce cet cette ces d du des el los las lo uno una nuestra nuestro nuestras
  nuestros o os as um uma nossa nosso nossas nossos ao aos`.split(/\s+/),
);

/** Words that end the phrase: "about the spring sale for lapsed customers" stops at "for". */
const ENDING = new Set(
  `for to and in by with via who that which targeting aimed using as at from per but so please next tomorrow
  today asap fur an mit und bitte zu
  texten schreiben erstellen entwerfen formulieren verfassen machen suchen finden prufen senden schicken
  rediger ecrire creer redactar escribir crear redigir escrever criar pour avec par et qui que aux a au dans stp svp para con por y quienes en
  com e no na nos nas em pelo pela agora hoy jetzt maintenant`.split(/\s+/),
);

/** Known offers and themes, matched when no introducer names one. */
const THEMES = new Lexicon([
  're:early access to (?:the |our )?(?:[a-z]+ ){0,2}(?:collection|sale|drop|launch|range)',
  're:early access zur? (?:neuen )?[a-z]*(?:kollektion|sale|aktion)',
  "re:acces anticipe (?:a la |au |aux )(?:nouvelle )?(?:collection|soldes|vente)(?: d'?(?:ete|hiver|printemps|automne)| de (?:printemps|l'?ete|l'?hiver))?",
  're:acceso anticipado a (?:la )?(?:nueva )?(?:coleccion|venta|rebajas)(?: de (?:verano|invierno|primavera|otono))?',
  're:acesso antecipado (?:a|ao) (?:nova )?(?:colecao|venda|liquidacao)(?: de (?:verao|inverno|primavera|outono))?',
  'kostenlosem versand',
  'gratis versand',
  'envio gratuito',
  'frete gratuito',
  'entrega gratis',
  '先行アクセス',
  '先行販売',
  're:(?:spring|summer|winter|fall|autumn|holiday|flash|weekend|easter|christmas|clearance|end of season|mid-season|black friday|cyber monday|back to school) (?:sale|sales|offer|promo|promotion|deal|deals|event|collection)',
  'black friday',
  'cyber monday',
  're:boxing day(?: sale)?',
  'free shipping',
  'free delivery',
  'free returns',
  'new collection',
  'new arrivals',
  'back to school',
  'loyalty program*',
  'loyalty points',
  'rewards program',
  'birthday offer',
  'welcome offer',
  'welcome discount',
  'clearance',
  "mother's day",
  "father's day",
  "valentine's day",
  're:\\d+ ?% off',
  're:\\d+ ?% discount',
  'bogo',
  'buy one get one',
  'fruhlingsaktion',
  'fruhjahrsaktion',
  'fruhlingssale',
  'fruhlingsverkauf',
  'fruhjahrsverkauf',
  'sommerschlussverkauf',
  'sommersale',
  'sommeraktion',
  'winterschlussverkauf',
  'wintersale',
  'kostenloser versand',
  'kostenlosen versand',
  'gratisversand',
  'versandkostenfrei*',
  'neue kollektion',
  'treueprogramm',
  'bonusprogramm',
  'weihnachtsaktion',
  'soldes de printemps',
  "soldes d'ete",
  "soldes d'hiver",
  'soldes',
  'livraison gratuite',
  'livraison offerte',
  'nouvelle collection',
  'programme de fidelite',
  'vente flash',
  'rebajas de primavera',
  'rebajas de verano',
  'rebajas',
  'venta de primavera',
  'oferta de primavera',
  'envio gratis',
  'envio gratuito',
  'nueva coleccion',
  'programa de fidelidad',
  'promocao de primavera',
  'promocao de verao',
  'liquidacao',
  'frete gratis',
  'nova colecao',
  'programa de fidelidade',
  '春のセール',
  '春セール',
  '夏のセール',
  '夏セール',
  '冬のセール',
  '送料無料',
  '新作',
  '新コレクション',
  'ブラックフライデー',
  'クリスマスセール',
  'ポイントプログラム',
]);

/** Japanese: 送料無料について, 春のセールに関する, 新作の告知. */
const JAPANESE_TOPIC =
  /(?<topic>[^\s,.!?:、。をはがにでとへもの「」]{1,20})(?:について|に関する|に関して|の告知|を告知|のお知らせ|を宣伝|をテーマ|のプロモーション)/u;

const PHRASE_BREAK = /[.,;:!?\n()"]/;
const MAX_WORDS = 6;

/** "for lapsed customers", "on email", "for A/B testing" name the audience, channel or test, not a theme. */
function isAboutPeopleOrChannel(phrase: string): boolean {
  return (
    AUDIENCE_NOUNS.has(phrase) ||
    findCohorts(phrase).length > 0 ||
    MESSAGE_NOUNS.has(phrase) ||
    EXPERIMENT_NOUNS.has(phrase) ||
    /(?<![a-z])(?:testing|a\/?b)(?![a-z])/.test(phrase)
  );
}

const VERB_WITH_FOR = /(?<![a-z])(?:look|looking|search|searching|ask|asking|hunt|hunting|dig|digging)\s+$/;

const PURE_NUMBER = /^\d+(?:[.,]\d+)?$/;

/** "zu lang", "trop court": a judgement of the copy's length, not a theme. */
const LENGTH_WORDS = new Set([
  'lang',
  'long',
  'longue',
  'kurz',
  'short',
  'court',
  'courte',
  'corto',
  'curto',
]);

/** "early access to the summer collection": a "to" that leads to more theme, not to the audience ("to VIPs"). */
function continuesTheme(word: string, rest: string): boolean {
  if (word !== 'to') return false;
  const next = rest.trim().split(/\s+/).slice(0, 4).join(' ');
  return (
    /^the\s+\S+/.test(next) && !isAboutPeopleOrChannel(next) && !/^the\s+(?:ones?|people|folks)\b/.test(next)
  );
}

function finishPhrase(source: TopicSource, start: number, end: number): string | undefined {
  const text = source.folded
    .slice(start, end)
    .replace(/\s+/g, ' ')
    .replace(/^[\s'"«“„]+|[\s'"»”.,!?]+$/g, '')
    .trim();
  return text === '' ? undefined : text.slice(0, MAX_TOPIC_LENGTH);
}

/** The phrase after an introducer, up to MAX_WORDS words, without leading articles or a trailing "emails". */
function phraseAfter(source: TopicSource, introducerEnd: number): string | undefined {
  const text = source.matched;
  const from = introducerEnd + (/^\s*[:-]?\s*/.exec(text.slice(introducerEnd))?.[0].length ?? 0);
  const rest = text.slice(from);
  const breakAt = rest.search(PHRASE_BREAK);
  const clause = breakAt === -1 ? rest : rest.slice(0, breakAt);
  const words: Array<{ word: string; start: number; end: number }> = [];
  for (const match of clause.matchAll(/[\p{L}\p{N}%'’-]+/gu)) {
    const word = match[0];
    const start = from + match.index;
    if (words.length === 0 && LEADING.has(word)) continue;
    if (
      words.length > 0 &&
      ENDING.has(word) &&
      !continuesTheme(word, clause.slice(match.index + word.length))
    )
      break;
    if (PURE_NUMBER.test(word)) break;
    words.push({ word, start, end: start + word.length });
    if (words.length >= MAX_WORDS) break;
  }
  // A trailing channel or message noun belongs to the request, not to the theme: "spring sale emails".
  while (words.length > 0 && MESSAGE_NOUNS.has(words[words.length - 1]?.word ?? '')) words.pop();
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return undefined;
  const folded = text.slice(first.start, last.end);
  if (isAboutPeopleOrChannel(folded) || !/[\p{L}]{2,}/u.test(folded) || ENDING.has(folded)) return undefined;
  if (findDurations(folded).length > 0) return undefined;
  if (/^\d+$/.test(folded) || LEADING.has(folded) || LENGTH_WORDS.has(folded)) return undefined;
  return finishPhrase(source, first.start, last.end);
}

/**
 * "for", "on", "pour", "para", "für", "zu" name the audience or other things as often as the theme ("for folks who…",
 * "the results on the last one"), so a known
 * offer elsewhere in the request ("…? offer free shipping") wins over the phrase after them.
 */
const WEAK_INTRODUCERS = new Set(['for', 'on', 'fur', 'pour', 'para', 'zu', 'zum', 'zur']);

/**
 * The theme of a drafting or retrieval request in the user's words, or undefined.
 */
export function findTopic(source: TopicSource): string | undefined {
  const text = source.matched;
  const theme = THEMES.first(text);
  for (const introducer of INTRODUCERS.find(text)) {
    // "look for …", "search for …": the "for" belongs to the verb and introduces the thing sought.
    if (introducer.text === 'for' && VERB_WITH_FOR.test(text.slice(0, introducer.start))) continue;
    if (theme !== undefined && WEAK_INTRODUCERS.has(introducer.text)) continue;
    const phrase = phraseAfter(source, introducer.end);
    // "sobre el acceso anticipado a la colección de otoño": the phrase stops at "a"; the known theme goes on.
    if (phrase !== undefined && theme !== undefined) {
      const themed = finishPhrase(source, theme.start, theme.end);
      if (themed !== undefined && themed.length > phrase.length && themed.startsWith(phrase)) return themed;
    }
    if (phrase !== undefined) return phrase;
  }
  if (theme !== undefined) return finishPhrase(source, theme.start, theme.end);
  const japanese = JAPANESE_TOPIC.exec(text);
  const topic = japanese?.groups?.topic;
  if (japanese !== null && topic !== undefined && !AUDIENCE_NOUNS.has(topic) && !MESSAGE_NOUNS.has(topic)) {
    return finishPhrase(source, japanese.index, japanese.index + topic.length);
  }
  return undefined;
}
