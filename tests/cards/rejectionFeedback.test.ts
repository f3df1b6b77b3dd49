import { feedbackSentence, tallyRejections } from '../../src/campaigns/rejectionFeedback';
import { sampleReview } from '../support/fixtures';

const rejected = (reason: 'tone' | 'unclear_offer' | 'legal_risk') =>
  sampleReview({
    status: 'rejected',
    rejection: { by: { id: 'a', name: 'A' }, at: '2026-11-25T00:00:00Z', reason, comment: '' },
  });

describe('rejection feedback', () => {
  it('counts reasons, most frequent first, and ignores other reviews', () => {
    const tally = tallyRejections([
      rejected('unclear_offer'),
      rejected('tone'),
      rejected('tone'),
      sampleReview(),
      sampleReview({ status: 'approved' }),
    ]);
    expect(tally.map((entry) => [entry.reason, entry.count])).toEqual([
      ['tone', 2],
      ['unclear_offer', 1],
    ]);
    expect(feedbackSentence(tally)).toBe(
      'Most rejections of your drafts so far: Tone (2), Unclear offer (1).',
    );
  });

  it('says nothing without rejections', () => {
    expect(feedbackSentence(tallyRejections([sampleReview()]))).toBeUndefined();
  });
});
