import { TermMatcher, termPattern } from '../../src/agents/safety/policy/termMatcher';
import { normalizeText } from '../../src/text/normalizeText';

function matcher(blocklist: string[], competitors: string[] = [], bannedClaims: string[] = []): TermMatcher {
  return new TermMatcher({ blocklist, competitors, bannedClaims });
}

function found(terms: TermMatcher, text: string): string[] {
  return terms.find(normalizeText(text)).map((match) => match.term);
}

describe('TermMatcher', () => {
  const terms = matcher(
    ['risk-free', 'guaranteed returns', 'garantierte Rendite', 'Ünternehmen', 'sans risque', '#1', '100%'],
    ['Fabrikam'],
  );

  it.each([
    'Risk-free trial',
    'RISK FREE trial',
    'risk free',
    'riskfree',
    'risk–free (en dash)',
    'risk\u2011free (non-breaking hyphen)',
    'r\u0456sk-free (Cyrillic)',
    'ri\u200Bsk-free (zero width)',
    'ri&shy;sk-free',
    '<i>risk</i>-free',
    'r1sk-fr33',
    'r.i.s.k-free',
    'r i s k - f r e e',
    'ｒｉｓｋ－ｆｒｅｅ',
    'Get risk-free, today.',
  ])('finds "risk-free" in %j', (text) => {
    expect(found(terms, text)).toContain('risk-free');
  });

  it.each(['risk-freedom', 'brisk-free', 'riskfreely', 'risky free'])(
    'does not find "risk-free" inside %j',
    (text) => {
      expect(found(terms, text)).not.toContain('risk-free');
    },
  );

  it.each([
    ['Garantierte Rendite!', 'garantierte Rendite'],
    ['GARANTIERTE RENDITE', 'garantierte Rendite'],
    ['Das Ünternehmen', 'Ünternehmen'],
    ['ÜNTERNEHMEN', 'Ünternehmen'],
    ['placement sans risque', 'sans risque'],
    ['We are #1 in town', '#1'],
    ['100% organic', '100%'],
    ['Switch from FABRIKAM', 'Fabrikam'],
  ])('finds the non-ASCII or symbol term in %j', (text, term) => {
    expect(found(terms, text)).toContain(term);
  });

  it.each([
    ['Ünternehmensberatung', 'Ünternehmen'],
    ['XÜnternehmen', 'Ünternehmen'],
    ['Fabrikams', 'Fabrikam'],
    ['sans risques', 'sans risque'],
  ])('never matches inside a longer word: %j', (text, term) => {
    expect(found(terms, text)).not.toContain(term);
  });

  it('reports which list a term came from', () => {
    const lists = matcher(['a term'], ['Rival Co'], ['clinically proven']);
    const matches = lists.find(normalizeText('A term, Rival Co and clinically proven'));
    expect(matches).toEqual([
      { term: 'a term', list: 'blocklist' },
      { term: 'Rival Co', list: 'competitors' },
      { term: 'clinically proven', list: 'bannedClaims' },
    ]);
  });

  it('matches nothing with empty lists', () => {
    expect(found(matcher([]), 'anything at all')).toEqual([]);
  });

  it('escapes regular-expression characters in terms', () => {
    const special = matcher(['C++', 'a.b', '(x)']);
    expect(found(special, 'we love c++')).toEqual(['C++']);
    expect(found(special, 'aXb')).toEqual([]);
    expect(found(special, 'see (x)')).toEqual(['(x)']);
  });

  it('builds whole-word patterns only where the term starts or ends with a letter', () => {
    expect(termPattern('#1')?.source).toBe('#1(?![\\p{L}\\p{N}])');
    expect(termPattern('   ')).toBeUndefined();
  });
});
