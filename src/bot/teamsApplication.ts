import { ActivityTypes, MemoryStorage, type TurnContext } from 'botbuilder';
import { Application, type TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import { buildHelpCard } from '../../cards/helpCard';
import type { Logger } from '../shared/logger';
import { handleCardAction, type CardActionDependencies } from './cardActionHandler';
import { handleMessage, type MessageDependencies } from './messageHandler';
import { cardActivity } from './replyRenderer';
import { turnTranslator } from './turnLanguage';

export type BotDependencies = MessageDependencies & CardActionDependencies & { logger: Logger };

const CARD_ACTION_INVOKE = 'adaptiveCard/action';

/**
 * teams-ai routing: messages → planner and agents; `adaptiveCard/action` → our own invoke route (so malformed
 * payloads get a 4xx instead of reaching teams-ai's handler, which assumes an object); members added → welcome.
 */
export function createTeamsApplication(adapter: TeamsAdapter, deps: BotDependencies): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter,
    storage: new MemoryStorage(),
    removeRecipientMention: true,
    startTypingTimer: false,
  });

  app.addRoute(
    async (context: TurnContext) =>
      context.activity.type === ActivityTypes.Invoke && context.activity.name === CARD_ACTION_INVOKE,
    async (context: TurnContext) => {
      const response = await handleCardAction(context, deps);
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: response });
    },
    true,
  );

  app.conversationUpdate('membersAdded', async (context: TurnContext) => {
    const botId = context.activity.recipient?.id;
    const humans = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
    if (humans.length > 0) await context.sendActivity(cardActivity(buildHelpCard({ reason: 'greeting' })));
  });

  app.activity(ActivityTypes.Message, async (context: TurnContext) => handleMessage(context, deps));

  app.error(async (context: TurnContext, error: Error) => {
    deps.logger.error({ err: error }, 'unhandled turn error');
    if (context.activity.type === ActivityTypes.Invoke) {
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 500, body: {} } });
      return;
    }
    const t = turnTranslator(context);
    await context.sendActivity(t('common.sorry', { message: t('errors.internal') }));
  });

  return app;
}
