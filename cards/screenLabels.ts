import type { SafetyResult, ScreenVerdict, Verdict } from '../src/domain/variant';
import { AZURE_SCREENER_ID, POLICY_SCREEN_ID, SAFETY_JUDGE_ID } from '../src/domain/screenerIds';

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

export const OFFLINE_SCREEN_LABEL = 'Screened offline (rules and classifier)';

const HEADLINES: Record<Verdict, string> = {
  pass: 'No issues found',
  review: '⚠️ Needs human review',
  block: '⛔ Blocked',
};

const SAID: Record<Verdict, string> = {
  pass: 'no issues found',
  review: 'needs human review',
  block: 'blocked',
};

function nameOf(screen: ScreenVerdict): string {
  if (screen.screener.startsWith('local-screener')) return 'Offline rules and classifier';
  if (screen.screener === AZURE_SCREENER_ID) return 'Azure AI Content Safety';
  if (screen.screener === POLICY_SCREEN_ID) return 'Brand policy and cited sources';
  if (screen.screener === SAFETY_JUDGE_ID) {
    const about = [screen.model, screen.prompt].filter((part) => part !== undefined).join(', ');
    return about === '' ? 'Model judge' : `Model judge (${about})`;
  }
  return screen.screener;
}

function lineOf(screen: ScreenVerdict): string {
  if (screen.failed === true) return `${nameOf(screen)}: could not judge, so it asks for human review`;
  return `${nameOf(screen)}: ${SAID[screen.verdict]}${screen.cached === true ? ' (judged earlier)' : ''}`;
}

/** Screens of a result; results stored before screens were recorded name their screener only. */
function screensOf(result: SafetyResult): ScreenVerdict[] {
  if (result.screens !== undefined) return result.screens;
  return result.screener.split('+').map((screener) => ({ screener, verdict: result.verdict }));
}

export function describeScreens(result: SafetyResult): ScreenLabels {
  const screens = screensOf(result);
  const offlineOnly = screens.every(
    (screen) => screen.screener.startsWith('local-screener') || screen.screener === POLICY_SCREEN_ID,
  );
  const caveat =
    result.verdict === 'block'
      ? ''
      : offlineOnly
        ? 'No model judged this copy: the offline screen misses harm said without the usual words. The approver is the last line.'
        : 'Automated screens can miss harm; the approver is the last line.';
  return {
    headline: HEADLINES[result.verdict],
    screens: offlineOnly ? [`${OFFLINE_SCREEN_LABEL}: ${SAID[result.verdict]}`] : screens.map(lineOf),
    offlineOnly,
    caveat,
  };
}
