import { intentInput } from '../../src/adapters/planner/intent/intentInput';
import { orderForDecision } from '../../src/adapters/planner/intent/helpDecision';
import { withoutQuotedCopy } from '../../src/adapters/planner/intent/quotedCopy';

describe('what the intent model reads', () => {
  it.each([
    [
      'legal wants me to check this: "Our cream cures eczema in 3 days"',
      'legal wants me to check this . quotedcopy',
    ],
    ['prüf mal „Heilt Akne über Nacht" bitte', 'pruf mal quotedcopy bitte'],
    ["vérifie « guérit l'acné en une nuit » stp", 'verifie quotedcopy stp'],
    ['法務から確認：「当社のクリームは3日で治ります」', '法務から確認 . quotedcopy'],
  ])('replaces quoted copy by one marker: %s', (request, expected) => {
    expect(intentInput(request)).toBe(expected);
  });

  it('keeps short quotes, which name things rather than paste copy', () => {
    expect(intentInput('email about "free shipping" for VIPs')).toBe('email about free shipping for vips');
    expect(withoutQuotedCopy("don't launch it's not ready")).toBe("don't launch it's not ready");
  });

  it('reads id-shaped tokens as one marker, in any language', () => {
    expect(intentInput('quartz-bloom-5e is good to go, launch please')).toBe(
      'campaignid is good to go launch please',
    );
    expect(intentInput('quartz-bloom-5eで3%のリフト')).toMatch(/^campaignid /);
    expect(intentInput('an e-mail for well-being fans')).toBe('an e mail for well being fans');
  });
});

describe('the help decision', () => {
  const predictions = [
    { label: 'summarize' as const, probability: 0.35 },
    { label: 'out_of_scope' as const, probability: 0.3 },
    { label: 'greeting' as const, probability: 0.2 },
    { label: 'draft' as const, probability: 0.15 },
  ];

  it('answers with help when greeting, help and out of scope together reach the threshold', () => {
    expect(orderForDecision(predictions, 0.4)[0]?.label).toBe('out_of_scope');
  });

  it('takes the likeliest task below it, keeping every reading for the buttons', () => {
    const ordered = orderForDecision(predictions, 0.6);
    expect(ordered[0]?.label).toBe('summarize');
    expect(ordered).toHaveLength(4);
  });

  it('is the likeliest label without a threshold', () => {
    expect(orderForDecision(predictions, undefined)[0]?.label).toBe('summarize');
  });
});
