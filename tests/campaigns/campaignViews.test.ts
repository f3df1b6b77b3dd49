import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCampaignListCard } from '../../cards/campaignListCard';
import { buildReviewQueueCard } from '../../cards/reviewQueueCard';
import { CARD_VERBS } from '../../cards/adaptiveCard';
import { AuditLog } from '../../src/audit/auditLog';
import { ApprovalService } from '../../src/campaigns/approvalService';
import type { Campaign, Person, VariantReview } from '../../src/domain/campaign';
import { CampaignRepository, CAMPAIGNS_BY_STATE_TABLE } from '../../src/campaigns/campaignRepository';
import { campaignStateOf } from '../../src/campaigns/campaignState';
import { listCampaigns, reviewQueue, type CampaignViewDependencies } from '../../src/campaigns/campaignViews';
import type { ApprovalPolicy } from '../../src/governance/approvalPolicy';
import { PeopleDirectory } from '../../src/governance/peopleDirectory';
import { RoleDirectory } from '../../src/governance/roleDirectory';
import type { TableStore } from '../../src/ports/TableStore';
import { createTestTableStore } from '../support/azuriteStore';
import { sampleCampaign, sampleReview, sampleSegment, sampleVariant } from '../support/fixtures';

const MIA: Person = { id: 'aad-mia', name: 'Mia Marketer' };
const MEGAN: Person = { id: 'aad-megan', name: 'Megan Bowen' };
const ALEX: Person = { id: 'aad-alex', name: 'Alex Wilber' };
const NOW = new Date('2026-12-07T12:00:00.000Z');
const POLICY: ApprovalPolicy = { quorum: 1, markets: { EMEA: { approvers: ['aad-alex'] } } };

function rolesFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpo-views-'));
  const file = join(dir, 'roles.yaml');
  writeFileSync(
    file,
    'marketers: [aad-mia, aad-alex]\napprovers: [aad-megan, aad-alex]\nmanagers: [aad-manager]\n',
  );
  return file;
}

/** Every string a card shows and every button (title → verb + data), for assertions on the rendered JSON. */
function texts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') {
    const object = node as Record<string, unknown>;
    return [
      ...(typeof object.text === 'string' ? [object.text] : []),
      ...Object.values(object).flatMap(texts),
    ];
  }
  return [];
}

function actions(node: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(node)) return node.flatMap(actions);
  if (node && typeof node === 'object') {
    const object = node as Record<string, unknown>;
    return [...(object.type === 'Action.Execute' ? [object] : []), ...Object.values(object).flatMap(actions)];
  }
  return [];
}

function reviews(
  campaignId: string,
  count: number,
  status: VariantReview['status'] = 'pending',
): VariantReview[] {
  return Array.from({ length: count }, (_, index) =>
    sampleReview({ variant: sampleVariant({ id: `v${index + 1}`, campaignId }), status }),
  );
}

describe('campaign lifecycle views', () => {
  let store: TableStore;
  let campaigns: CampaignRepository;
  let deps: CampaignViewDependencies;
  let approvals: ApprovalService;

  async function draft(
    id: string,
    author: Person,
    hoursAgo: number,
    extra: Partial<Campaign> = {},
    variants = 2,
  ) {
    const campaign = sampleCampaign({
      id,
      author,
      createdAt: new Date(NOW.getTime() - hoursAgo * 3600 * 1000).toISOString(),
      ...extra,
    });
    await campaigns.create(campaign, reviews(id, variants));
    return campaign;
  }

  beforeAll(async () => {
    ({ store } = createTestTableStore());
    campaigns = new CampaignRepository(store);
    const people = new PeopleDirectory(store, () => NOW);
    const audit = new AuditLog(store, () => NOW);
    await Promise.all([campaigns.init(), people.init(), audit.init()]);
    const roles = new RoleDirectory(rolesFile());
    deps = { campaigns, roles, policy: POLICY, people, clock: () => NOW };
    approvals = new ApprovalService(campaigns, roles, audit, POLICY, () => NOW);
    // The author's Teams display name changed since drafting: the directory's name wins.
    await people.remember({ id: MIA.id, name: 'Mia Marketer-Lopez' });

    await draft('spring-a', MIA, 50);
    await draft('spring-b', MIA, 30, {}, 3);
    await draft('emea-c', MIA, 10, { segment: { ...sampleSegment, criteria: { region: 'EMEA' } } });
    await draft('alex-d', ALEX, 5);
    for (let index = 0; index < 6; index++) await draft(`bulk-${index}`, ALEX, 100 + index, {}, 1);
  });

  it('derives states from stored data and keeps the state index current on approve and launch', async () => {
    await approvals.approve('spring-a', 'v1', MEGAN);
    await approvals.approve('spring-a', 'v2', MEGAN);
    let running = await listCampaigns(deps, { user: MIA, filter: 'mine' });
    expect(running.items.find((item) => item.campaignId === 'spring-a')).toMatchObject({
      state: 'approved',
      detail: '2 approved: ready to launch',
      actions: [{ title: 'Launch', verb: CARD_VERBS.launch, data: { campaignId: 'spring-a' } }],
    });
    const campaign = await campaigns.getCampaign('spring-a');
    await campaigns.saveCampaign({ ...campaign, status: 'launched' });
    running = await listCampaigns(deps, { user: ALEX, filter: 'running' });
    expect(running.items.map((item) => item.campaignId)).toEqual(['spring-a']);
    expect(running.items[0]?.actions).toEqual([
      { title: 'Show results', verb: CARD_VERBS.results, data: { campaignId: 'spring-a' } },
    ]);
    // Exactly one state row per campaign.
    const inReview = await store.listPartition(CAMPAIGNS_BY_STATE_TABLE, 'in_review');
    expect(inReview.map((row) => row.entity.rowKey)).not.toContain('spring-a');
    await campaigns.recordDecision('spring-a', {
      action: 'ship',
      arm: 'v1',
      at: NOW.toISOString(),
      by: MIA.id,
    });
    expect((await campaigns.summariesInStates(['decided'])).map((summary) => summary.campaignId)).toEqual([
      'spring-a',
    ]);
    expect(campaignStateOf(sampleCampaign(), reviews('x', 2, 'rejected'))).toBe('drafted');
  });

  it('lists "mine" newest first with author names, ages and next actions, paged', async () => {
    const view = await listCampaigns(deps, { user: MIA, filter: 'mine' });
    expect(view.items.map((item) => [item.campaignId, item.stateLabel, item.age])).toEqual([
      ['emea-c', 'In review', '10 h ago'],
      ['spring-b', 'In review', '1 day ago'],
      ['spring-a', 'Decided', '2 days ago'],
    ]);
    expect(view.items[0]).toMatchObject({ authorName: 'Mia Marketer-Lopez', market: 'EMEA' });
    const card = buildCampaignListCard(view);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const all = texts(card.body).join('\n');
    expect(all).toContain('My campaigns');
    expect(all).toContain('Mia Marketer-Lopez · EMEA · 10 h ago · 2 variants · 0 of 2 approved, 2 waiting');
    expect(all).toContain('Page 1 of 1 · 3 campaigns');
    expect(actions(card.body).map((action) => [action.title, action.verb])).toEqual([
      ['Show variants', CARD_VERBS.openVariants],
      ['Show variants', CARD_VERBS.openVariants],
      ['Show results', CARD_VERBS.results],
    ]);
    expect(JSON.stringify(card)).not.toMatch(/undefined|NaN/);

    const all1 = await listCampaigns(deps, { user: MEGAN, filter: 'all', page: 1 });
    expect(all1).toMatchObject({ page: 1, pageCount: 2, total: 10 });
    expect(all1.items).toHaveLength(5);
    const page2 = buildCampaignListCard(await listCampaigns(deps, { user: MEGAN, page: 2 }));
    expect(actions(page2.body).filter((action) => action.verb === CARD_VERBS.listPage)).toEqual([
      {
        type: 'Action.Execute',
        title: '◀ Previous',
        verb: CARD_VERBS.listPage,
        data: { filter: 'all', page: 1 },
      },
    ]);
    await expect(listCampaigns(deps, { user: MEGAN, page: 0 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('shows what waits for a person: reviews they may do, own drafts to launch or revise', async () => {
    const megan = await listCampaigns(deps, { user: MEGAN, filter: 'waiting' });
    // Not EMEA (Alex only), not what Megan already approved.
    expect(megan.items.map((item) => item.campaignId)).toEqual([
      'alex-d',
      'spring-b',
      'bulk-0',
      'bulk-1',
      'bulk-2',
    ]);
    expect(megan.items[0]?.actions).toEqual([
      { title: 'Review variants', verb: CARD_VERBS.openVariants, data: { campaignId: 'alex-d' } },
    ]);
    const alex = await listCampaigns(deps, { user: ALEX, filter: 'waiting' });
    expect(alex.items.map((item) => item.campaignId)).toContain('emea-c');
    expect(alex.items.map((item) => item.campaignId)).not.toContain('alex-d');
  });

  it('renders the review queue as one compact card grouped by campaign, oldest first, never variant cards', async () => {
    const view = await reviewQueue(deps, { approver: MEGAN });
    expect(view).toMatchObject({ page: 1, pageCount: 2, total: 8 });
    expect(view.groups.map((group) => group.campaignId)).toEqual([
      'bulk-5',
      'bulk-4',
      'bulk-3',
      'bulk-2',
      'bulk-1',
    ]);
    const card = buildReviewQueueCard(view);
    const all = texts(card.body).join('\n');
    expect(all).toContain('Waiting for your review');
    expect(all).toContain('8 campaigns in review · oldest first');
    expect(all).toContain('By Alex Wilber · All markets · 4 days ago');
    expect(all).toContain('1 of 1 waiting');
    expect(all).not.toContain('We miss you');
    const buttons = actions(card.body);
    expect(buttons[0]).toEqual({
      type: 'Action.Execute',
      title: 'Open 1 variant',
      verb: CARD_VERBS.openVariants,
      data: { campaignId: 'bulk-5' },
    });
    expect(buttons.at(-1)).toMatchObject({ title: 'Next ▶', verb: CARD_VERBS.queuePage, data: { page: 2 } });
    const last = await reviewQueue(deps, { approver: MEGAN, page: 2 });
    expect(last.groups.map((group) => [group.campaignId, group.authorName, group.pending])).toEqual([
      ['bulk-0', 'Alex Wilber', 1],
      ['spring-b', 'Mia Marketer-Lopez', 3],
      ['alex-d', 'Alex Wilber', 2],
    ]);
    const outsider = buildReviewQueueCard(await reviewQueue(deps, { approver: MIA }));
    expect(texts(outsider.body).join('\n')).toMatch(/Only approvers have a review queue/);
  });
});
