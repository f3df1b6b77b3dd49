import { buildVariantCard } from '../../cards/variantCard';
import { sampleCampaign, sampleReview, sampleVariant } from '../support/fixtures';

type Json = Record<string, unknown>;
const texts = (node: unknown): string[] => {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') {
    const object = node as Json;
    return [
      ...(typeof object.text === 'string' ? [object.text] : []),
      ...(typeof object.value === 'string' ? [object.value] : []),
      ...Object.values(object).flatMap(texts),
    ];
  }
  return [];
};

describe('buildVariantCard', () => {
  const base = { campaign: sampleCampaign(), position: 1, total: 3, refreshUserIds: ['approver-1'] };

  it('renders segment, copy, citations, safety and Universal Action buttons', () => {
    const rendered = buildVariantCard({ ...base, review: sampleReview() });
    expect(rendered).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const all = texts(rendered.body).join('\n');
    expect(all).toContain('Variant 1 of 3');
    expect(all).toContain('Inactive 90+ days');
    expect(all).toContain('1,234 customers');
    expect(all).toContain('Subject: We miss you, {{firstName}}');
    expect(all).toContain('[1] Spring Sale: 20% off (offer-spring-sale)');
    expect(all).toContain('Safety: No issues found');
    expect(all).not.toContain('✅');
    expect(all).toContain('Screened offline (rules and classifier): no issues found');
    expect(all).toContain('The approver is the last line.');
    expect(all).toContain('0/7');
    const [approve, reject] = rendered.actions ?? [];
    expect(approve).toMatchObject({
      type: 'Action.Execute',
      verb: 'approveVariant',
      data: { campaignId: 'winback-spring-sale-ab12', variantId: 'v1' },
    });
    expect(reject).toMatchObject({ type: 'Action.ShowCard', title: 'Reject' });
    expect(JSON.stringify(reject)).toContain('"verb":"rejectVariant"');
    expect(rendered.actions?.map((action) => action.title)).toEqual(['Approve', 'Reject', 'Edit']);
    expect(JSON.stringify(rendered.actions?.[2])).toContain('"verb":"editVariant"');
    expect(rendered.refresh).toMatchObject({ action: { verb: 'refreshVariant' }, userIds: ['approver-1'] });
  });

  it('shows who approved and when, without buttons, once approved', () => {
    const rendered = buildVariantCard({
      ...base,
      review: sampleReview({
        status: 'approved',
        approvals: [{ by: { id: 'a1', name: 'Avery Approver' }, at: '2026-11-25T11:30:00.000Z' }],
      }),
    });
    expect(texts(rendered.body).join('\n')).toContain('Approved by Avery Approver on 2026-11-25 11:30 UTC');
    expect(rendered.actions?.map((action) => action.title)).toEqual(['Edit']);
  });

  it('shows the rejection reason', () => {
    const rendered = buildVariantCard({
      ...base,
      review: sampleReview({
        status: 'rejected',
        rejection: {
          by: { id: 'a1', name: 'Avery' },
          at: '2026-11-25T11:30:00.000Z',
          reason: 'tone',
          comment: 'too pushy',
        },
      }),
    });
    expect(texts(rendered.body).join('\n')).toContain(
      'Rejected by Avery on 2026-11-25 11:30 UTC (Tone: too pushy)',
    );
  });

  it('offers no approval for a blocked variant and names the failed claim', () => {
    const rendered = buildVariantCard({
      ...base,
      review: sampleReview({
        variant: sampleVariant({
          safety: {
            verdict: 'block',
            categories: { hate: 0, violence: 0, selfHarm: 0, sexual: 0 },
            reasons: ['ungrounded'],
            findings: [{ reason: 'ungrounded', detail: '"50% off" is not in the cited content' }],
            screener: 'local-screener@1',
          },
        }),
      }),
    });
    const all = texts(rendered.body).join('\n');
    expect(all).toContain('Safety: ⛔ Blocked');
    expect(all).toContain('ungrounded: "50% off" is not in the cited content');
    expect(rendered.actions?.map((action) => action.title)).toEqual(['Edit']);
  });

  it('keeps template syntax in user copy literal (no expression injection)', () => {
    const rendered = buildVariantCard({
      ...base,
      review: sampleReview({ variant: sampleVariant({ body: '${campaignId} {{firstName}} $when' }) }),
    });
    expect(texts(rendered.body)).toContain('${campaignId} {{firstName}} $when');
  });

  it('names each screen that ran and what it said, with the model and prompt of the judge', () => {
    const rendered = buildVariantCard({
      ...base,
      review: sampleReview({
        variant: sampleVariant({
          safety: {
            verdict: 'review',
            categories: { hate: 0, violence: 4, selfHarm: 0, sexual: 0 },
            reasons: ['violence'],
            findings: [
              { reason: 'violence', detail: 'model judge (severity 4) Veiled threat.: "late-night visit"' },
            ],
            screener: 'local-screener@2+safety-judge',
            screens: [
              { screener: 'local-screener@2', verdict: 'pass' },
              {
                screener: 'safety-judge',
                verdict: 'review',
                model: 'openai:gpt-4o-mini',
                prompt: 'safety-judge@1',
              },
              { screener: 'policy', verdict: 'pass' },
            ],
          },
        }),
      }),
    });
    const all = texts(rendered.body).join('\n');
    expect(all).toContain('Safety: ⚠️ Needs human review');
    expect(all).toContain('Offline rules and classifier: no issues found');
    expect(all).toContain('Model judge (openai:gpt-4o-mini, safety-judge@1): needs human review');
    expect(all).toContain('Brand policy and cited sources: no issues found');
    expect(all).toContain('Automated screens can miss harm; the approver is the last line.');
    expect(all).not.toContain('Screened offline');
    expect(all).toContain('violence: model judge (severity 4) Veiled threat.: "late-night visit"');
  });

  it('says when the model judge could not judge', () => {
    const rendered = buildVariantCard({
      ...base,
      review: sampleReview({
        variant: sampleVariant({
          safety: {
            verdict: 'review',
            categories: { hate: 0, violence: 0, selfHarm: 0, sexual: 0 },
            reasons: ['hate', 'violence', 'selfHarm', 'sexual'],
            findings: [],
            screener: 'local-screener@2+safety-judge',
            screens: [
              { screener: 'local-screener@2', verdict: 'pass' },
              { screener: 'safety-judge', verdict: 'review', failed: true, model: 'openai:gpt-4o-mini' },
              { screener: 'policy', verdict: 'pass' },
            ],
          },
        }),
      }),
    });
    expect(texts(rendered.body).join('\n')).toContain(
      'Model judge (openai:gpt-4o-mini): could not judge, so it asks for human review',
    );
  });
});
