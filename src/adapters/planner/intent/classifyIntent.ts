import { readCues, type Cues } from './cues';
import { GREETINGS, HELP_CUES, INJECTION_CUES } from './intentLexicons';
import type { NormalizedUtterance } from './normalizeUtterance';
import { isCleanInstruction, isNoise } from './noise';
import { findScreenPayload } from './screenPayload';

export type HelpReason = 'greeting' | 'out_of_scope' | 'unclear' | 'empty' | 'explicit';
export type ExperimentAction = 'launch' | 'simulate' | 'power';

/** What the user wants, decided from cue words; the arguments are extracted afterwards (buildSteps.ts). */
export type Intent =
  | { readonly kind: 'draft'; readonly thenLaunch: boolean }
  | { readonly kind: 'segment' }
  | { readonly kind: 'retrieve' }
  | { readonly kind: 'screen'; readonly text?: string }
  | { readonly kind: 'experiment'; readonly action: ExperimentAction }
  | { readonly kind: 'summarize' }
  | { readonly kind: 'help'; readonly reason: HelpReason };

export interface Classification {
  readonly intent: Intent;
  /** The folded text the arguments are read from (a pasted text to screen is blanked out). */
  readonly instruction: string;
}

function helpReasonOf(text: string): HelpReason {
  if (HELP_CUES.has(text)) return 'explicit';
  if (GREETINGS.has(text)) return 'greeting';
  const latinWords = text.match(/[a-z]{2,}/g) ?? [];
  const japanese = text.match(/[\u3040-\u30ff\u4e00-\u9fff]/gu) ?? [];
  const withVowels = latinWords.filter((word) => /[aeiouy]/.test(word)).length;
  const looksLikeLanguage =
    text.length <= 600 &&
    (japanese.length >= 3 || (latinWords.length >= 2 && withVowels >= latinWords.length * 0.8));
  return looksLikeLanguage ? 'out_of_scope' : 'unclear';
}

/** Drafting, and whether the user also asks to launch the test ("… and launch the A/B test"). */
function draftIntent(cues: Cues): Intent | undefined {
  // "create a segment of VIPs" builds a segment, not copy.
  if (cues.segmentNouns && !cues.draftableMessages) return undefined;
  const asked = cues.draftWords || (cues.draftVerbs && (cues.messages || cues.audience || cues.cohorts));
  return asked ? { kind: 'draft', thenLaunch: cues.launchAfterDraft && cues.namesExperiment } : undefined;
}

/** Simulations, power estimates, launches and results. */
function experimentIntent(cues: Cues, hasContextCampaign: boolean): Intent | undefined {
  if (cues.simulate) return { kind: 'experiment', action: 'simulate' };
  if (cues.power) return { kind: 'experiment', action: 'power' };
  // "launch" alone launches; next to content or people ("find content for the launch") it does not.
  const strongLaunch =
    cues.launchStrong &&
    (cues.aboutExperiment || cues.pronoun || (!cues.contentStrong && !cues.contentWeak && !cues.audience));
  if (strongLaunch) return { kind: 'experiment', action: 'launch' };
  if (cues.resultsStrong) return { kind: 'summarize' };
  if (cues.launchWeak && cues.aboutExperiment) return { kind: 'experiment', action: 'launch' };
  const refersToCampaign = cues.aboutExperiment || cues.variantWord || (hasContextCampaign && cues.pronoun);
  // "how is it going?" is a greeting, "how is spring-winback doing?" a results question.
  const standsAlone = cues.resultsWeak >= 2 && !cues.greeting && !cues.audience && !cues.cohorts;
  return cues.resultsWeak > 0 && (refersToCampaign || standsAlone) ? { kind: 'summarize' } : undefined;
}

/** Screening copy that already exists: "screen the drafts", "are these variants compliant?". */
function screenIntent(cues: Cues): Intent | undefined {
  const refersToCopy = cues.messages || cues.textReference;
  const asked =
    (cues.screenVerbs && cues.messages) || (cues.safety && refersToCopy && !cues.audience && !cues.cohorts);
  return asked ? { kind: 'screen' } : undefined;
}

/** Finding content versus finding people, by score. */
function contentOrPeopleIntent(cues: Cues): Intent | undefined {
  const retrieveScore =
    (cues.contentStrong ? 2 : 0) +
    (cues.contentWeak ? 1 : 0) +
    (cues.retrieveVerbs && (cues.contentStrong || cues.contentWeak) ? 1 : 0);
  const aboutPeople = cues.audience || cues.cohorts || cues.segmentQuery;
  const segmentScore =
    (cues.segmentNouns ? 2 : 0) +
    (cues.cohorts ? 2 : 0) +
    (cues.recency && aboutPeople ? 2 : 0) +
    (cues.threshold && (cues.audience || cues.segmentQuery) ? 2 : 0) +
    (cues.audience ? 1 : 0) +
    (cues.audience && cues.segmentQuery ? 1 : 0) +
    (cues.peopleWho ? 1 : 0);
  // "find offers for lapsed customers": the content comes first, the people only qualify it.
  if (retrieveScore >= 2 && (retrieveScore >= segmentScore || cues.contentFirst)) return { kind: 'retrieve' };
  if (segmentScore >= 2) return { kind: 'segment' };
  return retrieveScore >= 1 ? { kind: 'retrieve' } : undefined;
}

/**
 * Decides the intent, in priority order: a pasted text to screen, drafting, experiments and
 * results, screening existing copy, softer drafting requests, content versus segments, help.
 */
export function classifyIntent(utterance: NormalizedUtterance, hasContextCampaign = false): Classification {
  const text = utterance.folded;
  const decided = (intent: Intent, instruction = text): Classification => ({ intent, instruction });
  if (!/[\p{L}\p{N}]/u.test(text)) return decided({ kind: 'help', reason: 'empty' });

  const payload = findScreenPayload(utterance);
  const noise = isNoise(text);
  if (payload !== undefined && (!noise || isCleanInstruction(payload.instruction))) {
    return decided({ kind: 'screen', text: payload.text }, payload.instruction);
  }
  if (noise) return decided({ kind: 'help', reason: 'unclear' });
  if (INJECTION_CUES.has(text)) return decided({ kind: 'help', reason: 'out_of_scope' });

  const cues = readCues(text);
  const softDraft =
    !(cues.segmentNouns && !cues.draftableMessages) &&
    cues.draftableMessages &&
    // "I want to see approved content about the campaign" looks for content; "I need 3 emails" drafts.
    (cues.countedMessages || (cues.weakDraftVerbs && !cues.contentStrong));
  const intent =
    draftIntent(cues) ??
    experimentIntent(cues, hasContextCampaign) ??
    screenIntent(cues) ??
    (softDraft ? ({ kind: 'draft', thenLaunch: false } as const) : undefined) ??
    contentOrPeopleIntent(cues) ??
    ({ kind: 'help', reason: helpReasonOf(text) } as const);
  return decided(intent);
}
