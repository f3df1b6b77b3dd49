import { inflateSync } from 'node:zlib';
import { crc32, type RgbaImage } from '../../../scripts/lib/encodePng';

export interface PngChunk {
  type: string;
  data: Buffer;
  crcValid: boolean;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function pngChunks(file: Buffer): PngChunk[] {
  if (!file.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG signature');
  const chunks: PngChunk[] = [];
  let offset = 8;
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const typeAndData = file.subarray(offset + 4, offset + 8 + length);
    const stored = file.readUInt32BE(offset + 8 + length);
    chunks.push({
      type: typeAndData.subarray(0, 4).toString('ascii'),
      data: typeAndData.subarray(4),
      crcValid: crc32(typeAndData) === stored,
    });
    offset += 12 + length;
  }
  return chunks;
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/** Decodes 8-bit RGBA, non-interlaced PNGs (all five filter types) so tests can inspect pixels. */
export function decodeRgbaPng(
  file: Buffer,
): RgbaImage & { bitDepth: number; colorType: number; interlace: number } {
  const chunks = pngChunks(file);
  const header = chunks[0];
  if (!header || header.type !== 'IHDR') throw new Error('IHDR must come first');
  const width = header.data.readUInt32BE(0);
  const height = header.data.readUInt32BE(4);
  const [bitDepth, colorType, , , interlace] = [...header.data.subarray(8, 13)] as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (bitDepth !== 8 || colorType !== 6 || interlace !== 0) {
    return { width, height, pixels: new Uint8Array(0), bitDepth, colorType, interlace };
  }
  const raw = inflateSync(
    Buffer.concat(chunks.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data)),
  );
  const stride = width * 4;
  const pixels = new Uint8Array(stride * height);
  for (let row = 0; row < height; row += 1) {
    const filter = raw[row * (stride + 1)] as number;
    for (let column = 0; column < stride; column += 1) {
      const value = raw[row * (stride + 1) + 1 + column] as number;
      const left = column >= 4 ? (pixels[row * stride + column - 4] as number) : 0;
      const up = row > 0 ? (pixels[(row - 1) * stride + column] as number) : 0;
      const upLeft = row > 0 && column >= 4 ? (pixels[(row - 1) * stride + column - 4] as number) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`unknown filter type ${filter}`);
      pixels[row * stride + column] = (value + predictor) & 0xff;
    }
  }
  return { width, height, pixels, bitDepth, colorType, interlace };
}
