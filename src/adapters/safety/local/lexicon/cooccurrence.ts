import type { SafetyCategory } from '../../../../domain/variant';

/**
 * A rule that fires when an anchor (a violent act, a demeaning word) occurs within a few words of a
 * target (a person, a group) in the same sentence. Word order varies across languages and phrasings;
 * proximity within a sentence generalizes where fixed phrases do not.
 */
export interface CooccurrenceRule {
  category: SafetyCategory;
  label: string;
  /** Global, whole-word pattern of the anchor. */
  anchor: RegExp;
  /** Whole-word pattern of the target, searched in the window around the anchor. */
  target: RegExp;
  /** Words of the window before / after the anchor searched for the target. */
  before: number;
  after: number;
  /** Severity when the sentence also shows intent (speaker, modal, imperative); `undefined` = never fires without. */
  withIntent: number;
  withoutIntent?: number;
  /** Sentence-level pattern of intent. */
  intent?: RegExp;
  /** Skips an anchor directly followed by one of these (non-human objects: "kill the competition"). */
  notFollowedBy?: RegExp;
}

export interface CooccurrenceHit {
  severity: number;
  match: string;
}

const NEGATION =
  /(?:^| )(?:never|not|(?:don|won|can|didn|doesn|isn|aren|wasn|weren|shouldn|wouldn|couldn|ain|mustn|haven|hasn) t|nt|dont|wont|cant|nie|nicht|niemals|kein|keine|nunca|jamas|jamais|pas|no)(?= |$)/;
/** English contractions with "not", as they appear in the `plain` view ("don t"). */
const ENGLISH_NOT =
  /(?<![a-z])(?:don|won|can|didn|doesn|isn|aren|wasn|weren|shouldn|wouldn|couldn|ain|mustn|haven|hasn) t(?![a-z])/g;
const RHETORICAL = /why (?:don t|dont|do not) (?:you|u)|why not/g;

function words(text: string): string[] {
  return text === '' ? [] : text.split(' ');
}

/** The best hit of one rule in a text's `plain` view (sentences are separated by " . "). */
export function matchCooccurrence(plain: string, rule: CooccurrenceRule): CooccurrenceHit | undefined {
  let best: CooccurrenceHit | undefined;
  for (const sentence of plain.split(' . ')) {
    rule.anchor.lastIndex = 0;
    for (const found of sentence.matchAll(rule.anchor)) {
      const beforeWords = words(sentence.slice(0, found.index).trim());
      const afterText = sentence.slice(found.index + found[0].length).trim();
      if (rule.notFollowedBy?.test(afterText)) continue;
      const near = beforeWords.slice(-3).join(' ');
      if (NEGATION.test(`${near} ${found[0]}`.replace(RHETORICAL, ' '))) continue;
      const window = [
        ...beforeWords.slice(-rule.before),
        found[0],
        ...words(afterText).slice(0, rule.after),
      ].join(' ');
      // The "t" of English "don't" is not the French object pronoun "t'".
      const targetWindow = window.replace(found[0], ' ').replace(ENGLISH_NOT, ' ');
      if (!rule.target.test(` ${targetWindow} `)) continue;
      const intended = rule.intent?.test(sentence) ?? false;
      const severity = intended ? rule.withIntent : rule.withoutIntent;
      if (severity === undefined) continue;
      if (best === undefined || severity > best.severity) best = { severity, match: window };
    }
  }
  return best;
}
