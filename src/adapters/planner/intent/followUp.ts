import { detectTone } from './copyStyle';
import { parseNumber } from './numberWords';

/**
 * A revision of the current campaign's drafts: which variant ("the second one" → 2) and what to
 * change ("shorter"). Works on the `matched` view (lower case, no accents).
 */
export interface Revision {
  readonly variant?: number;
  readonly instruction?: string;
}

/** Ordinals and "variant 2" in the six languages; the first match wins. */
const ORDINALS: ReadonlyArray<readonly [number, RegExp]> = [
  [1, /(?<![a-z])(?:first|1st|erste[nrs]?|premier|premiere|primer[oa]?|primeir[oa])(?![a-z])|1番目|最初/u],
  [2, /(?<![a-z])(?:second|2nd|zweite[nrs]?|deuxieme|seconde?|segund[oa])(?![a-z])|2番目|二番目/u],
  [3, /(?<![a-z])(?:third|3rd|dritte[nrs]?|troisieme|tercer[oa]?|terceir[oa])(?![a-z])|3番目|三番目/u],
  [4, /(?<![a-z])(?:fourth|4th|vierte[nrs]?|quatrieme|cuart[oa]|quart[oa])(?![a-z])|4番目/u],
  [5, /(?<![a-z])(?:fifth|5th|funfte[nrs]?|cinquieme|quint[oa])(?![a-z])|5番目/u],
];
const NUMBERED =
  /(?<![a-z])(?:variant|variante|version|option|opcion|opcao|number|nummer|numero|nr\.?|no\.?|n°|v|#)\s*#?(?<n>\d{1,2})(?![\d])/;
/** German and Romance ordinals written with a digit: "die 2. Variante", "la 2e", "la 2ª" (folded "2a"). */
const DIGIT_ORDINAL =
  /(?<![\d.,])(?<n>\d)(?:\.|e|eme|re|er|ere|a|o|st|nd|rd|th)\s+(?:variante|version|versao|entwurf|option|opcion|opcao|proposition|propuesta|proposta)(?![a-z])/;
/** A bare digit after an article, as the subject of a complaint: "la 2 est un peu plate", "die 3 ist zu lang". */
const ARTICLE_DIGIT =
  /(?<![a-z])(?:the|la|le|el|a|o|die|der|das)\s+(?<n>\d)\s+(?:is|est|es|esta|e|ta|ist|klingt|sounds|fait|suena|soa)(?![a-z])/;
/** Japanese: 案2, パターン3, 2案目, 2つ目, 2本目. */
const NUMBERED_JAPANESE =
  /(?:案|パターン|バリエーション)\s*(?<n>\d{1,2})|(?<m>\d{1,2}|[一二三四五六七八九十])\s*(?:案目|つ目|本目|個目|通目|番)/u;

/** Canonical change requests, so the generator reads one phrase whatever the language. */
const CHANGES: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'shorter',
    /(?<![a-z])(?:shorter|shorten|more concise|less wordy|tighter|trim it|trim that|too long|kurzer|kurzen|kurz sie|zu lang|plus court|plus courte|raccourci\w*|trop long\w*|mas cort[oa]|acorta\w*|recorta\w*|muy larg[oa]|demasiado larg[oa]|mais curt[oa]|encurt\w*|longa demais|longo demais|muito long[oa])(?![a-z])|短く|簡潔|短縮|長すぎ|削って/u,
  ],
  [
    'longer',
    /(?<![a-z])(?:longer|more detail\w*|langer|plus long|plus longue|mas larg[oa]|mais long[oa])(?![a-z])|長く/u,
  ],
  [
    'more friendly',
    /(?<![a-z])(?:friendlier|warmer|freundlicher|herzlicher|plus chaleureu\w*|plus amical\w*|mas cercan[oa]|mas calid[oa]|mais simpatic[oa]|mais caloros[oa])(?![a-z])|もっとフレンドリー|親しみやすく/u,
  ],
  [
    'punchier',
    /(?<![a-z])(?:punchier|snappier|knackiger|plus percutant\w*|mas direct[oa]|mais diret[oa])(?![a-z])/,
  ],
  [
    'less salesy',
    /(?<![a-z])(?:less salesy|less pushy|weniger werblich|weniger aufdringlich|moins commercial\w*|moins insistant\w*|menos comercial\w*|menos agresiv[oa]|menos insistente)(?![a-z])|売り込み(?:を|が)?(?:控えめ|弱め)|控えめな売り込み/u,
  ],
  ['mention the deadline', /(?<![a-z])(?:mention the deadline|add the deadline|frist erwahnen)(?![a-z])/],
];

/** "drop the second …, make the first …": the variant dropped is not the one to revise. */
const REMOVAL =
  /(?<![a-z])(?:drop|remove|delete|lose|skip|weglassen|streich\w*|losch\w*|oublie|supprime|enleve|quita|borra|elimina|tira|apaga|remove)(?![a-z])|消して|削除|なしで|いらない/u;

function firstOrdinal(matched: string): number | undefined {
  const numbered = NUMBERED.exec(matched)?.groups?.n;
  if (numbered !== undefined) return Number(numbered);
  const digitOrdinal = DIGIT_ORDINAL.exec(matched)?.groups?.n;
  if (digitOrdinal !== undefined) return Number(digitOrdinal);
  const articleDigit = ARTICLE_DIGIT.exec(matched)?.groups?.n;
  if (articleDigit !== undefined) return Number(articleDigit);
  const japanese = NUMBERED_JAPANESE.exec(matched)?.groups;
  const japaneseNumber = japanese?.n ?? japanese?.m;
  if (japaneseNumber !== undefined) return parseNumber(japaneseNumber);
  return ORDINALS.find(([, pattern]) => pattern.test(matched))?.[0];
}

export function findVariantOrdinal(matched: string): number | undefined {
  const first = firstOrdinal(matched);
  // Two clauses, the first removing a variant: revise the one named in the other clause.
  const clauses = matched.split(/[,;、。]|\s(?:and|und|et|y|e)\s/u);
  if (first !== undefined && clauses.length >= 2 && REMOVAL.test(clauses[0] ?? '')) {
    const other = firstOrdinal(clauses.slice(1).join(' '));
    if (other !== undefined && other !== first) return other;
  }
  return first;
}

export function findRevision(matched: string): Revision {
  const variant = findVariantOrdinal(matched);
  const change = CHANGES.find(([, pattern]) => pattern.test(matched))?.[0];
  const tone = detectTone(matched);
  const instruction = change ?? (tone === undefined ? undefined : `more ${tone}`);
  return {
    ...(variant === undefined || variant < 1 || variant > 10 ? {} : { variant }),
    ...(instruction === undefined ? {} : { instruction }),
  };
}
