import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { CARD_VERBS } from '../../cards/adaptiveCard';
import { ApprovalService } from '../../src/campaigns/approvalService';
import { handleCardAction, type CardActionDependencies } from '../../src/bot/cardActionHandler';
import { RoleDirectory } from '../../src/governance/roleDirectory';
import { createLogger } from '../../src/shared/logger';
import {
  createCampaign,
  createExperimentWorld,
  type ExperimentWorld,
} from '../experiments/support/experimentFixtures';

const MARKETER = { id: 'marketer-9', name: 'Mia Marketer' };
const APPROVER = { id: 'approver-9', name: 'Megan Bowen' };

function rolesFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cpo-lifecycle-')), 'roles.yaml');
  writeFileSync(file, 'marketers: [marketer-9]\napprovers: [approver-9]\n');
  return file;
}

interface Json {
  [key: string]: unknown;
}

/** Clicks a button: an `adaptiveCard/action` invoke from `from`, answered by the real handler. */
async function click(
  deps: CardActionDependencies,
  from: { id: string; name: string },
  verb: string,
  data: Record<string, unknown>,
): Promise<{ body: Json; sent: Array<Partial<Activity>> }> {
  const adapter = new TestAdapter();
  const sent: Array<Partial<Activity>> = [];
  const context = new TurnContext(adapter, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    channelId: 'msteams',
    from: { id: from.id, aadObjectId: from.id, name: from.name },
    conversation: { id: 'conv-queue', isGroup: false, conversationType: 'personal', name: 'queue' },
    recipient: { id: 'bot', name: 'bot' },
    value: { action: { type: 'Action.Execute', verb, data } },
  } as Partial<Activity> as Activity);
  context.onSendActivities(async (_context, activities, next) => {
    sent.push(...activities);
    return next();
  });
  const response = await handleCardAction(context, deps);
  return { body: response.body as Json, sent };
}

describe('campaign list and review queue buttons (card action verbs)', () => {
  let world: ExperimentWorld;
  let deps: CardActionDependencies;

  beforeAll(async () => {
    world = await createExperimentWorld();
    const roles = new RoleDirectory(rolesFile());
    const policy = { quorum: 1, markets: {} };
    const { services } = world;
    deps = {
      approvals: new ApprovalService(services.campaigns, roles, services.audit, policy),
      rescreen: async (variant) => variant,
      campaigns: services.campaigns,
      refreshUserIds: () => [APPROVER.id],
      updateInConversation: async () => undefined,
      logger: createLogger('silent'),
      people: services.people,
      lifecycle: {
        views: { campaigns: services.campaigns, roles, policy, people: services.people },
        experiments: services,
        refreshUserIds: () => [APPROVER.id],
      },
    };
    await createCampaign(services, {
      id: 'queue-a',
      campaign: { author: MARKETER },
      reviews: { 0: { status: 'pending', approvals: [] }, 1: { status: 'pending', approvals: [] } },
    });
    await createCampaign(services, { id: 'ready-b', campaign: { author: MARKETER } });
  });

  it('pages the queue in place and opens one campaign’s variant cards', async () => {
    const page = await click(deps, APPROVER, CARD_VERBS.queuePage, { page: 1 });
    expect(page.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(JSON.stringify(page.body.value)).toContain('queue-a');
    expect(page.sent).toHaveLength(0);
    // The clicker's display name is remembered for reports and lists.
    expect(await world.services.people.nameOf(APPROVER.id)).toBe('Megan Bowen');

    const open = await click(deps, APPROVER, CARD_VERBS.openVariants, { campaignId: 'queue-a' });
    expect(open.body).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'Here are the 2 variants of queue-a.',
    });
    expect(open.sent).toHaveLength(2);
    expect(JSON.stringify(open.sent[0]?.attachments)).toContain('Variant 1 of 2');
  });

  it('launches an approved campaign for a marketer only, then posts its results card', async () => {
    const refused = await click(deps, APPROVER, CARD_VERBS.launch, { campaignId: 'ready-b' });
    expect(refused.body).toMatchObject({
      statusCode: 403,
      value: { message: 'Only marketers can launch experiments.' },
    });
    const launched = await click(deps, MARKETER, CARD_VERBS.launch, { campaignId: 'ready-b' });
    expect(launched.body).toMatchObject({ value: 'Launched cpo-ready-b.' });
    expect(JSON.stringify(launched.sent[0]?.attachments)).toContain('Experiment launched · ready-b');
    const list = await click(deps, MARKETER, CARD_VERBS.listPage, { filter: 'running', page: 1 });
    expect(JSON.stringify(list.body.value)).toContain('ready-b');

    const results = await click(deps, MARKETER, CARD_VERBS.results, { campaignId: 'ready-b' });
    expect(results.body).toMatchObject({ value: 'Results of ready-b posted below.' });
    expect(JSON.stringify(results.sent[0]?.attachments)).toContain('Experiment results · ready-b');
    const notLaunched = await click(deps, MARKETER, CARD_VERBS.results, { campaignId: 'queue-a' });
    expect(notLaunched.body).toMatchObject({ statusCode: 409 });
  });

  it('rejects tampered payloads and answers 501 where the buttons are not wired', async () => {
    const bad = await click(deps, MARKETER, CARD_VERBS.listPage, { filter: 'everything', page: 1 });
    expect(bad.body).toEqual({ error: 'This card action is not valid.' });
    const { lifecycle: _unwired, ...withoutLifecycle } = deps;
    const unwired = await click(withoutLifecycle, MARKETER, CARD_VERBS.queuePage, { page: 1 });
    expect(unwired.body).toMatchObject({ statusCode: 501 });
  });
});
