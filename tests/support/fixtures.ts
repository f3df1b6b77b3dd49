import type { Campaign, VariantReview } from '../../src/domain/campaign';
import type { Segment } from '../../src/domain/segment';
import type { Variant } from '../../src/domain/variant';

export const sampleSegment: Segment = {
  id: 'seg-inactive-90',
  name: 'Inactive 90+ days',
  explanation: 'Customers whose last purchase was at least 90 days ago.',
  size: 1234,
  traits: ['avg 142 days since last order'],
  method: 'behavior',
  criteria: { inactiveDays: 90 },
  reachableChannels: ['email'],
};

export function sampleCampaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 'winback-spring-sale-ab12',
    author: { id: 'marketer-1', name: 'Mia Marketer' },
    goal: 'win-back',
    topic: 'spring sale',
    channel: 'email',
    createdAt: '2026-11-25T10:00:00.000Z',
    segment: sampleSegment,
    conversationId: 'conv-1',
    status: 'draft',
    ...overrides,
  };
}

export function sampleVariant(overrides: Partial<Variant> = {}): Variant {
  return {
    id: 'v1',
    campaignId: 'winback-spring-sale-ab12',
    segmentId: sampleSegment.id,
    channel: 'email',
    subject: 'We miss you, {{firstName}}',
    body: 'Come back for 20% off in our Spring Sale.',
    citations: [{ id: 'offer-spring-sale', title: 'Spring Sale: 20% off', excerpt: '20% off all outerwear' }],
    generator: 'template:winback-benefit@1',
    safety: {
      verdict: 'pass',
      categories: { hate: 0, violence: 0, selfHarm: 0, sexual: 0 },
      reasons: [],
      findings: [],
      screener: 'local-screener@1',
    },
    ...overrides,
  };
}

export function sampleReview(overrides: Partial<VariantReview> = {}): VariantReview {
  return { variant: sampleVariant(), status: 'pending', approvals: [], version: 1, ...overrides };
}
