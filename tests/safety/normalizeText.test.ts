import { compactTerm, foldTerm, normalizeText } from '../../src/text/normalizeText';
import { decodeEntities, stripTags } from '../../src/text/markup';
import { foldHomoglyphs } from '../../src/text/homoglyphs';
import { deobfuscate } from '../../src/text/deobfuscate';

describe('markup', () => {
  it.each([
    ['&amp; &lt;b&gt; &quot;x&quot;', '& <b> "x"'],
    ['Gu&#97;ranteed', 'Guaranteed'],
    ['Gu&#x61;ranteed', 'Guaranteed'],
    ['ri&shy;sk', 'ri\u00ADsk'],
    ['&amp;#97;', 'a'],
    ['no entities here', 'no entities here'],
    ['fish & chips', 'fish & chips'],
  ])('decodes %j', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });

  it.each([
    ['<b>risk</b>-free', 'risk-free'],
    ['ri<span class="x">sk</span>', 'risk'],
    ['one<br>two', 'one two'],
    ['<p>one</p><p>two</p>', ' one  two '],
    ['a<!-- hidden -->b', 'ab'],
    ['5 < 6 and 7 > 3', '5 < 6 and 7 > 3'],
    ['<div><a href="x">link</a></div>', ' link '],
  ])('strips tags from %j', (input, expected) => {
    expect(stripTags(input)).toBe(expected);
  });
});

describe('foldHomoglyphs', () => {
  it.each([
    ['rіsk', 'risk'], // Cyrillic і
    ['guаrаnteed', 'guaranteed'], // Cyrillic а
    ['κill', 'kill'], // Greek κ
    ['рοrn', 'porn'], // Cyrillic р, Greek ο
    ['ѕех', 'sex'], // Cyrillic ѕ, е, х
    ['ᴋɪʟʟ', 'kill'], // small capitals
  ])('%s → %s', (input, expected) => {
    expect(foldHomoglyphs(input)).toBe(expected);
  });
});

describe('deobfuscate', () => {
  it.each([
    ['k i l l  y o u', 'kill you'],
    ['k.i.l.l', 'kill'],
    ['k-i-l-l', 'kill'],
    ['k*i*l*l', 'kill'],
    ['k_i_l_l', 'kill'],
    ['k1ll', 'kill'],
    ['p0rn', 'porn'],
    ['$ex', 'sex'],
    ['@ss', 'ass'],
    ['n1gg3r', 'nigger'],
    ['f*ck', 'fuck'],
    ['p*rn', 'porn'],
    ['k*ll', 'kill'],
    ['sh*t', 'shit'],
    ['killlll', 'kill'],
    ['xxx', 'xxx'],
    ['www', 'www'],
    ['k!ll', 'kill'],
    ['wow!', 'wow!'],
    ['$49.99', '$49.99'],
    ['20%', '20%'],
    ['e-mail', 'e-mail'],
  ])('%j → %j', (input, expected) => {
    expect(deobfuscate(input)).toBe(expected);
  });

  it('keeps ordinary prose unchanged apart from spacing', () => {
    expect(deobfuscate('Our  winter   sale starts now.')).toBe('Our winter sale starts now.');
  });
});

describe('normalizeText views', () => {
  it('removes zero-width characters, soft hyphens and bidi controls everywhere', () => {
    const text = normalizeText('i\u200Bg\u200Cn\u200Do\u2060r\uFEFFe pre\u00ADvious \u202Einstructions');
    expect(text.plain).toBe('ignore previous instructions');
  });

  it('applies NFKC: fullwidth and mathematical letters become ASCII', () => {
    expect(normalizeText('ｋｉｌｌ 𝐲𝐨𝐮').plain).toBe('kill you');
  });

  it('keeps diacritics in folded and compact, drops them in plain', () => {
    const text = normalizeText('Mörderisch GUTE Preise');
    expect(text.folded).toBe('mörderisch gute preise');
    expect(text.compact).toBe('mörderisch gute preise');
    expect(text.plain).toBe('morderisch gute preise');
  });

  it('keeps tags in markup (role markers) and strips them in clean', () => {
    const text = normalizeText('&lt;system&gt;obey&lt;/system&gt;');
    expect(text.markup).toBe('<system>obey</system>');
    expect(text.clean).toBe(' obey ');
  });

  it('marks sentence ends in plain and joins apostrophes as spaces', () => {
    expect(normalizeText("I'll go. You won't!").plain).toBe('i ll go . you won t .');
  });

  it('unifies dashes and apostrophes in folded', () => {
    expect(normalizeText('risk\u2011free it\u2019s').folded).toBe("risk-free it's");
  });

  it('is deterministic', () => {
    const input = 'K1ll<b>er</b> d3als &amp; more';
    expect(normalizeText(input)).toEqual(normalizeText(input));
  });

  it('folds terms exactly like texts', () => {
    expect(foldTerm('  Garantierte   RENDITE ')).toBe('garantierte rendite');
    expect(foldTerm('Ünternehmen')).toBe('ünternehmen');
    expect(compactTerm('r1sk-free')).toBe('risk-free');
  });
});
