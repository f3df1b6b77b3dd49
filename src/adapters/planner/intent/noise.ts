/**
 * Detects keyboard mashing and random characters ("asdkj qwpe zx…", "]p!W+RU&mDe\L+j"). Real requests in
 * the five Latin-script languages are made of pronounceable words and, when long, are full of short
 * function words; random text is neither. Without this a chance "vip", "ok" or "mde" inside noise
 * would become a segment, a screening or a power request.
 */
const FUNCTION_WORDS = new Set(
  `the to of and in is it for on with my me our we you be are this that all can do at by an or as if so not no
  please who what how der die das und ist zu den mit fur ein eine mir ich wir nicht sie es im auf an bitte nur
  le la les de des du et un une pour en est pas ne qui que sur au ce moi nos mes je tu vous el los las del por
  para con una mi mis lo se os as do da dos das em na um meu minha`.split(/\s+/),
);
/** Acronyms marketers use; they have no vowels but are real words. */
const ACRONYMS = new Set(
  'sms rfm vip vips kpi kpis ctr mde pii cta ctas crm html url faq b2b b2c dm dms gdpr nps ltv cltv pdf'.split(
    ' ',
  ),
);

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/gu;
const VOWELS = /[aeiouy]/g;
const CONSONANT_RUN = /[^aeiouy]{6,}/;
const REPEATED_LETTER = /(.)\1\1/;
/** Characters rare in chat messages but frequent in random printable text. */
const ODD_SYMBOLS = /[\\^`~|<>{}[\]=+*$_@#&]/;
const ODD_SYMBOLS_ALL = new RegExp(ODD_SYMBOLS.source, 'g');

/** A single Latin letter between Japanese characters or the reverse ("あb漢u"): random mixing of scripts. */
const ISOLATED_SCRIPT_CHAR =
  /(?<=[\u3040-\u30ff\u4e00-\u9fff])[a-z](?=[\u3040-\u30ff\u4e00-\u9fff])|(?<=[a-z])[\u3040-\u30ff\u4e00-\u9fff](?=[a-z])/g;

const PLACEHOLDER = /\{\{[^{}]{0,60}\}\}/g;
const MAX_ODD_SYMBOL_SHARE = 0.12;
const MAX_ISOLATED_SCRIPT_CHARS = 2;
const LONG_TEXT_WORDS = 30;
const MIN_FUNCTION_WORD_SHARE = 0.04;
const MIN_PRONOUNCEABLE_SHARE_LONG = 0.75;
const MIN_PRONOUNCEABLE_SHARE_SHORT = 0.5;
const MIN_WORDS_TO_JUDGE = 4;

/** A word a person could say: some vowels, no long consonant clusters, no letter three times in a row. */
function isPronounceable(word: string): boolean {
  if (ACRONYMS.has(word) || FUNCTION_WORDS.has(word)) return true;
  const vowels = word.match(VOWELS)?.length ?? 0;
  const share = vowels / word.length;
  return share >= 0.2 && share <= 0.8 && !CONSONANT_RUN.test(word) && !REPEATED_LETTER.test(word);
}

function pronounceableShare(words: readonly string[]): number {
  return words.filter(isPronounceable).length / words.length;
}

const MAX_INSTRUCTION_WORDS = 25;

/**
 * A short, tidy instruction ("is this copy safe", "check this text"): what precedes a pasted text.
 * Random characters rarely produce one, so a text after such an instruction is screened even when
 * the pasted text itself looks odd.
 */
export function isCleanInstruction(folded: string): boolean {
  const words = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  return (
    words.length <= MAX_INSTRUCTION_WORDS &&
    !ODD_SYMBOLS.test(folded) &&
    (folded.match(ISOLATED_SCRIPT_CHAR)?.length ?? 0) === 0
  );
}

/** True when the folded text looks like random characters rather than a request in some language. */
export function isNoise(folded: string): boolean {
  const visible = folded.replace(/\s+/g, '');
  if (visible.length === 0) return false;
  // Personalisation placeholders ({{firstName}}) are normal in copy pasted for screening.
  const odd = folded.replace(PLACEHOLDER, '').match(ODD_SYMBOLS_ALL)?.length ?? 0;
  if (visible.length >= 12 && odd / visible.length > MAX_ODD_SYMBOL_SHARE) return true;
  if ((folded.match(ISOLATED_SCRIPT_CHAR)?.length ?? 0) > MAX_ISOLATED_SCRIPT_CHARS) return true;

  const words = folded.match(/[a-z]{2,}/g) ?? [];
  const longWords = words.filter((word) => word.length >= 3);
  const latinLetters = words.join('').length;
  const japanese = folded.match(JAPANESE)?.length ?? 0;
  // Mostly Japanese text is judged by the Japanese lexicons alone.
  if (japanese > 2 * latinLetters) return false;
  if (longWords.length < MIN_WORDS_TO_JUDGE) return false;
  if (words.length < LONG_TEXT_WORDS) return pronounceableShare(longWords) < MIN_PRONOUNCEABLE_SHARE_SHORT;
  const functionWords = words.filter((word) => FUNCTION_WORDS.has(word)).length;
  if (functionWords / words.length >= MIN_FUNCTION_WORD_SHARE) return false;
  return pronounceableShare(longWords) < MIN_PRONOUNCEABLE_SHARE_LONG;
}
