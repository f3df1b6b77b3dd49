import { defineTool } from '../../tools/defineTool';
import type { TurnScope } from '../turnScope';
import { consumedLater, turnStep } from './turnStep';

/** `retrieve_content`: approved content with citations, for a draft or on its own. */
export const retrieveContentStep = defineTool('retrieve_content', async (input, scope: TurnScope) => {
  const found = await turnStep(scope, 'retrieve_content', input, () => scope.services.agents.retrieve(input));
  scope.state.retrieved = {
    query: input.query,
    ...(input.channel === undefined ? {} : { channel: input.channel }),
    documents: found.documents,
  };
  if (!consumedLater(scope, 'generate_variants')) {
    scope.emit({ kind: 'content', query: input.query, citations: found.citations });
  }
});
