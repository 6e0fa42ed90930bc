/**
 * Flattens a plan's range styles into one style per cell. Later ranges add to
 * earlier ones (a fill then a bold on the same cell gives both), and a border
 * belongs to the range's outline — its top edge on the first row only, and so
 * on — as Office.js draws a range's edges, so both shells look the same.
 */
import type { CellStyle, RangeStyle } from "../report/plan/plan";
import { type Rect, rangeRect } from "./rangeRect";

type Border = NonNullable<CellStyle["border"]>;

/** One cell's combined style, 1-based. */
export interface StyledCell {
  row: number;
  column: number;
  style: CellStyle;
}

/** The edges of `border` a cell at (row, column) of `rect` carries, as bits: 1 top, 2 bottom, 4 left, 8 right. */
function outlineBits(border: Border, row: number, column: number, rect: Rect): number {
  return (border.top && row === rect.top ? 1 : 0) | (border.bottom && row === rect.bottom ? 2 : 0) | (border.left && column === rect.left ? 4 : 0) | (border.right && column === rect.right ? 8 : 0);
}

function combine(before: CellStyle | undefined, style: CellStyle, border: Border, bits: number): CellStyle {
  const { border: _ignored, ...rest } = style;
  const merged: CellStyle = { ...before, ...rest };
  if (bits !== 0) {
    const edges: Border = {};
    if (bits & 1) edges.top = true;
    if (bits & 2) edges.bottom = true;
    if (bits & 4) edges.left = true;
    if (bits & 8) edges.right = true;
    if (border.color) edges.color = border.color;
    merged.border = { ...before?.border, ...edges };
  }
  return merged;
}

/** A text key for a style's content; a property set to undefined counts (it clears an earlier one when combined). */
function contentKey(style: CellStyle): string {
  return JSON.stringify(style, (_key, value: unknown) => (value === undefined ? "\u0000undefined" : value));
}

/**
 * Every styled cell once, in the order the plan first styled it. Cells whose
 * styles came about the same way share one style object (never changed), so
 * a writer can tell equal styles apart cheaply.
 */
export function resolveCellStyles(styles: readonly RangeStyle[]): StyledCell[] {
  const cells = new Map<number, StyledCell>();
  // A plan gives each range its own style object (3,093 on the 100,000-row
  // build, 22 different): equal ones are taken as one, so their cells share
  // combined styles, and the writer meets a few dozen style objects, not thousands.
  const equal = new Map<string, CellStyle>();
  // Range style → earlier style → outline bits → the combined style. Keyed by
  // the range's style first, so each cell of a range costs one look-up here.
  const made = new Map<CellStyle, Map<CellStyle | undefined, CellStyle[]>>();
  const NONE: Border = {};
  for (const { range, style: given } of styles) {
    const content = contentKey(given);
    const style = equal.get(content) ?? given;
    equal.set(content, style);
    const rect = rangeRect(range);
    const border = style.border ?? NONE;
    let byBefore = made.get(style);
    if (!byBefore) made.set(style, (byBefore = new Map()));
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let column = rect.left; column <= rect.right; column++) {
        const key = row * 16_384 + column;
        const cell = cells.get(key);
        const before = cell?.style;
        const bits = border === NONE ? 0 : outlineBits(border, row, column, rect);
        let byBits = byBefore.get(before);
        if (!byBits) byBefore.set(before, (byBits = []));
        const combined = (byBits[bits] ??= combine(before, style, border, bits));
        if (cell) cell.style = combined;
        else cells.set(key, { row, column, style: combined });
      }
    }
  }
  return [...cells.values()];
}
