/**
 * Queues one planned sheet's contents onto a (new, temporary) worksheet:
 * formats first, then values as 2-D blocks, then merges, unlocked input cells,
 * sizes and tab colour. Every operation is charged to the Batcher first, so a block too big
 * for one request is split into row chunks, each in its own sync.
 */
import { inputBlocks, inputStyles } from "../report/plan/preserve";
import type { CellBlock, CellStyle, PlanValue, RangeStyle, SheetPlan } from "../report/plan/plan";
import { EXCEL_CELL_TEXT_LIMIT, fitCellText } from "../report/plan/textSafety";
import { ExcelShellError } from "./errors";
import { type Batcher, estimateBytes, OP_OVERHEAD, opCost, RangeCache, rowRuns } from "./payload";
import { blockRect, columnAddress, parseRange, type Rect, rectAddress, rowAddress } from "./rangeAddress";
import { joinBlocks } from "./joinBlocks";
import { type AreaStyle, rangeOnlyPart, styleGroups } from "./styleAreas";
import { literalValues, textFormatOverlay } from "./textCells";

/**
 * Plan widths are in characters of the default font (Calibri 11: 7 px per
 * character plus 5 px of cell padding); Office.js wants points (0.75 pt per px).
 */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const EDGES = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" } as const;
const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;

function subRect(rect: Rect, rowOffset: number, rows: number, columnOffset = 0, columns = rect.columns): Rect {
  return { row: rect.row + rowOffset, column: rect.column + columnOffset, rows, columns };
}

/** The setters of a style's font, fill, alignment and wrapping. */
function areaSetters(s: AreaStyle): Array<(f: Excel.RangeFormat) => void> {
  const setters: Array<(f: Excel.RangeFormat) => void> = [];
  if (s.bold !== undefined) setters.push((f) => (f.font.bold = s.bold!));
  if (s.italic !== undefined) setters.push((f) => (f.font.italic = s.italic!));
  if (s.fontSize !== undefined) setters.push((f) => (f.font.size = s.fontSize!));
  if (s.fontColor !== undefined) setters.push((f) => (f.font.color = s.fontColor!));
  if (s.fill !== undefined) setters.push((f) => (f.fill.color = s.fill!));
  if (s.horizontalAlignment) setters.push((f) => (f.horizontalAlignment = H_ALIGN[s.horizontalAlignment!]));
  if (s.verticalAlignment) setters.push((f) => (f.verticalAlignment = V_ALIGN[s.verticalAlignment!]));
  if (s.wrapText !== undefined) setters.push((f) => (f.wrapText = s.wrapText!));
  return setters;
}

async function applyStyle(ws: RangeCache, rs: RangeStyle, batch: Batcher): Promise<void> {
  const s: CellStyle = rs.style;
  const setters = areaSetters(s);
  const border = s.border;
  // A border side is three settings on a proxy of its own, reached through another (borders, then the edge).
  let borderOps = 0;
  if (border) {
    for (const side of ["top", "bottom", "left", "right"] as const) {
      if (!border[side]) continue;
      borderOps += 4;
      setters.push((f) => {
        const edge = f.borders.getItem(EDGES[side]);
        edge.style = "Continuous";
        edge.weight = "Thin";
        if (border.color) edge.color = border.color;
      });
    }
  }
  if (setters.length > 0) {
    // The range and its format are proxies of their own, each an object path in the request.
    await batch.charge((2 + setters.length + borderOps) * opCost(rs.range));
    const format = ws.get(rs.range).format;
    for (const set of setters) set(format);
  }
  if (s.numberFormat !== undefined) await applyNumberFormat(ws, parseRange(rs.range), s.numberFormat, batch);
}

/**
 * The sheet's styles: font, fill and alignment through one RangeAreas per
 * group of ranges sharing them (see styleAreas.ts), then each range's borders
 * and number format. A group of one range goes through the range itself.
 */
async function applyStyles(ws: Excel.Worksheet, ranges: RangeCache, styles: readonly RangeStyle[], batch: Batcher): Promise<void> {
  for (const group of styleGroups(styles)) {
    if (group.ranges.length === 1) {
      await applyStyle(ranges, { range: group.ranges[0]!, style: group.style }, batch);
      continue;
    }
    const setters = areaSetters(group.style);
    const address = group.ranges.join(",");
    // The address travels once, in the RangeAreas' own object path; the areas, their format, font and fill, and each setter are an operation each.
    await batch.charge((4 + setters.length) * OP_OVERHEAD + estimateBytes(address));
    const format = ws.getRanges(address).format;
    for (const set of setters) set(format);
  }
  for (const style of styles) {
    const rest = rangeOnlyPart(style);
    if (rest) await applyStyle(ranges, rest, batch);
  }
}

/**
 * One format for the whole range as a single value (a 1×1 array), which
 * Office.js applies to every cell of the range (the Range.numberFormat
 * reference says so): a r×c array of the same string was the largest part of
 * a big dashboard's request.
 */
async function applyNumberFormat(ws: RangeCache, rect: Rect, format: string, batch: Batcher): Promise<void> {
  const single = [[format]];
  await batch.charge(opCost(single));
  ws.get(rectAddress(rect)).numberFormat = single;
}

function assertRectangular(block: CellBlock, sheet: SheetPlan): void {
  const width = block.values[0]?.length ?? 0;
  if (width === 0 || block.values.some((r) => r.length !== width)) {
    throw new ExcelShellError("EXCEL_INVALID_ARGUMENT", "write", { detail: `block ${block.address} on ${sheet.name} is empty or not rectangular` });
  }
}

/** Text formats for cells Excel would re-read, then the values: one assignment per chunk. */
async function writeBlock(ws: RangeCache, block: CellBlock, batch: Batcher): Promise<void> {
  const rect = blockRect(block.address, block.values);
  // Half the room per chunk: its text-format overlay may ride in the same request.
  for (const [start, count] of rowRuns(block.values, batch.roomForArgs / 2)) {
    const values: PlanValue[][] = block.values.slice(start, start + count);
    const overlay = textFormatOverlay(values);
    const cost = opCost(values) + (overlay ? opCost(overlay.formats) : 0);
    await batch.charge(cost);
    if (overlay) {
      const at = subRect(rect, start + overlay.rowOffset, overlay.formats.length, overlay.columnOffset, overlay.formats[0]!.length);
      ws.get(rectAddress(at)).numberFormat = overlay.formats;
    }
    ws.get(rectAddress(subRect(rect, start, count))).values = literalValues(values);
  }
}

/**
 * The block with every string cut to what a cell holds: Excel refuses the
 * whole write when one string is longer, and generated text can be (a name at
 * the limit after "Measured by: "). Blocks with nothing to cut are kept as they are.
 */
export function fitBlock(block: CellBlock): CellBlock {
  const tooLong = (v: PlanValue): boolean => typeof v === "string" && v.length > EXCEL_CELL_TEXT_LIMIT;
  if (!block.values.some((row) => row.some(tooLong))) return block;
  return { ...block, values: block.values.map((row) => row.map((v) => (typeof v === "string" ? fitCellText(v) : v))) };
}

/** Queue everything of `sheet` onto `ws`, carrying `typed` input text. */
export async function writeSheetContent(
  ws: Excel.Worksheet,
  sheet: SheetPlan,
  typed: ReadonlyMap<string, string>,
  batch: Batcher,
  /** The host has RangeAreas (ExcelApi 1.9), so ranges sharing a format share one operation. */
  areas: boolean,
): Promise<void> {
  const blocks = [...sheet.blocks, ...inputBlocks(sheet, typed)].map(fitBlock);
  blocks.forEach((b) => assertRectangular(b, sheet));
  const ranges = new RangeCache(ws, batch);
  // Drafted input cells take the draft style over the sheet's own.
  const styles = [...sheet.styles, ...inputStyles(sheet, typed)];
  if (areas) await applyStyles(ws, ranges, styles, batch);
  else for (const style of styles) await applyStyle(ranges, style, batch);
  for (const block of joinBlocks(blocks)) await writeBlock(ranges, block, batch);
  for (const merge of sheet.merges) {
    await batch.charge(opCost(merge));
    ranges.get(merge).merge(false);
  }
  for (const area of inputAreas(sheet)) {
    // Every cell starts locked; unlocked, an input stays typeable when the sheet is protected.
    await batch.charge(3 * opCost(area));
    ranges.get(area).format.protection.locked = false;
  }
  // Column A holds the ownership marker and input keys: always hidden.
  await batch.charge(opCost());
  ranges.get(columnAddress(1)).columnHidden = true;
  for (const [key, chars] of Object.entries(sheet.columnWidths)) {
    const column = Number(key);
    if (column === 1) continue;
    // The column's range (cached or not) and its format are proxies of their own, the setting an action.
    await batch.charge(2 * opCost());
    const range = ranges.get(columnAddress(column));
    if (chars <= 0) range.columnHidden = true;
    else range.format.columnWidth = charsToPoints(chars);
  }
  for (const run of heightRuns(sheet.rowHeights ?? {})) {
    await batch.charge(2 * opCost(run.address));
    ranges.get(run.address).format.rowHeight = run.points;
  }
  await writeTab(ws, sheet, batch);
}

/** The ranges people type into: each input cell, or the whole merged area it heads. */
export function inputAreas(sheet: SheetPlan): string[] {
  const merges = sheet.merges.map((m) => ({ address: m, rect: parseRange(m) }));
  return sheet.inputs.map((input) => {
    const at = parseRange(input.address);
    const merged = merges.find((m) => at.row >= m.rect.row && at.row < m.rect.row + m.rect.rows && at.column >= m.rect.column && at.column < m.rect.column + m.rect.columns);
    return merged ? merged.address : input.address;
  });
}

/** Consecutive rows of the same height as one range ("10:12"): one operation instead of one per row. */
export function heightRuns(rowHeights: Readonly<Record<number, number>>): { address: string; points: number }[] {
  const rows = Object.entries(rowHeights)
    .map(([key, points]) => ({ row: Number(key), points }))
    .sort((a, b) => a.row - b.row);
  const runs: { first: number; last: number; points: number }[] = [];
  for (const { row, points } of rows) {
    const last = runs[runs.length - 1];
    if (last && last.last === row - 1 && last.points === points) last.last = row;
    else runs.push({ first: row, last: row, points });
  }
  return runs.map((r) => ({ address: r.first === r.last ? rowAddress(r.first) : `${r.first}:${r.last}`, points: r.points }));
}

/** The tab colour (frozen panes are a cosmetic setting: see cosmetics.ts). */
async function writeTab(ws: Excel.Worksheet, sheet: SheetPlan, batch: Batcher): Promise<void> {
  if (sheet.tabColor) {
    await batch.charge(opCost(sheet.tabColor));
    ws.tabColor = sheet.tabColor;
  }
}
