/**
 * Undoes the usual tricks for sneaking words past filters, on an already lower-cased, folded text:
 * spaced-out letters ("k i l l"), separators inside a word ("k.i.l.l", "k*i*l*l"), leetspeak ("k1ll", "p0rn"),
 * masked letters ("f*ck", "p*rn") and stretched letters ("killlll").
 */

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
  '€': 'e',
};

/** Sensitive words a masked token ("f*ck", "n*gg*r") may stand for. Only these are ever restored. */
const MASKABLE_WORDS = [
  'kill',
  'killing',
  'murder',
  'suicide',
  'yourself',
  'rape',
  'shoot',
  'bomb',
  'stab',
  'hang',
  'die',
  'fuck',
  'fucking',
  'fucker',
  'fucked',
  'shit',
  'bitch',
  'cunt',
  'nigger',
  'niggers',
  'nigga',
  'niggas',
  'faggot',
  'faggots',
  'fag',
  'whore',
  'slut',
  'porn',
  'porno',
  'sex',
  'pussy',
  'cock',
  'dick',
  'cum',
  'tits',
  'nudes',
  'retard',
  'kike',
  'kikes',
  'spic',
  'chink',
  'tranny',
  'dyke',
  'asshole',
  'bastard',
  'ignore',
  'instructions',
  'puta',
  'mierda',
  'follar',
  'polla',
  'matate',
  'maricon',
  'ficken',
  'fotze',
  'hure',
  'schlampe',
  'salope',
  'pute',
  'putain',
  'merde',
  'encule',
  'negro',
  'negre',
];

const MASK_CHARS = /[*#_]/;
const LETTER = /\p{L}/u;
const LEET_CHARS = /[0134579@$!|€8]/;
/** "k.i.l.l", "k-1-l-l", "k*i*l*l", "r.i.s.k-free": runs of single letters (or leet digits) split by separators. */
const SINGLE_LETTERS_WITH_SEPARATORS =
  /(?<![\p{L}\p{N}])[\p{L}0134579@$](?:[-.*_·•+~|/][\p{L}0134579@$](?![\p{L}\p{N}])){2,}/gu;
const STRETCHED = /(\p{L})\1{2,}/gu;
const TOKEN = /\S+/g;
const EDGE_PUNCTUATION = /^([("'«“¿¡[{]*)(.*?)([)"'»”?.,;:!\]}]*)$/su;

function restoreMask(core: string): string {
  const shape = new RegExp(
    `^${Array.from(core, (char) => (MASK_CHARS.test(char) ? '\\p{L}' : LETTER.test(char) ? char : '.')).join('')}$`,
    'u',
  );
  const candidate = MASKABLE_WORDS.find((word) => word.length === core.length && shape.test(word));
  return candidate ?? core.replace(/[*#_]/g, '');
}

function resolveLeet(core: string): string {
  let out = '';
  for (let index = 0; index < core.length; index += 1) {
    const char = core[index] as string;
    const mapped = LEET[char];
    // "!" and "|" only stand for letters inside a word, never at its end ("wow!").
    const insideWord = LETTER.test(core[index + 1] ?? '');
    out += mapped === undefined || ((char === '!' || char === '|') && !insideWord) ? char : mapped;
  }
  return out;
}

function deobfuscateToken(token: string): string {
  const parts = EDGE_PUNCTUATION.exec(token);
  const lead = parts?.[1] ?? '';
  let core = parts?.[2] ?? token;
  const trail = parts?.[3] ?? '';
  if (!LETTER.test(core)) return token;
  core = core.replace(SINGLE_LETTERS_WITH_SEPARATORS, (run) => run.replace(/[-.*_·•+~|/]/g, ''));
  if (LEET_CHARS.test(core)) core = resolveLeet(core);
  if (MASK_CHARS.test(core) && LETTER.test(core[0] ?? '')) core = restoreMask(core);
  return lead + core + trail;
}

/** Joins runs of at least three single letters separated by single spaces ("k i l l" → "kill"). */
function joinSpacedLetters(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])\p{L}(?: \p{L}(?![\p{L}\p{N}])){2,}/gu, (run) =>
    run.replace(/ /g, ''),
  );
}

/**
 * Input: lower-cased text whose spacing is preserved (double spaces mark word breaks in "k i l l  y o u").
 * Output: single-spaced, deobfuscated text.
 */
export function deobfuscate(lowerCased: string): string {
  const joined = joinSpacedLetters(lowerCased);
  return joined
    .replace(TOKEN, deobfuscateToken)
    .replace(STRETCHED, (run: string, letter: string) =>
      letter === 'x' || letter === 'w' ? run : letter + letter,
    )
    .replace(/\s+/g, ' ')
    .trim();
}
