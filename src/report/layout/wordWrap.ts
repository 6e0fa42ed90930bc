/**
 * Row heights for the report sheets' wrapped cells, by wrapping the words as
 * Excel does (greedily, whole words) rather than by dividing the length: in
 * the narrow columns of a tracker ("2,269 (Feb 2011)" in 10 characters) a
 * length estimate doubles the height, and the wasted space pushes rows onto
 * another printed page. Still errs tall: a clipped line is worse than a gap.
 */
import { MAX_ROW_HEIGHT, lineHeight } from "./textHeight";

/**
 * Characters of ordinary text that fit in a column `widthChars` wide: column
 * widths count "0" digits, and Calibri's average letter in running text is
 * about a quarter narrower with its spaces (measured on LibreOffice's renders of these
 * sheets); bold is wider, so it gets less allowance.
 */
export function lineCapacity(widthChars: number, bold = false): number {
  return Math.max(4, Math.floor(widthChars * (bold ? 1.1 : 1.25)) - 1);
}

/** Lines `text` takes wrapped in a column `widthChars` wide. */
export function wrapLines(text: string, widthChars: number, bold = false): number {
  const capacity = lineCapacity(widthChars, bold);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      // A word longer than a line is broken across lines.
      if (word.length > capacity) {
        count += used > 0 ? 1 : 0;
        count += Math.ceil(word.length / capacity) - 1;
        used = word.length % capacity || capacity;
        continue;
      }
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed > capacity) {
        count += 1;
        used = word.length;
      } else used = needed;
    }
    lines += count;
  }
  return lines;
}

/** Points for a row holding `text` wrapped in `widthChars`, at least `min`. */
export function wrapHeight(text: string, widthChars: number, o: { fontSize?: number; bold?: boolean; min?: number } = {}): number {
  const height = wrapLines(text, widthChars, o.bold) * lineHeight(o.fontSize ?? 11) + 4;
  return Math.min(MAX_ROW_HEIGHT, Math.max(o.min ?? 15, height));
}
