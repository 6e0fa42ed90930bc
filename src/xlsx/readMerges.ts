/** The merged areas a worksheet part lists after its cells. */
import type { Rect } from "./rangeRect";
import { parseAttributes } from "./xmlText";

/** "AB12" → 28 (the column), 0 when it carries no letters. */
function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return column;
}

/** Every `<mergeCell ref>` in `xml` (elements named with prefix `p`); a whole-column or whole-row merge spans the sheet. */
export function readMerges(xml: string, p: string): Rect[] {
  const merges: Rect[] = [];
  const open = `<${p}mergeCell `;
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + open.length)) {
    const ref = parseAttributes(xml.slice(at + open.length, xml.indexOf(">", at))).ref;
    if (!ref) continue;
    const [a, b = a] = ref.split(":") as [string, string?];
    const r1 = Number(/\d+/.exec(a)?.[0]);
    const r2 = Number(/\d+/.exec(b)?.[0]);
    const c1 = columnOf(a.replace(/\$/g, ""));
    const c2 = columnOf(b.replace(/\$/g, ""));
    // A whole-column merge ("A:A") has no row numbers: it spans every row.
    merges.push({
      top: Number.isFinite(r1) && r1 > 0 ? Math.min(r1, r2 || r1) : 1,
      bottom: Number.isFinite(r2) && r2 > 0 ? Math.max(r1 || r2, r2) : 1_048_576,
      left: Math.min(c1 || 1, c2 || 16_384),
      right: Math.max(c1 || 1, c2 || 16_384),
    });
  }
  return merges;
}
