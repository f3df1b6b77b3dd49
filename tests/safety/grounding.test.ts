import { checkGrounding, type GroundingSource } from '../../src/agents/safety/grounding/checkGrounding';
import { extractClaims } from '../../src/agents/safety/grounding/extractClaims';
import { parseAmountCents } from '../../src/agents/safety/grounding/amounts';

const spring: GroundingSource = {
  id: 'offer-spring',
  title: 'Spring sale',
  body:
    'Save 20 percent on all jackets until 31/03/2026. Free standard shipping on orders over 49.99 USD. ' +
    '30-day returns. Our shell is waterproof and made from recycled nylon. Buy one get one free on socks.',
};

describe('extractClaims', () => {
  it('finds percentages, prices, dates, offers and product claims in reading order', () => {
    expect(
      extractClaims('Get 20% off until March 31, plus free shipping over $49.99 on waterproof jackets.'),
    ).toEqual([
      { text: '20%', kind: 'percentage' },
      { text: 'March 31', kind: 'date' },
      { text: 'free shipping', kind: 'offer' },
      { text: '$49.99', kind: 'price' },
      { text: 'waterproof', kind: 'product' },
    ]);
  });

  it('never treats placeholders as claims', () => {
    expect(extractClaims('Hi {{firstName}}, your {{discount}} awaits, {{ points }} points!')).toEqual([]);
  });

  it.each([
    ['20%', 'percentage'],
    ['20 %', 'percentage'],
    ['20 percent', 'percentage'],
    ['-30 %', 'percentage'],
    ['20 Prozent', 'percentage'],
    ['20 pour cent', 'percentage'],
    ['20 por ciento', 'percentage'],
    ['$49.99', 'price'],
    ['49.99 USD', 'price'],
    ['49,99 €', 'price'],
    ['€ 1.299,00', 'price'],
    ['£10', 'price'],
    ['2026-03-31', 'date'],
    ['31/03/2026', 'date'],
    ['31.03.2026', 'date'],
    ['31 March', 'date'],
    ['31 de marzo', 'date'],
    ['31. März 2026', 'date'],
    ['31 mars', 'date'],
    ['free delivery', 'offer'],
    ['envío gratis', 'offer'],
    ['kostenloser Versand', 'offer'],
    ['livraison gratuite', 'offer'],
    ['buy one get one', 'offer'],
    ['BOGO', 'offer'],
    ['2 for 1', 'offer'],
    ['30-day returns', 'offer'],
    ['organic cotton', 'product'],
    ['hypoallergenic', 'product'],
    ['made in Portugal', 'product'],
  ])('recognizes %j as a %s claim', (text, kind) => {
    expect(extractClaims(`Now: ${text}.`).map((claim) => claim.kind)).toContain(kind);
  });

  it('does not read 24/7, fractions, order numbers or plain numbers as claims', () => {
    expect(extractClaims('Support 24/7, 1/2 price on order 12345, 3 colours.')).toEqual([]);
  });
});

describe('parseAmountCents', () => {
  it.each([
    ['49.99', 4999],
    ['49,99', 4999],
    ['49', 4900],
    ['1,299.00', 129900],
    ['1.299,00', 129900],
    ['1 299,99', 129999],
    ['1,299', 129900],
    ['49.9', 4990],
  ])('%s → %d cents', (raw, cents) => {
    expect(parseAmountCents(raw)).toBe(cents);
  });
});

describe('checkGrounding', () => {
  it.each([
    'Save 20% on jackets until March 31!',
    'Save 20 % on jackets until 31 March 2026.',
    'Save 20 percent on jackets until 2026-03-31.',
    'Free shipping on orders over $49.99.',
    'Free delivery on orders over 49.99 dollars.',
    'Envío gratis y 20 % de descuento hasta el 31 de marzo.',
    'Kostenloser Versand und 20 % Rabatt bis 31.03.2026.',
    'Livraison gratuite et -20 % jusqu’au 31 mars.',
    'Returns within 30 days, no hassle.',
    'A waterproof shell made of recycled nylon.',
    'Hi {{firstName}}, buy one get one free on socks.',
    'Thanks for being with us.',
  ])('grounds %j in the cited offer', (copy) => {
    expect(checkGrounding(copy, [spring])).toEqual({ grounded: true, failures: [] });
  });

  it('reports a contradicted percentage with what the source says', () => {
    const result = checkGrounding('Save 30% on jackets!', [spring]);
    expect(result.grounded).toBe(false);
    expect(result.failures).toEqual([
      { claim: '30%', reason: 'contradicts the cited content, which says 20 percent' },
    ]);
  });

  it('reports a contradicted price and date', () => {
    const result = checkGrounding('Free shipping over $59.99 until April 30.', [spring]);
    expect(result.failures.map((failure) => failure.claim)).toEqual(['$59.99', 'April 30']);
    expect(result.failures.every((failure) => failure.reason.startsWith('contradicts'))).toBe(true);
  });

  it('reports an uncited offer or product claim', () => {
    const result = checkGrounding('Vegan leather, free returns.', [spring]);
    expect(result.failures).toEqual([
      { claim: 'vegan', reason: 'not found in the cited content' },
      { claim: 'free returns', reason: 'not found in the cited content' },
    ]);
  });

  it('fails every claim when nothing is cited', () => {
    const result = checkGrounding('20% off today.', []);
    expect(result).toEqual({
      grounded: false,
      failures: [{ claim: '20%', reason: 'no approved content is cited for this claim' }],
    });
  });

  it('accepts a date without year when the source gives one, and both readings of ambiguous dates', () => {
    const source: GroundingSource = { id: 'd', title: 'Dates', body: 'Valid until 04/05/2026.' };
    expect(checkGrounding('Valid until May 4.', [source]).grounded).toBe(true);
    expect(checkGrounding('Valid until April 5.', [source]).grounded).toBe(true);
    expect(checkGrounding('Valid until June 4.', [source]).grounded).toBe(false);
  });

  it('looks in every cited source, titles included', () => {
    const second: GroundingSource = { id: 'x', title: '15% loyalty bonus', body: 'For members.' };
    expect(checkGrounding('Members get 15% and 20% off.', [spring, second]).grounded).toBe(true);
  });
});
