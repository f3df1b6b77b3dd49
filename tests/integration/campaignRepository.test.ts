import { tableRoundTrips } from '../../src/adapters/tables/tableRoundTrips';
import { CampaignRepository } from '../../src/campaigns/campaignRepository';
import { createTestTableStore } from '../support/azuriteStore';
import type { VariantReview } from '../../src/domain/campaign';
import { sampleCampaign, sampleReview, sampleVariant } from '../support/fixtures';

describe('CampaignRepository on Azurite: reviews by author', () => {
  const { store } = createTestTableStore();
  const campaigns = new CampaignRepository(store);

  beforeAll(async () => {
    await campaigns.init();
  });

  /** A campaign whose variants were all rejected for `reason` ("tone" unless given). */
  async function draft(id: string, authorId: string, variants: string[], reason = 'tone'): Promise<void> {
    const rejection = { by: { id: 'approver', name: 'Approver' }, at: '2026-01-01T00:00:00Z', comment: '' };
    await campaigns.create(
      sampleCampaign({ id, author: { id: authorId, name: authorId } }),
      variants.map((variant) =>
        sampleReview({
          variant: sampleVariant({ id: variant, campaignId: id }),
          status: 'rejected',
          rejection: { ...rejection, reason: reason as 'tone' },
        }),
      ),
    );
  }

  it("returns the rejected reviews of the author's campaigns and nobody else's", async () => {
    await draft('c-a1', 'author-a', ['v1', 'v2']);
    await draft('c-a2', 'author-a', ['v1'], 'unclear_offer');
    await draft('c-b1', 'author-b', ['v1', 'v2', 'v3']);
    // Campaigns without a rejection carry no feedback: their partitions are never read.
    await campaigns.create(sampleCampaign({ id: 'c-a3', author: { id: 'author-a', name: 'author-a' } }), [
      sampleReview({ variant: sampleVariant({ id: 'v1', campaignId: 'c-a3' }) }),
    ]);
    const reviews = await campaigns.reviewsByAuthor('author-a');
    expect(reviews.map((review) => `${review.variant.campaignId}/${review.variant.id}`).sort()).toEqual([
      'c-a1/v1',
      'c-a1/v2',
      'c-a2/v1',
    ]);
    expect(await campaigns.reviewsByAuthor('author-b')).toHaveLength(3);
    expect(await campaigns.reviewsByAuthor('nobody')).toEqual([]);
    expect(await campaigns.rejectionTallyByAuthor('author-a')).toEqual([
      { reason: 'tone', label: 'Tone', count: 2 },
      { reason: 'unclear_offer', label: 'Unclear offer', count: 1 },
    ]);
  });

  it('accepts author ids with characters a partition key may not hold', async () => {
    await draft('c-odd', '29:1a/b#c?d\\e', ['v1']);
    expect(await campaigns.reviewsByAuthor('29:1a/b#c?d\\e')).toHaveLength(1);
  });

  it("skips index rows whose campaign write failed, never showing someone else's campaign", async () => {
    await draft('c-dup', 'author-c', ['v1']);
    // The same id again: the index row is written, then the campaign transaction fails on the existing rows.
    await expect(draft('c-dup', 'author-d', ['v1'])).rejects.toThrow();
    expect(await campaigns.reviewsByAuthor('author-d')).toEqual([]);
    expect(await campaigns.reviewsByAuthor('author-c')).toHaveLength(1);
  });

  it('saves a revision and the campaign in one ETag-guarded batch', async () => {
    await draft('c-rev', 'author-e', ['v1']);
    const [stored] = await campaigns.listReviews('c-rev');
    if (!stored) throw new Error('missing review');
    const campaign = await campaigns.getCampaign('c-rev');
    const revised = { ...stored.review, status: 'pending' as const, version: 2 };
    await campaigns.saveRevision({ ...campaign, topic: 'revised' }, revised, stored.etag);
    expect((await campaigns.getCampaign('c-rev')).topic).toBe('revised');
    expect((await campaigns.listReviews('c-rev'))[0]?.review.version).toBe(2);
    // The same stale ETag again: refused, nothing written.
    await expect(
      campaigns.saveRevision({ ...campaign, topic: 'stale' }, { ...revised, version: 3 }, stored.etag),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await campaigns.getCampaign('c-rev')).topic).toBe('revised');
  });

  it('saves a review only on an unchanged campaign, and moves the campaign between state indexes', async () => {
    await campaigns.create(sampleCampaign({ id: 'c-snap', author: { id: 'author-f', name: 'F' } }), [
      sampleReview({ variant: sampleVariant({ id: 'v1', campaignId: 'c-snap' }) }),
      sampleReview({ variant: sampleVariant({ id: 'v2', campaignId: 'c-snap' }) }),
    ]);
    const approve = (review: VariantReview): VariantReview => ({
      ...review,
      status: 'approved',
      approvals: [{ by: { id: 'a1', name: 'A1' }, at: '2026-01-01T00:00:00Z' }],
    });
    const snapshot = await campaigns.readCampaign('c-snap');
    if (!snapshot) throw new Error('missing campaign');
    const [first, second] = snapshot.reviews.map((entry) => entry.review) as [VariantReview, VariantReview];
    await campaigns.saveReview(snapshot, approve(first));
    // The same snapshot is stale now, even for the other variant: the campaign changed since it was read.
    await expect(campaigns.saveReview(snapshot, approve(second))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const inReview = await campaigns.summariesInStates(['in_review', 'approved']);
    expect(inReview.filter((summary) => summary.campaignId === 'c-snap').map((s) => s.state)).toEqual([
      'in_review',
    ]);
    const fresh = await campaigns.readCampaign('c-snap');
    if (!fresh) throw new Error('missing campaign');
    const after = await campaigns.saveReview(fresh, approve(second));
    expect(after.map((entry) => entry.review.status)).toEqual(['approved', 'approved']);
    const moved = await campaigns.summariesInStates(['in_review', 'approved']);
    expect(moved.filter((summary) => summary.campaignId === 'c-snap').map((s) => s.state)).toEqual([
      'approved',
    ]);
  });

  it('keeps a rejection tally until this process writes a rejection of the author', async () => {
    const lists = () => tableRoundTrips().byOperation.list ?? 0;
    await campaigns.create(sampleCampaign({ id: 'c-tally', author: { id: 'author-g', name: 'G' } }), [
      sampleReview({ variant: sampleVariant({ id: 'v1', campaignId: 'c-tally' }) }),
    ]);
    expect(await campaigns.rejectionTallyByAuthor('author-g')).toEqual([]);
    const before = lists();
    expect(await campaigns.rejectionTallyByAuthor('author-g')).toEqual([]);
    expect(lists() - before).toBe(0);
    const snapshot = await campaigns.readCampaign('c-tally');
    const review = snapshot?.reviews[0]?.review;
    if (!snapshot || !review) throw new Error('missing campaign');
    const by = { id: 'approver', name: 'Approver' };
    await campaigns.saveReview(snapshot, {
      ...review,
      status: 'rejected',
      rejection: { by, at: '2026-01-01T00:00:00Z', reason: 'tone', comment: '' },
    });
    expect((await campaigns.rejectionTallyByAuthor('author-g')).length).toBeGreaterThan(0);
  });
});
