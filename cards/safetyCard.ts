import { card, type AdaptiveCard } from './adaptiveCard';
import type { SafetyResult } from '../src/domain/variant';
import { describeScreens } from './screenLabels';
import { translatorFor, type ReplyLanguage } from '../src/text/messages/messages';

/** The safety verdict for a free text the user asked to check, with the screens that ran and their limits. */
export function buildSafetyCard(
  text: string,
  result: SafetyResult,
  language: ReplyLanguage = 'en',
): AdaptiveCard {
  const t = translatorFor(language);
  const labels = describeScreens(result, language);
  return card([
    {
      type: 'TextBlock',
      text: t('safety.title', { headline: labels.headline }),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    {
      type: 'TextBlock',
      text: text.length > 400 ? `${text.slice(0, 400)}…` : text,
      wrap: true,
      isSubtle: true,
    },
    ...labels.screens.map((line) => ({
      type: 'TextBlock',
      text: line,
      wrap: true,
      size: 'Small',
      spacing: 'None',
    })),
    ...(labels.caveat === ''
      ? []
      : [
          {
            type: 'TextBlock',
            text: labels.caveat,
            wrap: true,
            size: 'Small',
            spacing: 'None',
            isSubtle: true,
          },
        ]),
    {
      type: 'FactSet',
      facts: [
        { title: t('safety.categories.hate'), value: `${result.categories.hate}/7` },
        { title: t('safety.categories.violence'), value: `${result.categories.violence}/7` },
        { title: t('safety.categories.selfHarm'), value: `${result.categories.selfHarm}/7` },
        { title: t('safety.categories.sexual'), value: `${result.categories.sexual}/7` },
      ],
    },
    ...result.findings.map((finding) => ({
      type: 'TextBlock',
      text: `• ${finding.reason}: ${finding.detail}`,
      wrap: true,
      size: 'Small',
      spacing: 'None',
    })),
  ]);
}
