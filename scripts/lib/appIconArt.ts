import type { RgbaImage } from './encodePng';

/**
 * The Teams app icons, drawn from signed distance functions (negative inside a shape, in pixels) and
 * anti-aliased by supersampling. Motif: an outbound message (envelope) with an approval check.
 */

type Sdf = (x: number, y: number) => number;
type Rgb = readonly [number, number, number];

/** Manifest `accentColor`; the colour icon's background. */
export const ACCENT_COLOR = '#3B5BDB';
const ACCENT: Rgb = [0x3b, 0x5b, 0xdb];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const APPROVED_GREEN: Rgb = [0x2f, 0x9e, 0x44];

/** Teams sizes: the colour icon is 192x192, the outline icon 32x32 (white on transparent only). */
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;
const SUPERSAMPLING = 4;

const roundedBox =
  (cx: number, cy: number, halfWidth: number, halfHeight: number, radius: number): Sdf =>
  (x, y) => {
    const qx = Math.abs(x - cx) - halfWidth + radius;
    const qy = Math.abs(y - cy) - halfHeight + radius;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
  };

const circle =
  (cx: number, cy: number, radius: number): Sdf =>
  (x, y) =>
    Math.hypot(x - cx, y - cy) - radius;

/** A polyline stroked with round joins and caps. */
const stroke =
  (points: ReadonlyArray<readonly [number, number]>, halfWidth: number): Sdf =>
  (x, y) => {
    let nearest = Number.POSITIVE_INFINITY;
    for (let index = 1; index < points.length; index += 1) {
      const [ax, ay] = points[index - 1] as readonly [number, number];
      const [bx, by] = points[index] as readonly [number, number];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      nearest = Math.min(nearest, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
    }
    return nearest - halfWidth;
  };

const outlineOf =
  (shape: Sdf, halfWidth: number): Sdf =>
  (x, y) =>
    Math.abs(shape(x, y)) - halfWidth;

const intersection =
  (a: Sdf, b: Sdf): Sdf =>
  (x, y) =>
    Math.max(a(x, y), b(x, y));

const union =
  (a: Sdf, b: Sdf): Sdf =>
  (x, y) =>
    Math.min(a(x, y), b(x, y));

interface Layer {
  readonly color: Rgb;
  readonly shape: Sdf;
}

/** Half the pixel diagonal (0.707…) rounded up: farther from an edge, the pixel is wholly in or out. */
const EDGE_BAND = 0.75;

/** Fraction of the pixel's sub-samples inside the shape. */
function coverage(shape: Sdf, px: number, py: number): number {
  // Distance bounds from min/max compositions never overstate the distance, so this shortcut is exact.
  const centre = shape(px + 0.5, py + 0.5);
  if (centre > EDGE_BAND) return 0;
  if (centre < -EDGE_BAND) return 1;
  let inside = 0;
  for (let sy = 0; sy < SUPERSAMPLING; sy += 1) {
    for (let sx = 0; sx < SUPERSAMPLING; sx += 1) {
      const x = px + (sx + 0.5) / SUPERSAMPLING;
      const y = py + (sy + 0.5) / SUPERSAMPLING;
      if (shape(x, y) <= 0) inside += 1;
    }
  }
  return inside / (SUPERSAMPLING * SUPERSAMPLING);
}

/** Paints the layers in order with the "over" operator (premultiplied), starting from transparent. */
function render(size: number, layers: readonly Layer[]): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const layer of layers) {
        const c = coverage(layer.shape, px, py);
        if (c === 0) continue;
        r = layer.color[0] * c + r * (1 - c);
        g = layer.color[1] * c + g * (1 - c);
        b = layer.color[2] * c + b * (1 - c);
        a = c + a * (1 - c);
      }
      const offset = (py * size + px) * 4;
      // Stored straight (not premultiplied), as PNG requires.
      pixels[offset] = a === 0 ? 0 : Math.round(r / a);
      pixels[offset + 1] = a === 0 ? 0 : Math.round(g / a);
      pixels[offset + 2] = a === 0 ? 0 : Math.round(b / a);
      pixels[offset + 3] = Math.round(a * 255);
    }
  }
  return { width: size, height: size, pixels };
}

/** 192x192, full-bleed accent background; the symbol stays inside the central area Teams leaves unmasked. */
export function drawColorIcon(): RgbaImage {
  const size = COLOR_ICON_SIZE;
  const envelope = roundedBox(88, 92, 50, 35, 9);
  const flap = intersection(
    stroke(
      [
        [40, 62],
        [88, 100],
        [136, 62],
      ],
      5,
    ),
    envelope,
  );
  return render(size, [
    { color: ACCENT, shape: roundedBox(size / 2, size / 2, size / 2, size / 2, 0) },
    { color: WHITE, shape: envelope },
    { color: ACCENT, shape: flap },
    { color: WHITE, shape: circle(134, 128, 31) },
    { color: APPROVED_GREEN, shape: circle(134, 128, 26) },
    {
      color: WHITE,
      shape: stroke(
        [
          [122, 128],
          [131, 137],
          [147, 119],
        ],
        4.5,
      ),
    },
  ]);
}

/** 32x32, white strokes on transparent: the envelope alone reads better than the badge at this size. */
export function drawOutlineIcon(): RgbaImage {
  const envelope = roundedBox(16, 16.5, 12.5, 9, 2);
  const flap = intersection(
    stroke(
      [
        [4.5, 9],
        [16, 17.5],
        [27.5, 9],
      ],
      1,
    ),
    envelope,
  );
  return render(OUTLINE_ICON_SIZE, [{ color: WHITE, shape: union(outlineOf(envelope, 1), flap) }]);
}
