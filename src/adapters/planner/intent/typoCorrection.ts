/**
 * Cheap repair of common misspellings of the words the planner keys on ("emials", "campaing", "reuslts").
 * Only words of five letters or more are repaired, by one edit (insert, delete, substitute or swap two
 * neighbours), and real words that happen to be one edit away from a keyword are left alone.
 */
const KEYWORDS = [
  // English
  'draft',
  'drafts',
  'write',
  'create',
  'generate',
  'compose',
  'prepare',
  'email',
  'emails',
  'messages',
  'variant',
  'variants',
  'variation',
  'variations',
  'versions',
  'customer',
  'customers',
  'segment',
  'cohort',
  'cohorts',
  'results',
  'launch',
  'simulate',
  'experiment',
  'campaign',
  'campaigns',
  'approved',
  'inactive',
  'lapsed',
  'churned',
  'notification',
  'notifications',
  'newsletter',
  'summary',
  'summarize',
  'screen',
  'check',
  'compliant',
  'purchased',
  'bought',
  'subject',
  'shipping',
  'offers',
  'performance',
  // German, French, Spanish, Portuguese
  'kunden',
  'varianten',
  'ergebnisse',
  'kampagne',
  'entwirf',
  'erstelle',
  'schreibe',
  'clients',
  'campagne',
  'resultats',
  'redige',
  'clientes',
  'correos',
  'resultados',
  'redacta',
  'escribe',
  'campanha',
  'escreva',
  'mensajes',
  'mensagens',
  'result',
  'content',
  'segments',
  'months',
  'weeks',
  'three',
  'message',
];

/** Real words one edit away from a keyword: never "repair" them. */
const REAL_WORDS = new Set([
  'lunch',
  'white',
  'wrote',
  'writer',
  'crate',
  'great',
  'later',
  'latte',
  'chick',
  'cheek',
  'cheque',
  'checks',
  'checked',
  'screens',
  'scream',
  'resulta',
  'resultat',
  'resulted',
  'customs',
  'costumer',
  'context',
  'contest',
  'compliment',
  'complaint',
  'complaints',
  'skipping',
  'whipping',
  'chipping',
  'lapse',
  'lapses',
  'lasted',
  'there',
  'threw',
  'massage',
  'massages',
  'version',
  'person',
  'emailed',
  'mailed',
  'variance',
  'various',
  'summery',
  'simulated',
  'prepared',
  'prepares',
  'offer',
  'offered',
  'offset',
  'client',
  'kunde',
  'campagnes',
  'campaigned',
  'created',
  'creates',
  'creator',
  'writes',
  'generated',
  'composed',
  'bough',
  'brought',
  'purchases',
  'approve',
  'approves',
  'shopping',
  'shipment',
  'subjects',
  'sunday',
  'launched',
  'launches',
  'laugh',
  'launchs',
  'draws',
  'drift',
  'drafty',
  'screed',
  'cohorte',
  'clientele',
  'campana',
  'campanas',
  'campanhas',
  'correo',
  'redactar',
  'escriba',
  'escreve',
]);

const KEYWORDS_BY_LENGTH = new Map<number, string[]>();
for (const keyword of KEYWORDS) {
  const list = KEYWORDS_BY_LENGTH.get(keyword.length) ?? [];
  list.push(keyword);
  KEYWORDS_BY_LENGTH.set(keyword.length, list);
}
const KEYWORD_SET = new Set(KEYWORDS);

/** True when `a` and `b` differ by exactly one insertion, deletion, substitution or adjacent swap. */
export function isOneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const lengthGap = a.length - b.length;
  if (Math.abs(lengthGap) > 1) return false;
  if (lengthGap === 0) {
    let first = -1;
    let second = -1;
    for (let index = 0; index < a.length; index += 1) {
      if (a[index] === b[index]) continue;
      if (first === -1) first = index;
      else if (second === -1) second = index;
      else return false;
    }
    if (second === -1) return true; // one substitution
    return second === first + 1 && a[first] === b[second] && a[second] === b[first]; // one swap
  }
  const [longer, shorter] = lengthGap > 0 ? [a, b] : [b, a];
  let skipped = false;
  for (let i = 0, j = 0; i < longer.length; i += 1) {
    if (longer[i] === shorter[j]) {
      j += 1;
      continue;
    }
    if (skipped) return false;
    skipped = true;
  }
  return true;
}

/** The keyword a misspelled word most likely meant, or undefined when the word is fine or unknown. */
export function correctTypo(word: string): string | undefined {
  if (word.length < 5 || word.length > 14 || !/^[a-z]+$/.test(word)) return undefined;
  if (KEYWORD_SET.has(word) || REAL_WORDS.has(word)) return undefined;
  for (const length of [word.length, word.length - 1, word.length + 1]) {
    for (const keyword of KEYWORDS_BY_LENGTH.get(length) ?? []) {
      if (isOneEditApart(word, keyword)) return keyword;
    }
  }
  return undefined;
}
