import type { RunningBot } from '../../src/app/startBot';
import { startTestBot } from '../support/botHarness';
import {
  APPROVER,
  MARKETER,
  cardsOf,
  clickAction,
  postActivity,
  say,
  textOf,
  type TestUser,
} from '../support/botClient';

const MANAGER: TestUser = {
  id: 'user-id-4',
  aadObjectId: '00000000-0000-0000-0000-0000000000024',
  name: 'Patti Fernandez',
};

describe('experiment flow in chat: launch, simulate, manager summary in a channel', () => {
  let bot: RunningBot;

  beforeAll(async () => {
    ({ bot } = await startTestBot());
  });
  afterAll(() => bot?.close());

  it('launches after approval, simulates, and answers a manager in a channel', async () => {
    const draft = await say(bot.port, MARKETER, 'draft 2 emails for lapsed customers about the spring sale');
    const summary = draft.activities.map((activity) => activity.text ?? '').join(' ');
    const campaignId = /campaign \*\*([a-z0-9-_]+)\*\*/.exec(summary)?.[1];
    if (!campaignId) throw new Error(`no campaign id in: ${summary}`);

    const early = await say(bot.port, MARKETER, `launch the experiment for campaign ${campaignId}`);
    expect(early.activities.map((activity) => activity.text).join(' ')).toMatch(/approv/i);

    for (const card of cardsOf(draft)) {
      const approve = ((card.actions as Array<Record<string, unknown>> | undefined) ?? []).find(
        (action) => action.verb === 'approveVariant',
      );
      if (approve) await clickAction(bot.port, APPROVER, { action: approve });
    }

    const launched = await say(bot.port, MARKETER, `launch the experiment for campaign ${campaignId}`);
    expect(cardsOf(launched).map(textOf).join('\n')).toMatch(/customers per arm/);

    const simulated = await say(
      bot.port,
      MARKETER,
      `simulate a week of results with 12% lift for ${campaignId}`,
    );
    expect(simulated.activities.map((activity) => activity.text ?? '').join(' ')).toMatch(/Simulated 7 days/);

    const channel = await postActivity(bot.port, {
      type: 'message',
      text: `<at>Campaign Assistant</at> how is the ${campaignId} test doing?`,
      entities: [
        {
          type: 'mention',
          text: '<at>Campaign Assistant</at>',
          mentioned: { id: 'bot', name: 'Campaign Assistant' },
        },
      ],
      from: { id: MANAGER.id, aadObjectId: MANAGER.aadObjectId, name: MANAGER.name },
      conversation: { id: 'channel-campaign-results', conversationType: 'channel', isGroup: true },
    });
    const card = cardsOf(channel).map(textOf).join('\n');
    expect(card).toContain(campaignId);
    expect(card).toMatch(/lift/i);
    expect(card).toMatch(/ship|keep running|stop/i);
  });
});
