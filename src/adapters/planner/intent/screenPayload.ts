import {
  GREETINGS,
  MESSAGE_NOUNS,
  RESULT_CUES_STRONG,
  SAFETY_CUES,
  SCREEN_VERBS,
  TEXT_REFERENCES,
} from './intentLexicons';
import type { LexiconMatch } from './lexicon';
import type { NormalizedUtterance } from './normalizeUtterance';
import { allMatches } from './regexScan';

/** The most text screen_content accepts in one call. */
export const MAX_SCREEN_TEXT = 20_000;

/**
 * A text the user wants screened ("is this copy safe: Buy now!", "check this text: …", 「…」は大丈夫？)
 * and the instruction around it. The payload is removed from `instruction` (blanked, so positions stay
 * valid) so that words inside the pasted copy ("draft", "launch") never steer the plan.
 */
export interface ScreenPayload {
  readonly text: string;
  readonly instruction: string;
}

/** Also a spaced dash: "is this okay — Act now!" (dashes fold to "-"). */
const SEPARATOR = /[:\n?]|\s-{1,2}\s/g;
const QUOTED =
  /"([^"\n]{2,})"|「([^」]{1,})」|『([^』]{1,})』|(?:^|(?<=[\s(:]))'([^'\n]{2,})'(?=$|[\s).,!?:;])/gu;
const SURROUNDING_QUOTES = /^[\s:：\-–—"'「『“”„«»‹›]+|[\s"'」』“”„«»‹›]+$/gu;

const blank = (text: string, start: number, end: number): string =>
  text.slice(0, start) + ' '.repeat(Math.max(0, end - start)) + text.slice(end);

const within = (matches: readonly LexiconMatch[], end: number): LexiconMatch[] =>
  matches.filter((match) => match.end <= end);

/** Is the end of `head` inside an open quotation ("check 'Sale - 50% off'" must not split at the dash)? */
function insideQuotes(head: string): boolean {
  const doubles = head.split('"').length - 1;
  const corners = (head.match(/[「『]/gu) ?? []).length - (head.match(/[」』]/gu) ?? []).length;
  return doubles % 2 === 1 || corners > 0 || /(?:^|[\s(:])'[^']*$/u.test(head);
}

function cleanPayload(text: string): string {
  return text.replace(SURROUNDING_QUOTES, '').trim().slice(0, MAX_SCREEN_TEXT);
}

/** Text after a separator that follows a screening request: "check this copy: …", "is this safe? …". */
function afterSeparator(utterance: NormalizedUtterance): ScreenPayload | undefined {
  const { folded } = utterance;
  const verbs = SCREEN_VERBS.find(folded);
  const safety = SAFETY_CUES.find(folded);
  if (verbs.length === 0 && safety.length === 0) return undefined;
  for (const match of allMatches(SEPARATOR, folded)) {
    const at = match.index;
    const head = folded.slice(0, at);
    if (insideQuotes(head)) continue;
    const words = head.trim().split(/\s+/).length;
    const verbsBefore = within(verbs, at);
    // "ok" and "ng" alone are too short to trust: "is it ok: …" yes, a stray "ok:" no.
    const safetyBefore = within(safety, at).filter(
      (match) => match.text.length > 2 || words > 1 || /[\u3040-\u30ff\u4e00-\u9fff]/u.test(head),
    );
    if (verbsBefore.length === 0 && safetyBefore.length === 0) continue;
    // "check the results for campaign: x" asks for results, not for a text to be screened.
    if (RESULT_CUES_STRONG.has(head)) continue;
    const refersToText = TEXT_REFERENCES.has(head) || MESSAGE_NOUNS.has(head) || safetyBefore.length > 0;
    // "check: …" is clear; "can you check how the test is doing? thanks" is not a text to screen.
    if (
      match[0] === '?' ? safetyBefore.length === 0 && !TEXT_REFERENCES.has(head) : !refersToText && words > 2
    ) {
      continue;
    }
    const text = cleanPayload(utterance.originalSlice(at + match[0].length, folded.length));
    if (text === '' || !/[\p{L}\p{N}]/u.test(text)) continue;
    // "are the drafts ok? please check", "check the drafts - thanks": a short follow-up, not copy to screen.
    const tail = folded.slice(at + match[0].length);
    if (
      tail.trim().split(/\s+/).length <= 3 &&
      (SCREEN_VERBS.has(tail) || (!/[:\n]/.test(match[0]) && GREETINGS.has(tail)))
    )
      continue;
    return { text, instruction: blank(folded, at, folded.length) };
  }
  return undefined;
}

/** A quoted text next to a screening cue outside the quotes: `is "Buy now, 90% off!" OK?`. */
function quoted(utterance: NormalizedUtterance): ScreenPayload | undefined {
  const { folded } = utterance;
  for (const match of allMatches(QUOTED, folded)) {
    const start = match.index;
    const end = start + match[0].length;
    const instruction = blank(folded, start, end);
    if (!SCREEN_VERBS.has(instruction) && !SAFETY_CUES.has(instruction)) continue;
    const text = cleanPayload(utterance.originalSlice(start, end));
    if (text !== '') return { text, instruction };
  }
  return undefined;
}

export function findScreenPayload(utterance: NormalizedUtterance): ScreenPayload | undefined {
  return afterSeparator(utterance) ?? quoted(utterance);
}
