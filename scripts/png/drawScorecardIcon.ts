import type { RgbaImage } from "./encodePng";

/** A rectangle with rounded corners, in units of a 16-unit grid. */
interface RoundRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  r: number;
}

// Drawn on a 16-unit grid so that 16, 32, 64, 80 and 128 px all land bar edges on whole pixels.
const TILE: RoundRect = { x0: 0, y0: 0, x1: 16, y1: 16, r: 3 };
const BARS: RoundRect[] = [
  { x0: 3, y0: 9, x1: 5, y1: 13, r: 0.4 },
  { x0: 7, y0: 6, x1: 9, y1: 13, r: 0.4 },
  { x0: 11, y0: 3, x1: 13, y1: 13, r: 0.4 },
];
const TEAL_TOP = [0x1a, 0x7f, 0x86];
const TEAL_BOTTOM = [0x0b, 0x4f, 0x55];
const SAMPLES = 8; // per axis, for anti-aliased edges

function inside(p: RoundRect, x: number, y: number): boolean {
  if (x < p.x0 || x > p.x1 || y < p.y0 || y > p.y1) return false;
  // Distance from the nearest corner centre decides the rounded corners.
  const cx = Math.min(Math.max(x, p.x0 + p.r), p.x1 - p.r);
  const cy = Math.min(Math.max(y, p.y0 + p.r), p.y1 - p.r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= p.r ** 2;
}

/**
 * Draws the add-in's icon — a dark teal rounded square with a white
 * three-bar chart — at `size` × `size` pixels with transparent corners.
 */
export function drawScorecardIcon(size: number): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  const unit = 16 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied sums over the sub-samples.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) * unit;
          const y = (py + (sy + 0.5) / SAMPLES) * unit;
          if (!inside(TILE, x, y)) continue;
          a += 1;
          if (BARS.some((bar) => inside(bar, x, y))) {
            r += 255;
            g += 255;
            b += 255;
          } else {
            const t = y / 16;
            r += (TEAL_TOP[0] ?? 0) * (1 - t) + (TEAL_BOTTOM[0] ?? 0) * t;
            g += (TEAL_TOP[1] ?? 0) * (1 - t) + (TEAL_BOTTOM[1] ?? 0) * t;
            b += (TEAL_TOP[2] ?? 0) * (1 - t) + (TEAL_BOTTOM[2] ?? 0) * t;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        pixels[i] = Math.round(r / a);
        pixels[i + 1] = Math.round(g / a);
        pixels[i + 2] = Math.round(b / a);
        pixels[i + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
      }
    }
  }
  return { width: size, height: size, pixels };
}
