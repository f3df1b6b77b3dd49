import { translatorFor, type ReplyLanguage } from '../../text/messages/messages';
import { defineTool } from '../../tools/defineTool';
import type { TurnScope } from '../turnScope';
import { consumedLater, turnStep } from './turnStep';

/** Conditions the customer data cannot express are named, never dropped silently. */
export function notAppliedConditions(
  unsupported: readonly string[] | undefined,
  language: ReplyLanguage = 'en',
): string[] {
  const t = translatorFor(language);
  return (unsupported ?? []).map((condition) => t('notApplied.unsupported', { condition }));
}

/** `segment_customers`: the audience for a draft, or cohorts explained when asked on their own. */
export const segmentCustomersStep = defineTool('segment_customers', async (input, scope: TurnScope) => {
  const { unsupported, ...criteria } = input;
  const segments = await turnStep(scope, 'segment_customers', input, () =>
    scope.services.agents.segment(criteria),
  );
  const notApplied = notAppliedConditions(unsupported, scope.language);
  scope.state.audience = { args: input, segments, notApplied };
  if (!consumedLater(scope, 'generate_variants')) scope.emit({ kind: 'segments', segments, notApplied });
});
