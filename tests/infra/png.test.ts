import { crc32, encodePng, type RgbaImage } from '../../scripts/lib/encodePng';
import { ACCENT_COLOR, COLOR_ICON_SIZE, OUTLINE_ICON_SIZE } from '../../scripts/lib/appIconArt';
import { APP_ICONS } from '../../scripts/generateAppIcons';
import { decodeRgbaPng, pngChunks } from './support/decodePng';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/repoRoot';

/** Deterministic pseudo-random bytes (xorshift32), so round trips cover arbitrary pixel values. */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0 || 1;
  for (let index = 0; index < length; index += 1) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

function pixelAt(image: RgbaImage, x: number, y: number): [number, number, number, number] {
  const offset = (y * image.width + x) * 4;
  return [...image.pixels.subarray(offset, offset + 4)] as [number, number, number, number];
}

describe('crc32', () => {
  it.each([
    ['', 0x00000000],
    ['a', 0xe8b7be43],
    ['123456789', 0xcbf43926], // the standard check value of CRC-32/ISO-HDLC
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('crc32(%p) = %s', (text, expected) => {
    expect(crc32(Buffer.from(text, 'ascii'))).toBe(expected);
  });
});

describe('encodePng', () => {
  it.each([
    [1, 1],
    [2, 3],
    [7, 5],
    [32, 32],
    [192, 192],
    [300, 1],
  ])('round-trips a %ix%i image of arbitrary pixels', (width, height) => {
    const pixels = noise(width * height * 4, width * 31 + height);
    const decoded = decodeRgbaPng(encodePng({ width, height, pixels }));
    expect({ width: decoded.width, height: decoded.height }).toEqual({ width, height });
    expect(Buffer.from(decoded.pixels).equals(Buffer.from(pixels))).toBe(true);
  });

  it('writes IHDR, IDAT, IEND with valid CRCs and nothing else (no timestamps)', () => {
    const png = encodePng({ width: 4, height: 4, pixels: noise(64, 9) });
    const chunks = pngChunks(png);
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(chunks.every((chunk) => chunk.crcValid)).toBe(true);
    const header = decodeRgbaPng(png);
    expect([header.bitDepth, header.colorType, header.interlace]).toEqual([8, 6, 0]);
  });

  it('is deterministic', () => {
    const image = { width: 16, height: 16, pixels: noise(1024, 3) };
    expect(encodePng(image).equals(encodePng(image))).toBe(true);
  });

  it.each([
    ['zero width', 0, 1, 0],
    ['negative height', 1, -1, 4],
    ['fractional size', 1.5, 1, 4],
    ['too few bytes', 2, 2, 15],
    ['too many bytes', 2, 2, 17],
  ])('rejects %s', (_label, width, height, length) => {
    expect(() => encodePng({ width, height, pixels: new Uint8Array(length) })).toThrow(RangeError);
  });

  it('detects a corrupted chunk through its CRC', () => {
    const png = Buffer.from(encodePng({ width: 2, height: 2, pixels: noise(16, 5) }));
    png[20] = (png[20] as number) ^ 0xff; // inside IHDR's data
    expect(pngChunks(png).find((chunk) => chunk.type === 'IHDR')?.crcValid).toBe(false);
  });
});

describe('the Teams app icons', () => {
  const color = decodeRgbaPng(readFileSync(join(REPO_ROOT, 'appPackage', 'color.png')));
  const outline = decodeRgbaPng(readFileSync(join(REPO_ROOT, 'appPackage', 'outline.png')));

  it('are the committed output of scripts/generateAppIcons.ts', () => {
    for (const icon of APP_ICONS) {
      const committed = readFileSync(join(REPO_ROOT, icon.file));
      expect({ file: icon.file, upToDate: committed.equals(encodePng(icon.draw())) }).toEqual({
        file: icon.file,
        upToDate: true,
      });
    }
  });

  it('colour icon: 192x192, fully opaque, accent background at the corners', () => {
    expect([color.width, color.height]).toEqual([COLOR_ICON_SIZE, COLOR_ICON_SIZE]);
    const translucent = color.pixels.filter((value, index) => index % 4 === 3 && value !== 255);
    expect(translucent.length).toBe(0);
    const accent = [1, 3, 5].map((start) => parseInt(ACCENT_COLOR.slice(start, start + 2), 16));
    for (const [x, y] of [
      [0, 0],
      [191, 0],
      [0, 191],
      [191, 191],
    ] as const) {
      expect(pixelAt(color, x, y)).toEqual([...accent, 255]);
    }
  });

  it('colour icon: the symbol stays inside the central area Teams does not crop', () => {
    const accent = [1, 3, 5].map((start) => parseInt(ACCENT_COLOR.slice(start, start + 2), 16));
    const margin = 20;
    const offAccent: string[] = [];
    for (let y = 0; y < COLOR_ICON_SIZE; y += 1) {
      for (let x = 0; x < COLOR_ICON_SIZE; x += 1) {
        const inBorder =
          x < margin || y < margin || x >= COLOR_ICON_SIZE - margin || y >= COLOR_ICON_SIZE - margin;
        const [r, g, b] = pixelAt(color, x, y);
        if (inBorder && (r !== accent[0] || g !== accent[1] || b !== accent[2])) offAccent.push(`${x},${y}`);
      }
    }
    expect(offAccent).toEqual([]);
  });

  it('outline icon: 32x32, only white and transparency (Teams requirement)', () => {
    expect([outline.width, outline.height]).toEqual([OUTLINE_ICON_SIZE, OUTLINE_ICON_SIZE]);
    let transparent = 0;
    let opaque = 0;
    const notWhite: number[] = [];
    for (let index = 0; index < outline.pixels.length; index += 4) {
      const alpha = outline.pixels[index + 3] as number;
      if (alpha === 0) {
        transparent += 1;
        continue;
      }
      if (alpha === 255) opaque += 1;
      if ([0, 1, 2].some((channel) => outline.pixels[index + channel] !== 255)) notWhite.push(index / 4);
    }
    expect(notWhite).toEqual([]);
    expect(transparent).toBeGreaterThan(32 * 32 * 0.4);
    expect(opaque).toBeGreaterThan(50);
  });

  it('scripts/generateAppIcons.ts --check confirms them from the command line (exit 0, nothing written)', () => {
    const before = APP_ICONS.map((icon) => readFileSync(join(REPO_ROOT, icon.file)));
    const run = spawnSync(
      process.execPath,
      [require.resolve('tsx/cli'), join('scripts', 'generateAppIcons.ts'), '--check'],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    for (const icon of APP_ICONS) expect(run.stderr).toContain(`ok    ${icon.file}`);
    APP_ICONS.forEach((icon, index) =>
      expect(readFileSync(join(REPO_ROOT, icon.file)).equals(before[index] as Buffer)).toBe(true),
    );
  });
});
