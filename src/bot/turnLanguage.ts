import type { TurnContext } from 'botbuilder';
import { requestLanguageOf } from '../adapters/planner/intent/requestLanguage';
import { translatorFor, type Translate } from '../text/messages/messages';

/** Enough of a message to tell its language; the rest only costs time on the busy path. */
const SAMPLE_CHARS = 600;

/**
 * The messages of a turn refused before planning (busy, too many turns, too slow), in the language of the
 * user's text: the same detector the planners use.
 */
export function turnTranslator(context: TurnContext): Translate {
  const text = typeof context.activity.text === 'string' ? context.activity.text.slice(0, SAMPLE_CHARS) : '';
  return translatorFor(requestLanguageOf(text.replace(/<[^>]+>/g, ' ')));
}
