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

function outlineAt(border: Border, row: number, column: number, rect: Rect): Border | undefined {
  const { top, left, bottom, right } = rect;
  const edges: Border = {};
  if (border.top && row === top) edges.top = true;
  if (border.bottom && row === bottom) edges.bottom = true;
  if (border.left && column === left) edges.left = true;
  if (border.right && column === right) edges.right = true;
  if (!edges.top && !edges.bottom && !edges.left && !edges.right) return undefined;
  if (border.color) edges.color = border.color;
  return edges;
}

function combine(before: CellStyle | undefined, style: CellStyle, border: Border | undefined): CellStyle {
  const { border: _ignored, ...rest } = style;
  const merged: CellStyle = { ...before, ...rest };
  if (border) merged.border = { ...before?.border, ...border };
  return merged;
}

/** Every styled cell once, in the order the plan first styled it. */
export function resolveCellStyles(styles: readonly RangeStyle[]): StyledCell[] {
  const cells = new Map<string, StyledCell>();
  for (const { range, style } of styles) {
    const rect = rangeRect(range);
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let column = rect.left; column <= rect.right; column++) {
        const key = `${row}:${column}`;
        const border = style.border ? outlineAt(style.border, row, column, rect) : undefined;
        cells.set(key, { row, column, style: combine(cells.get(key)?.style, style, border) });
      }
    }
  }
  return [...cells.values()];
}
