import { findAudience } from './audience';
import { findCampaignId } from './campaignIds';
import { findCohorts } from './cohorts';
import { findDurations } from './durations';
import {
  AUDIENCE_NOUNS,
  CONTENT_NOUNS_STRONG,
  CONTENT_NOUNS_WEAK,
  DRAFT_NOUNS,
  DRAFT_STRONG,
  DRAFT_VERBS,
  DRAFT_VERBS_WEAK,
  EXPERIMENT_NOUNS,
  GREETINGS,
  LAUNCH_VERBS_STRONG,
  LAUNCH_VERBS_WEAK,
  MESSAGE_NOUNS,
  POWER_CUES,
  RESULT_CUES_STRONG,
  RESULT_CUES_WEAK,
  RETRIEVE_VERBS,
  SAFETY_CUES,
  SCREEN_VERBS,
  SEGMENT_NOUNS,
  SEGMENT_QUERY,
  SIMULATE_CUES,
  TEXT_REFERENCES,
} from './intentLexicons';
import type { Lexicon, LexiconMatch } from './lexicon';
import { isNegated } from './negation';
import { findVariantCount } from './variantCount';

/** Which cue words an utterance contains, negation respected ("don't draft" has no drafting cue). */
export interface Cues {
  /** Copy to write: emails, messages, variants, campaigns (not "campaign" when a test is named). */
  readonly messages: boolean;
  /** Messages other than "content", which is rather something to find. */
  readonly draftableMessages: boolean;
  /** "draft", "write", "create"… (not "the drafts" next to a screening verb). */
  readonly draftVerbs: boolean;
  /** Words that mean drafting by themselves: "draft", "entwirf", "rédige", "下書き". */
  readonly draftWords: boolean;
  /** "I need", "give me", "send". */
  readonly weakDraftVerbs: boolean;
  /** "3 emails", "drei Varianten". */
  readonly countedMessages: boolean;
  /** A launch verb that is not also a creation verb ("launch", "start", not "create"). */
  readonly launchAfterDraft: boolean;
  readonly segmentNouns: boolean;
  readonly cohorts: boolean;
  readonly audience: boolean;
  readonly segmentQuery: boolean;
  /** "customers who …", "Kunden, die …". */
  readonly peopleWho: boolean;
  /** A recency window or inactivity span of the audience ("haven't bought in 90 days"). */
  readonly recency: boolean;
  /** "more than 5 orders", "spent over $500". */
  readonly threshold: boolean;
  /** test, experiment, A/B (campaign words excluded). */
  readonly namesExperiment: boolean;
  /** Any experiment or campaign noun, or a campaign id. */
  readonly aboutExperiment: boolean;
  readonly simulate: boolean;
  readonly power: boolean;
  readonly launchStrong: boolean;
  readonly launchWeak: boolean;
  readonly resultsStrong: boolean;
  readonly resultsWeak: number;
  readonly screenVerbs: boolean;
  readonly safety: boolean;
  readonly textReference: boolean;
  readonly contentStrong: boolean;
  readonly contentWeak: boolean;
  readonly retrieveVerbs: boolean;
  /** The content noun comes before any people noun ("find offers for lapsed customers"). */
  readonly contentFirst: boolean;
  readonly greeting: boolean;
  /** "it", "es", "ça", "isso", "それ": refers to the conversation's campaign. */
  readonly pronoun: boolean;
  /** A word for an experiment arm: variant, version, email, SMS… */
  readonly variantWord: boolean;
}

/** Campaign words count as experiment nouns; the other experiment nouns name a test itself. */
const CAMPAIGN_WORD = /^(?:campaign|kampagne|campagne|campana|campanha|キャンペーン)/;
const CONTENT_WORD = /^(?:content|contenu|contenido|conteudo|inhalt|コンテンツ)/;
const PRONOUN = /(?<![a-z])(?:it|es|ca|eso|isso|ele|ela)(?![a-z])|それ|あれ/;
const VARIANT_WORD =
  /(?<![a-z])(?:variants?|versions?|arms?|variante|varianten|variantes|variacao|variacoes|variacion|variaciones|emails?|e-mails?|sms|push|subject lines?|messages?|newsletters?|correos?|mensajes?|mensagens?)(?![a-z])|バリエーション|パターン|メール/;
/** Verbs that create a test as well as copy; after drafting they do not mean "launch". */
const CREATE_VERB =
  /^(?:create|erstelle|erstellen|cree|creer|crea|crear|crie|criar|作成|作って|set up|setup)$/;
const PEOPLE_WHO =
  /(?:customers?|clients?|buyers?|users?|people|kunden|clientes?|compradores?|usuarios?)\s*,?\s*(?:who|that|which|die|qui|que|quienes)(?![a-z])/;

/** "the spring launch", "our product launch": an event the copy is about, not a request to launch. */
const LAUNCH_NOUN_BEFORE =
  /(?<![a-z])(?:the|our|a|an|this|that|upcoming|next|new|big|product|store|app|brand|season(?:al)?|spring|summer|fall|autumn|winter|holiday|collection|feature)\s+$/;
const isLaunchNoun = (text: string, match: LexiconMatch): boolean =>
  match.text.startsWith('launch') &&
  LAUNCH_NOUN_BEFORE.test(text.slice(Math.max(0, match.start - 40), match.start));

const overlaps = (a: LexiconMatch, b: LexiconMatch): boolean => a.start < b.end && b.start < a.end;

export function readCues(text: string): Cues {
  const affirmed = (lexicon: Lexicon): LexiconMatch[] =>
    lexicon.find(text).filter((match) => !isNegated(text, match.start, match.end));

  const experimentMatches = affirmed(EXPERIMENT_NOUNS);
  const namesExperiment = experimentMatches.some((match) => !CAMPAIGN_WORD.test(match.text));
  const messages = affirmed(MESSAGE_NOUNS).filter(
    (match) => !(namesExperiment && CAMPAIGN_WORD.test(match.text)),
  );
  const draftableMessages = messages.filter((match) => !CONTENT_WORD.test(match.text)).length > 0;

  // With a screening verb or a safety question ("are the drafts compliant?"), "the drafts" are
  // existing copy to check, not a request to write.
  const screenVerbs = affirmed(SCREEN_VERBS).length > 0;
  const safety = affirmed(SAFETY_CUES).length > 0;
  const draftNouns = screenVerbs || safety ? DRAFT_NOUNS.find(text) : [];
  const notADraftNoun = (match: LexiconMatch): boolean => !draftNouns.some((noun) => overlaps(match, noun));

  const cohortMentions = findCohorts(text);
  const people = findAudience(text);
  const weakLaunchVerbs = affirmed(LAUNCH_VERBS_WEAK);
  const launchStrong = affirmed(LAUNCH_VERBS_STRONG).some((match) => !isLaunchNoun(text, match));
  const firstContent = Math.min(
    CONTENT_NOUNS_STRONG.first(text)?.start ?? Infinity,
    CONTENT_NOUNS_WEAK.first(text)?.start ?? Infinity,
  );
  const firstPeople = Math.min(
    AUDIENCE_NOUNS.first(text)?.start ?? Infinity,
    SEGMENT_NOUNS.first(text)?.start ?? Infinity,
    cohortMentions[0]?.match.start ?? Infinity,
  );

  return {
    messages: messages.length > 0,
    draftableMessages,
    draftVerbs: affirmed(DRAFT_VERBS).filter(notADraftNoun).length > 0,
    draftWords: affirmed(DRAFT_STRONG).filter(notADraftNoun).length > 0,
    weakDraftVerbs: affirmed(DRAFT_VERBS_WEAK).length > 0,
    countedMessages: findVariantCount(text, findDurations(text)) !== undefined,
    launchAfterDraft: launchStrong || weakLaunchVerbs.some((match) => !CREATE_VERB.test(match.text)),
    segmentNouns: affirmed(SEGMENT_NOUNS).length > 0,
    cohorts: cohortMentions.some((mention) => !isNegated(text, mention.match.start, mention.match.end)),
    audience: AUDIENCE_NOUNS.has(text),
    segmentQuery: SEGMENT_QUERY.has(text),
    peopleWho: PEOPLE_WHO.test(text),
    recency: people.inactiveDays !== undefined || people.activeWithinDays !== undefined,
    threshold: people.minFrequency !== undefined || people.minMonetary !== undefined,
    namesExperiment,
    aboutExperiment: experimentMatches.length > 0 || findCampaignId(text) !== undefined,
    simulate: affirmed(SIMULATE_CUES).length > 0,
    power: affirmed(POWER_CUES).length > 0,
    launchStrong,
    launchWeak: weakLaunchVerbs.length > 0,
    resultsStrong: affirmed(RESULT_CUES_STRONG).length > 0,
    resultsWeak: affirmed(RESULT_CUES_WEAK).length,
    screenVerbs,
    safety,
    textReference: TEXT_REFERENCES.has(text) || draftNouns.length > 0,
    contentStrong: affirmed(CONTENT_NOUNS_STRONG).length > 0,
    contentWeak: affirmed(CONTENT_NOUNS_WEAK).length > 0,
    retrieveVerbs: RETRIEVE_VERBS.has(text),
    contentFirst: firstContent < firstPeople,
    greeting: GREETINGS.has(text),
    pronoun: PRONOUN.test(text),
    variantWord: VARIANT_WORD.test(text),
  };
}
