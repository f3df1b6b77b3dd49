import { extractFeatures } from '../../../src/adapters/safety/local/classifier/textFeatures';
import { textWindows, WINDOW_CHARACTERS } from '../../../src/adapters/safety/local/classifier/textWindows';

const BITS = 18;

function norm(values: Float32Array): number {
  return Math.sqrt(values.reduce((sum, value) => sum + value * value, 0));
}

describe('classifier features', () => {
  it('gives the same sorted, unique indices for the same text', () => {
    const first = extractFeatures('i will find you', BITS);
    const second = extractFeatures('i will find you', BITS);
    expect(Array.from(first.indices)).toEqual(Array.from(second.indices));
    expect(new Set(first.indices).size).toBe(first.indices.length);
    expect(Array.from(first.indices)).toEqual([...first.indices].sort((a, b) => a - b));
    expect(Math.max(...first.indices)).toBeLessThan(2 ** BITS);
  });

  it('has unit length for sentences and no more than unit length for short texts', () => {
    const sentence = extractFeatures('we are going to make sure you regret every word you wrote', BITS);
    expect(norm(sentence.values)).toBeCloseTo(1, 5);
    expect(norm(extractFeatures('ok', BITS).values)).toBeLessThan(1);
  });

  it('is empty for empty text and sentence marks alone', () => {
    expect(extractFeatures('', BITS).indices).toHaveLength(0);
    expect(extractFeatures(' . ', BITS).indices).toHaveLength(0);
  });

  it('lets inflections share character n-grams', () => {
    const shared = (a: string, b: string): number => {
      const left = new Set(extractFeatures(a, BITS).indices);
      return Array.from(extractFeatures(b, BITS).indices).filter((index) => left.has(index)).length;
    };
    expect(shared('matarte', 'matar')).toBeGreaterThan(3);
    expect(shared('umgebracht', 'umbringen')).toBeGreaterThan(0);
    expect(shared('matarte', 'sunglasses')).toBe(0);
  });

  it('does not pair words across a sentence mark', () => {
    const joined = extractFeatures('kill you', BITS);
    const split = extractFeatures('kill . you', BITS);
    expect(split.indices.length).toBe(joined.indices.length - 1);
  });
});

describe('classifier windows', () => {
  it('keeps a short text as one window and drops blank text', () => {
    expect(textWindows('hello there . new boots')).toEqual(['hello there . new boots']);
    expect(textWindows('   ')).toEqual([]);
  });

  it('splits long texts into whole-sentence windows no longer than the limit', () => {
    const sentence = 'our new rain shell keeps you dry on every trail this autumn';
    const text = Array.from({ length: 40 }, () => sentence).join(' . ');
    const windows = textWindows(text);
    expect(windows.length).toBeGreaterThan(5);
    windows.forEach((window) => expect(window.length).toBeLessThanOrEqual(WINDOW_CHARACTERS));
    expect(windows.join(' . ')).toBe(text);
  });

  it('cuts a run-on sentence at word boundaries without losing words', () => {
    const text = Array.from({ length: 400 }, (_, index) => `word${index}`).join(' ');
    const windows = textWindows(text);
    windows.forEach((window) => expect(window.length).toBeLessThanOrEqual(WINDOW_CHARACTERS));
    expect(windows.join(' ')).toBe(text);
  });
});
