/**
 * Consecutive value blocks of a sheet joined into one rectangle, with null in
 * the cells between them. Office.js leaves a cell whose value is null as it
 * is (Microsoft's page on blank and null values in the Excel JavaScript API
 * says so), so the sheet ends up the same; but each block written apart costs
 * a range proxy and an action in the request (a dashboard has one block per
 * row of text, hundreds of them).
 */
import type { CellBlock, PlanValue } from "../report/plan/plan";
import { OP_OVERHEAD } from "./payload";
import { blockRect, type Rect, rectAddress, rectsOverlap } from "./rangeAddress";
import { textFormatOverlay } from "./textCells";

/** What a null costs in the request ("null,"). */
const NULL_BYTES = 5;

function union(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  const rows = Math.max(a.row + a.rows, b.row + b.rows) - row;
  const columns = Math.max(a.column + a.columns, b.column + b.columns) - column;
  return { row, column, rows, columns };
}

interface Group {
  rect: Rect;
  parts: { rect: Rect; block: CellBlock }[];
  cells: number;
  /** A part holds text that needs the text format (see textCells.ts). */
  textFormat: boolean;
}

/**
 * Joins each block into the group before it when the two do not overlap and
 * the nulls it takes to fill their bounding rectangle cost less than the
 * operations saved, and at most one of them needs the text format. Blocks
 * keep their order; a block that cannot join starts a group.
 */
export function joinBlocks(blocks: readonly CellBlock[]): CellBlock[] {
  const groups: Group[] = [];
  for (const block of blocks) {
    const rect = blockRect(block.address, block.values);
    const part = { rect, block };
    const cells = rect.rows * rect.columns;
    const textFormat = textFormatOverlay(block.values) !== undefined;
    const last = groups[groups.length - 1];
    // Two parts needing the text format would stretch its overlay over the nulls between them.
    if (last && !(textFormat && last.textFormat) && !last.parts.some((p) => rectsOverlap(p.rect, rect))) {
      const joined = union(last.rect, rect);
      const padding = joined.rows * joined.columns - last.cells - cells;
      // The proxy and the action each block would have cost, against the nulls it takes.
      if (padding * NULL_BYTES <= 2 * OP_OVERHEAD * last.parts.length) {
        last.rect = joined;
        last.parts.push(part);
        last.cells += cells;
        last.textFormat ||= textFormat;
        continue;
      }
    }
    groups.push({ rect, parts: [part], cells, textFormat });
  }
  return groups.map(toBlock);
}

function toBlock(group: Group): CellBlock {
  const { rect, parts } = group;
  if (parts.length === 1) return parts[0]!.block;
  const values: PlanValue[][] = Array.from({ length: rect.rows }, () => Array<PlanValue>(rect.columns).fill(null));
  for (const part of parts) {
    part.block.values.forEach((row, r) =>
      row.forEach((v, c) => {
        values[part.rect.row - rect.row + r]![part.rect.column - rect.column + c] = v;
      }),
    );
  }
  return { address: rectAddress({ ...rect, rows: 1, columns: 1 }), values };
}
