import type { ChildProcess } from 'node:child_process';
import type { RunningBot } from '../../src/app/startBot';
import {
  azuriteConnectionString,
  freePort,
  startPrivateAzurite,
  stopChild as stop,
} from '../../scripts/lib/privateAzurite';
import { startTestBot, REPO_ROOT } from '../support/botHarness';
import { APPROVER, MARKETER, cardsOf, clickAction, say, textOf } from '../support/botClient';

const DRAFT =
  "draft a win-back email for customers who haven't bought in 90 days, promote the spring sale, 2 variants";

const startAzurite = (port: number): Promise<ChildProcess> => startPrivateAzurite(REPO_ROOT, port);

function variantRef(reply: Awaited<ReturnType<typeof say>>): { campaignId: string; variantId: string } {
  const action = cardsOf(reply)
    .flatMap((card) => (card.actions as Array<Record<string, unknown>> | undefined) ?? [])
    .find((candidate) => candidate.verb === 'approveVariant');
  if (!action) throw new Error('no approve action in the reply');
  return action.data as { campaignId: string; variantId: string };
}

/**
 * The table service stops and comes back empty (a failover, a wiped dev store): while it is down, /readyz says
 * so and turns answer "The table store is unavailable" without the long SDK retries; once it is back, the next
 * draft works without restarting the bot (vanished tables are recreated).
 */
describe('table service outage and recovery', () => {
  let port: number;
  let azurite: ChildProcess | undefined;
  let bot: RunningBot;

  beforeAll(async () => {
    port = await freePort();
    azurite = await startAzurite(port);
    ({ bot } = await startTestBot({ CPO_TABLES_CONNECTION_STRING: azuriteConnectionString(port) }));
  });
  afterAll(async () => {
    await bot?.close();
    await stop(azurite);
  });

  const ready = async () => {
    const response = await fetch(`http://127.0.0.1:${bot.port}/readyz`);
    return { status: response.status, body: (await response.json()) as { down: string[] } };
  };

  it('fails fast while the service is down and recovers when it is back, empty', async () => {
    const before = await say(bot.port, MARKETER, DRAFT, 'conv-outage');
    const ref = variantRef(before);
    expect(await ready()).toMatchObject({ status: 200 });

    await stop(azurite);
    expect(await ready()).toEqual({
      status: 503,
      body: expect.objectContaining({ down: ['tables'] }) as unknown,
    });

    const draft = await say(bot.port, MARKETER, DRAFT, 'conv-outage');
    expect(draft.status).toBe(200);
    expect(JSON.stringify(draft.activities)).toContain('The table store is unavailable');

    const approval = await clickAction(bot.port, APPROVER, {
      action: { type: 'Action.Execute', verb: 'approveVariant', data: ref },
    });
    expect(JSON.stringify(approval.invokeBody)).toContain('The table store is unavailable');

    azurite = await startAzurite(port);
    expect(await ready()).toMatchObject({ status: 200 });
    // The outage cooldown (2 s by default) ends before a restarted service is reachable.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const after = await say(bot.port, MARKETER, DRAFT, 'conv-outage');
    expect(cardsOf(after).map(textOf).join('\n')).toMatch(/Variant 1 of 2/);
  });
});
