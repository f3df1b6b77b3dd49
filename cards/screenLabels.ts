import type { SafetyResult, ScreenVerdict } from '../src/domain/variant';
import { AZURE_SCREENER_ID, POLICY_SCREEN_ID, SAFETY_JUDGE_ID } from '../src/domain/screenerIds';
import { translatorFor, type ReplyLanguage, type Translate } from '../src/text/messages/messages';

/** What a reader is told about the screens behind a verdict: which ran, what each said, and its limits. */
export interface ScreenLabels {
  /** The verdict in words: a pass says "no issues found", never a bare tick. */
  headline: string;
  /** One line per screen that ran, e.g. "Model judge (openai:gpt-4o-mini, safety-judge@1): needs human review". */
  screens: string[];
  /** Only the offline screens ran (local rules and classifier, brand policy). */
  offlineOnly: boolean;
  /** What the screens cannot promise; empty on a blocked text. */
  caveat: string;
}

export const OFFLINE_SCREEN_LABEL = translatorFor('en')('safety.offlineLabel');

function nameOf(screen: ScreenVerdict, t: Translate): string {
  if (screen.screener.startsWith('local-screener')) return t('safety.screens.local');
  if (screen.screener === AZURE_SCREENER_ID) return t('safety.screens.azure');
  if (screen.screener === POLICY_SCREEN_ID) return t('safety.screens.policy');
  if (screen.screener === SAFETY_JUDGE_ID) {
    const about = [screen.model, screen.prompt].filter((part) => part !== undefined).join(', ');
    return about === '' ? t('safety.screens.judge') : `${t('safety.screens.judge')} (${about})`;
  }
  return screen.screener;
}

function lineOf(screen: ScreenVerdict, t: Translate): string {
  if (screen.failed === true) return t('safety.couldNotJudge', { screen: nameOf(screen, t) });
  return `${nameOf(screen, t)}: ${t(`safety.said.${screen.verdict}`)}${screen.cached === true ? t('safety.judgedEarlier') : ''}`;
}

/** Screens of a result; results stored before screens were recorded name their screener only. */
function screensOf(result: SafetyResult): ScreenVerdict[] {
  if (result.screens !== undefined) return result.screens;
  return result.screener.split('+').map((screener) => ({ screener, verdict: result.verdict }));
}

/** The labels in the reader's language (English by default: variant cards are read by approvers). */
export function describeScreens(result: SafetyResult, language: ReplyLanguage = 'en'): ScreenLabels {
  const t = translatorFor(language);
  const screens = screensOf(result);
  const offlineOnly = screens.every(
    (screen) => screen.screener.startsWith('local-screener') || screen.screener === POLICY_SCREEN_ID,
  );
  const caveat =
    result.verdict === 'block' ? '' : offlineOnly ? t('safety.caveatOffline') : t('safety.caveatModel');
  return {
    headline: t(`safety.headlines.${result.verdict}`),
    screens: offlineOnly
      ? [`${t('safety.offlineLabel')}: ${t(`safety.said.${result.verdict}`)}`]
      : screens.map((screen) => lineOf(screen, t)),
    offlineOnly,
    caveat,
  };
}
