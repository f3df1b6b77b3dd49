import type { CampaignSummary } from '../../src/campaigns/campaignState';
import { StateIndexCache } from '../../src/campaigns/stateIndexCache';

const summary = (campaignId: string, state: CampaignSummary['state']): CampaignSummary => ({
  campaignId,
  state,
  authorId: 'author',
  authorName: 'Author',
  channel: 'email',
  topic: 'spring sale',
  createdAt: '2026-01-01T00:00:00Z',
  variants: 1,
  pending: 1,
  approved: 0,
  rejected: 0,
  blocked: 0,
  doneReviewers: [],
});

describe("StateIndexCache: state partitions as last read, exact for this process's writes", () => {
  it("serves a read until it is too old, with this process's writes applied", () => {
    let now = 0;
    const cache = new StateIndexCache(5_000, () => now);
    expect(cache.get('in_review')).toBeUndefined();
    cache.keep('in_review', [summary('c1', 'in_review')], cache.version('in_review'));
    // c2 drafted here; c1 moved to approved here.
    cache.written(summary('c2', 'in_review'), []);
    cache.written(summary('c1', 'approved'), ['in_review']);
    expect(cache.get('in_review')?.map((entry) => entry.campaignId)).toEqual(['c2']);
    // Nothing was read for "approved": the write alone does not make a partial copy.
    expect(cache.get('approved')).toBeUndefined();
    now = 5_000;
    expect(cache.get('in_review')).toBeUndefined();
  });

  it('drops a read that raced a write to the same state', () => {
    const cache = new StateIndexCache(5_000, () => 0);
    const version = cache.version('running');
    cache.written(summary('c3', 'running'), []);
    cache.keep('running', [], version);
    expect(cache.get('running')).toBeUndefined();
  });
});
