import { SAFETY_CATEGORIES, type CategorySeverities, type SafetyCategory } from '../../../domain/variant';
import { LiteralGate } from '../../../text/literalGate';
import type { NormalizedText } from '../../../text/normalizeText';
import { matchCooccurrence } from './lexicon/cooccurrence';
import { COOCCURRENCE_RULES } from './lexicon/cooccurrenceRules';
import type { HarmRule } from './lexicon/harmRule';
import { HATE_RULES } from './lexicon/hateRules';
import { IMPLICIT_HARM_RULES } from './lexicon/implicitHarmRules';
import { INSULT_RULES } from './lexicon/insultRules';
import { blankIdioms } from './lexicon/marketingIdioms';
import { ADDRESSED, NEWS_REPORT } from './lexicon/newsReport';
import { SELF_HARM_RULES } from './lexicon/selfHarmRules';
import { SELF_INJURY_RULES } from './lexicon/selfInjuryRules';
import {
  CODED_HATE_RULES,
  EXPLICIT_NARRATION_RULES,
  GRAPHIC_INJURY_RULES,
  TARGETED_VIOLENCE_RULES,
  VEILED_HARM_RULES,
} from './lexicon/veiledHarmRules';
import { SEXUAL_RULES } from './lexicon/sexualRules';
import { STRUCTURAL_RULES } from './lexicon/structuralRules';
import { SUPPORTIVE_CONTEXT } from './lexicon/supportiveContext';
import { VIOLENCE_RULES } from './lexicon/violenceRules';
import { ObscenityTerms } from './obscenityTerms';

export const HARM_RULES: readonly HarmRule[] = [
  ...VIOLENCE_RULES,
  ...HATE_RULES,
  ...INSULT_RULES,
  ...SELF_HARM_RULES,
  ...SELF_INJURY_RULES,
  ...VEILED_HARM_RULES,
  ...EXPLICIT_NARRATION_RULES,
  ...TARGETED_VIOLENCE_RULES,
  ...GRAPHIC_INJURY_RULES,
  ...CODED_HATE_RULES,
  ...SEXUAL_RULES,
  ...STRUCTURAL_RULES,
  ...IMPLICIT_HARM_RULES,
];

/** Only rules whose required words occur in a text are tested on it. */
const RULE_GATE = new LiteralGate(HARM_RULES, (rule) => rule.source);

const OBSCENITY = new ObscenityTerms();

/** Severity of a self-harm mention in a supportive text (helpline, prevention campaign). */
const SUPPORTIVE_MENTION_SEVERITY = 2;

/** "never", "not", "won't" (not the French elided "t'"), and their German, Spanish and French counterparts. */
const NEGATION =
  /(?:^| )(?:never|not|(?:don|won|can|didn|doesn|isn|aren|wasn|weren|shouldn|wouldn|couldn|ain|mustn|haven|hasn) t|nt|dont|wont|cant|nie|nicht|niemals|nunca|jamas|jamais|pas)(?= |$)/;

export interface HarmHit {
  category: SafetyCategory;
  severity: number;
  label: string;
  /** The matched words, from the normalized text. */
  match: string;
}

export interface HarmAssessment {
  categories: CategorySeverities;
  /** The strongest hit per category, for findings. */
  hits: HarmHit[];
}

/** "why don't you …" and "why not …" urge rather than negate. */
const RHETORICAL = /why (?:don t|dont|do not) (?:you|u)|why not/g;

function isNegated(view: string, index: number, match: string): boolean {
  const before = view
    .slice(Math.max(0, index - 24), index)
    .split(' ')
    .slice(-3)
    .join(' ');
  return NEGATION.test(`${before} ${match}`.replace(RHETORICAL, ' '));
}

function firstHit(rule: HarmRule, view: string): string | undefined {
  if (!rule.negatable) return rule.pattern.exec(view)?.[0];
  // Look past a negated occurrence: "we never hurt anyone, but I will hurt you" still counts.
  // exec on the shared global pattern: matchAll would clone the (large) pattern on every call.
  const pattern = rule.globalPattern;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(view); found !== null; found = pattern.exec(view)) {
    if (!isNegated(view, found.index, found[0])) return found[0];
    if (found[0] === '') pattern.lastIndex += 1;
  }
  return undefined;
}

function overlap(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

/**
 * Scores a text on the four harm categories with the local lexicons. Pure and deterministic:
 * the same text always gets the same severities.
 */
export function scoreHarms(text: NormalizedText): HarmAssessment {
  const plain = blankIdioms(text.plain);
  const compact = text.compact;
  const categories: CategorySeverities = { hate: 0, violence: 0, selfHarm: 0, sexual: 0 };
  const strongest = new Map<SafetyCategory, HarmHit>();
  let supportive: boolean | undefined;
  for (const rule of RULE_GATE.candidates(`${plain}\n${compact}`)) {
    if (rule.severity <= categories[rule.category]) continue;
    const match = firstHit(rule, rule.view === 'plain' ? plain : compact);
    if (match === undefined) continue;
    let severity = rule.severity;
    if (rule.mention) {
      supportive ??= SUPPORTIVE_CONTEXT.test(plain);
      if (supportive) severity = Math.min(severity, SUPPORTIVE_MENTION_SEVERITY);
    }
    if (severity <= categories[rule.category]) continue;
    categories[rule.category] = severity;
    strongest.set(rule.category, { category: rule.category, severity, label: rule.label, match });
  }
  for (const hit of OBSCENITY.find(plain)) {
    if (hit.severity <= categories[hit.category]) continue;
    categories[hit.category] = hit.severity;
    strongest.set(hit.category, {
      category: hit.category,
      severity: hit.severity,
      label: 'profanity or explicit term',
      match: hit.word,
    });
  }
  // Word-window rules cannot tell a threat from a report of one: skip violent windows in news copy.
  const reported = NEWS_REPORT.test(plain) && !ADDRESSED.test(plain);
  for (const rule of COOCCURRENCE_RULES) {
    if (reported && rule.category === 'violence') continue;
    const hit = matchCooccurrence(plain, rule);
    if (hit === undefined || hit.severity <= categories[rule.category]) continue;
    // "you should kill yourself" is self-harm encouragement, not a threat against the reader.
    const selfHarm = strongest.get('selfHarm');
    if (rule.category === 'violence' && selfHarm !== undefined && overlap(hit.match, selfHarm.match))
      continue;
    categories[rule.category] = hit.severity;
    strongest.set(rule.category, {
      category: rule.category,
      severity: hit.severity,
      label: rule.label,
      match: hit.match,
    });
  }
  const hits = SAFETY_CATEGORIES.flatMap((category) => {
    const hit = strongest.get(category);
    return hit === undefined ? [] : [hit];
  });
  return { categories, hits };
}
