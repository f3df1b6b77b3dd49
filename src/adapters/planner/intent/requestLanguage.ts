import { foldForMatching, stripDiacritics } from '../../../text/foldForMatching';

/**
 * The language a request is written in, so that drafts and replies come back in it. Japanese by
 * script; the Latin-script languages by their most frequent function words (genuine data: these
 * are the words that tell the languages apart) and the letters only one of them uses (ã, ñ, ß…). Works
 * on the `folded` view (accents kept). English when unsure.
 */
export type RequestLanguage = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'ja';

const FUNCTION_WORDS: ReadonlyArray<readonly [RequestLanguage, ReadonlySet<string>]> = [
  [
    'en',
    new Set(
      'the a an for to of and who with about please my our is are have has what which me you can this as in on it make write rewrite more only just now customers variant versions'.split(
        ' ',
      ),
    ),
  ],
  [
    'de',
    new Set(
      'der die das den dem ein eine einen fur und mit uber bitte mir wir unsere ist sind zum zur nicht seit schreib erstelle kunden'.split(
        ' ',
      ),
    ),
  ],
  [
    'fr',
    new Set(
      'le la les un une des pour et avec sur du de au aux nos notre est sont qui pas depuis ecris redige clients mes moi mon toutes tous'.split(
        ' ',
      ),
    ),
  ],
  [
    'es',
    new Set(
      'el la los las un una para y con sobre del de al nuestros nuestra es son que no desde hace escribe redacta clientes haz quiero puedes dame campana campanas versiones cercana mas hacer puedes'.split(
        ' ',
      ),
    ),
  ],
  [
    'pt',
    new Set(
      'o a os as um uma para e com sobre do da dos das de nossos nossa e sao que nao desde ha escreva redija clientes mais pra pros voce tem bora deixa faz campanha campanhas versoes na nas ao aos fazer consegue voces'.split(
        ' ',
      ),
    ),
  ],
];

const JAPANESE = /[\u3040-\u30ff]/u;

/** Letters and marks that point to one language: "não" is Portuguese, "¿" and "ñ" Spanish, "ß" German. */
const TELLTALE_LETTERS: ReadonlyArray<readonly [RequestLanguage, RegExp]> = [
  ['pt', /[ãõ]|ç[ãõo]/gu],
  ['es', /[ñ¿¡]/gu],
  ['de', /[äöüß]/gu],
  ['fr', /[èùœ]|\b[ldjnsc]'[a-zéè]/gu],
];

/** Letters of scripts none of our languages is written in (look-alike folding turns Cyrillic into Latin). */
const OTHER_SCRIPTS =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}]/gu;
const LATIN = /\p{Script=Latin}/gu;

/**
 * `raw`, when given, is the text before folding: a request written mostly in another script (Russian,
 * Greek, Korean…) is none of our languages, however its folded letters read.
 */
export function detectRequestLanguage(folded: string, raw?: string): RequestLanguage {
  if (JAPANESE.test(folded)) return 'ja';
  if (raw !== undefined && (raw.match(OTHER_SCRIPTS) ?? []).length > (raw.match(LATIN) ?? []).length)
    return 'en';
  const words = stripDiacritics(folded).match(/[a-z]+/g) ?? [];
  let best: RequestLanguage = 'en';
  let bestScore = 0;
  for (const [language, list] of FUNCTION_WORDS) {
    const telltales = TELLTALE_LETTERS.find(([candidate]) => candidate === language)?.[1];
    const score =
      words.filter((word) => list.has(word)).length +
      2 * (telltales === undefined ? 0 : (folded.match(telltales) ?? []).length);
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  // Ties go to English, the language of the product's own texts.
  return best;
}

/** The language of a raw request (the model path uses it too, so both planners answer in the same one). */
export function requestLanguageOf(raw: string): RequestLanguage {
  return detectRequestLanguage(foldForMatching(raw).folded, raw);
}
