import { isAppError } from '../../shared/errors';
import { translatorFor, type ReplyLanguage } from './messages';

/**
 * What a user is told about a failure, in the language of the turn: the error's own message when it is
 * written in that language; else (a message only English has, from deep in a module) a translated lead
 * with the error's code, then the English detail, so nothing is lost and nothing is guessed.
 */
export function errorText(error: unknown, language: ReplyLanguage): string {
  const t = translatorFor(language);
  if (!isAppError(error)) return t('errors.internal');
  if ((error.language ?? 'en') === language) return error.userMessage;
  return t('errors.withDetail', {
    reason: t(`errors.codes.${error.code}`),
    code: error.code,
    message: error.userMessage,
  });
}
