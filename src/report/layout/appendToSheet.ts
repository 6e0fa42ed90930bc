/**
 * Adding a band of rows below what a sheet plan already holds, without
 * touching the code that built it: the Member Dashboard takes the budget block
 * this way. The print area grows to cover the band, and a page break goes
 * above it when it would not fit on the last printed page.
 */
import { parseA1 } from "../../domain/a1";
import { PAGE_HEIGHT, pageBreaks } from "./pageBreaks";
import type { SheetPlan } from "../plan/plan";
import { heightOf } from "./reportSheet";
import type { SheetParts } from "./sheetParts";

function lastRowOfRange(range: string): number {
  const end = range.split(":").pop()!;
  return parseA1(end).row;
}

/** The last row any block, merge, style or chart of the sheet reaches. */
export function lastUsedRow(sheet: SheetPlan): number {
  let last = 0;
  for (const b of sheet.blocks) last = Math.max(last, parseA1(b.address).row + b.values.length - 1);
  for (const m of sheet.merges) last = Math.max(last, lastRowOfRange(m));
  for (const s of sheet.styles) last = Math.max(last, lastRowOfRange(s.range));
  for (const c of sheet.charts) last = Math.max(last, parseA1(c.position.to).row);
  return last;
}

/**
 * A copy of `sheet` with `parts` (rows `firstRow`..`lastRow`) added, the row
 * above `firstRow` a spacer of `spacer` points.
 */
export function appendToSheet(sheet: SheetPlan, parts: SheetParts, firstRow: number, lastRow: number, spacer = 14): SheetPlan {
  const rowHeights = { ...sheet.rowHeights, [firstRow - 1]: spacer, ...parts.rowHeights };
  const next: SheetPlan = {
    ...sheet,
    blocks: [...sheet.blocks, ...parts.blocks],
    styles: [...sheet.styles, ...parts.styles],
    merges: [...sheet.merges, ...parts.merges],
    charts: [...sheet.charts, ...parts.charts],
    inputs: [...sheet.inputs, ...parts.inputs],
    rowHeights,
  };
  if (!sheet.print) return next;
  const print = { ...sheet.print };
  if (print.area) print.area = print.area.replace(/\d+$/, String(lastRow));
  const repeated = print.titleRows ? heightOf(rowHeights, print.titleRows.first, print.titleRows.last) : 0;
  const breaks = print.rowBreaks ?? [];
  const pageStart = Math.max(breaks[breaks.length - 1] ?? 1, (print.titleRows?.last ?? 0) + 1);
  const used = heightOf(rowHeights, pageStart, firstRow - 1);
  const band = heightOf(rowHeights, firstRow, lastRow);
  const extra = pageBreaks([{ startRow: firstRow, height: band }], PAGE_HEIGHT - repeated, used);
  if (extra.length > 0) print.rowBreaks = [...breaks, ...extra];
  next.print = print;
  return next;
}
