import { englishThemeTerms, expandQuery, foldText } from '../../src/content/multilingualQueryTerms';
import { processSearchTerm } from '../../src/adapters/search/local/searchTerms';

describe('multilingual theme terms', () => {
  it.each([
    ['Frühlingsverkauf', ['spring', 'sale discount']],
    ['FRÜHJAHRS-RABATT', ['spring', 'sale discount']],
    ['soldes de printemps', ['spring', 'sale discount']],
    ['rebajas de primavera', ['spring', 'sale discount']],
    ['promoção de primavera', ['spring', 'sale discount']],
    ['春のセール', ['spring', 'sale discount']],
    ['送料無料', ['free shipping', 'shipping']],
    ['livraison gratuite', ['free shipping', 'shipping']],
    ['Treuepunkte sammeln', ['loyalty rewards points']],
    ['vous nous manquez', ['win-back we miss you come back']],
    ['cumpleaños', ['birthday']],
    ['été', ['summer']],
  ])('%s → %j', (query, expected) => {
    expect(englishThemeTerms(query).sort()).toEqual([...expected].sort());
  });

  it('leaves English queries alone unless a theme word appears', () => {
    expect(expandQuery('waterproof hiking boots')).toBe('waterproof hiking boots');
    expect(expandQuery('spring sale')).toBe('spring sale spring');
    expect(englishThemeTerms('')).toEqual([]);
  });

  it('does not match short words inside other words', () => {
    expect(englishThemeTerms('complete the vipassana retreat')).toEqual([]);
    expect(englishThemeTerms('VIP customers')).toEqual(['vip summit early access']);
  });

  it('folds case, width and accents but keeps Japanese intact', () => {
    expect(foldText('ÉTÉ Frühling')).toBe('ete fruhling');
    expect(foldText('ＳＡＬＥ')).toBe('sale');
    expect(foldText('ブーツ')).toBe('ブーツ');
  });
});

describe('search term processing', () => {
  it.each([
    ['Offers', 'offer'],
    ['jackets', 'jacket'],
    ['accessories', 'accessory'],
    ['glasses', 'glass'],
    ['the', null],
    ['Your', null],
    ['“sale”', 'sale'],
    ['Ünïcödé', 'unicode'],
    ['bus', 'bus'],
    ['20%', '20'],
  ])('%s → %s', (term, expected) => {
    expect(processSearchTerm(term)).toBe(expected);
  });
});
