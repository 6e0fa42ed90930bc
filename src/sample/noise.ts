/**
 * Deterministic wobble for the illustrative sample figures: the same code
 * always gets the same sequence, so `scorecard init` writes identical workbooks
 * every time (no Math.random).
 */

/** A 32-bit FNV-1a hash of a string, to seed a sequence per indicator. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a tiny seeded generator of uniform numbers in [0, 1). */
export function seededUniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `length` values of noise within -1..1: a slow drift that leans on the last
 * month (as real monthly figures do) plus a month's own scatter, so that
 * ordinary months differ by ordinary amounts and a jump check has a fair
 * picture of "normal" to compare against.
 */
export function wobble(seedText: string, length: number): number[] {
  const next = seededUniform(hashSeed(seedText));
  const out: number[] = [];
  let drift = 0;
  for (let i = 0; i < length; i++) {
    drift = 0.6 * drift + 0.4 * (2 * next() - 1);
    out.push(0.5 * drift + 0.5 * (2 * next() - 1));
  }
  return out;
}
