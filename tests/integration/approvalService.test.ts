import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditLog } from '../../src/audit/auditLog';
import { ApprovalService } from '../../src/campaigns/approvalService';
import { CampaignRepository } from '../../src/campaigns/campaignRepository';
import { loadApprovalPolicy } from '../../src/governance/approvalPolicy';
import { RoleDirectory } from '../../src/governance/roleDirectory';
import { createTestTableStore } from '../support/azuriteStore';
import { sampleCampaign, sampleReview, sampleSegment, sampleVariant } from '../support/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'cpo-approval-'));
const rolesFile = join(dir, 'roles.yaml');
const policyFile = join(dir, 'policy.yaml');
writeFileSync(rolesFile, 'marketers: [m1]\napprovers: [a1, a2, a3, eu1]\nmanagers: []\n');
writeFileSync(
  policyFile,
  [
    'version: 1',
    'severity: { blockAbove: 4, reviewAtLeast: 3 }',
    'approval:',
    '  quorum: 1',
    '  markets:',
    '    EMEA: { quorum: 2 }',
    '    APAC: { approvers: [a3] }',
  ].join('\n'),
);

describe('ApprovalService on Azurite: quorum per market, restricted approvers, concurrency', () => {
  const { store } = createTestTableStore();
  const campaigns = new CampaignRepository(store);
  const audit = new AuditLog(store);
  const approvals = new ApprovalService(
    campaigns,
    new RoleDirectory(rolesFile),
    audit,
    loadApprovalPolicy(policyFile),
  );
  const person = (id: string) => ({ id, name: id.toUpperCase() });

  beforeAll(async () => {
    await Promise.all([campaigns.init(), audit.init()]);
    const author = person('m1');
    for (const [id, region] of [
      ['c-default', undefined],
      ['c-emea', 'EMEA'],
      ['c-apac', 'APAC'],
      ['c-race', 'EMEA'],
    ] as const) {
      const segment = { ...sampleSegment, criteria: region === undefined ? {} : { region } };
      await campaigns.create(sampleCampaign({ id, author, segment }), [
        sampleReview({ variant: sampleVariant({ id: 'v1', campaignId: id }) }),
      ]);
    }
  });

  it('one approval suffices by default', async () => {
    expect((await approvals.approve('c-default', 'v1', person('a1'))).review.status).toBe('approved');
  });

  it('regulated markets need the quorum: two distinct approvers', async () => {
    const first = await approvals.approve('c-emea', 'v1', person('a1'));
    expect(first.review.status).toBe('pending');
    expect(first.message).toMatch(/1 more approval needed/);
    const again = await approvals.approve('c-emea', 'v1', person('a1'));
    expect(again.changed).toBe(false);
    expect(again.review.status).toBe('pending');
    const second = await approvals.approve('c-emea', 'v1', person('a2'));
    expect(second.review.status).toBe('approved');
    expect(second.review.approvals.map((decision) => decision.by.id)).toEqual(['a1', 'a2']);
  });

  it('a market with an approver list refuses other approvers', async () => {
    await expect(approvals.approve('c-apac', 'v1', person('a1'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await approvals.approve('c-apac', 'v1', person('a3'))).review.status).toBe('approved');
  });

  it('concurrent approvals are each counted exactly once', async () => {
    const outcomes = await Promise.all(
      ['a1', 'a2', 'a3', 'eu1'].map((id) => approvals.approve('c-race', 'v1', person(id))),
    );
    expect(outcomes.every((outcome) => outcome.changed)).toBe(true);
    const stored = await campaigns.findReview('c-race', 'v1');
    expect(stored?.review.approvals.map((decision) => decision.by.id).sort()).toEqual([
      'a1',
      'a2',
      'a3',
      'eu1',
    ]);
    expect(stored?.review.status).toBe('approved');
    const approvalRecords = (await audit.records('c-race')).filter((record) => record.action === 'approval');
    expect(approvalRecords).toHaveLength(4);
  });

  it('editing approved copy withdraws approvals and re-screens', async () => {
    const outcome = await approvals.editVariant(
      'c-default',
      'v1',
      person('m1'),
      { body: 'New copy with 20% off.' },
      async (variant) => ({ ...variant, body: `${variant.body}` }),
    );
    expect(outcome.review).toMatchObject({ status: 'pending', approvals: [], version: 2 });
    expect(outcome.review.variant.body).toBe('New copy with 20% off.');
  });
});
