/**
 * Colouring problem cells, and putting each cell's own fill back afterwards.
 *
 * Highlight (2 syncs): read the fill of every cell not already highlighted in
 * one request, hand the saved fills to the caller (who stores them before
 * anything changes), then colour every cell in a second request.
 *
 * Clear (3 syncs): list the sheets (a highlighted sheet may have been renamed
 * or deleted since), read the current fill of each highlighted cell, then put
 * the saved fill back only where the cell still shows our colour — a person's
 * own re-colouring since is kept. "No fill" is restored with `fill.clear()`,
 * which also lets a table's banded style show through again.
 *
 * Excel reports no fill as white ("#FFFFFF"); ExcelApi 1.9's `fill.pattern`
 * ("None") tells the two apart. Without 1.9, white is taken as no fill.
 */
import { mapExcelError } from "./errors";

export interface CellRef {
  sheet: string;
  cell: string;
}

/** A cell to colour and the colour ("#RRGGBB"). */
export interface CellHighlight extends CellRef {
  color: string;
}

/** What a highlighted cell had before, and the colour put on it. */
export interface SavedFill extends CellRef {
  /** The cell's own fill colour, or null for no fill. */
  fill: string | null;
  /** The highlight colour applied, upper-case "#RRGGBB". */
  applied: string;
}

export interface FillOptions {
  /** ExcelApi 1.9 is available (fill.pattern tells "no fill" from white). */
  canReadPattern: boolean;
}

/** Same cell, whatever the case of the sheet name or address. */
export function cellKey(ref: CellRef): string {
  return `${ref.sheet.toLowerCase()}\u0000${ref.cell.replace(/\$/g, "").toUpperCase()}`;
}

const WHITE = "#FFFFFF";

/**
 * Colour `targets`, keeping the original fill of every cell not already in
 * `saved`. `beforeWrite` receives the full saved list once the originals are
 * read and before any cell changes, so it can persist them. Throws ExcelShellError.
 */
export async function highlightCells(
  context: Excel.RequestContext,
  targets: readonly CellHighlight[],
  saved: readonly SavedFill[],
  options: FillOptions,
  beforeWrite: (saved: SavedFill[]) => Promise<void>,
): Promise<{ saved: SavedFill[]; syncs: number }> {
  let syncs = 0;
  const byKey = new Map(saved.map((s) => [cellKey(s), { ...s }]));
  const unique = new Map(targets.map((t) => [cellKey(t), t]));
  const fresh = [...unique.values()].filter((t) => !byKey.has(cellKey(t)));
  try {
    if (fresh.length > 0) {
      const reads = fresh.map((t) => ({
        target: t,
        fill: context.workbook.worksheets
          .getItem(t.sheet)
          .getRange(t.cell)
          .format.fill.load(options.canReadPattern ? "color,pattern" : "color"),
      }));
      syncs++;
      await context.sync();
      for (const { target, fill } of reads) {
        const none = options.canReadPattern ? fill.pattern === "None" : (fill.color ?? "").toUpperCase() === WHITE;
        byKey.set(cellKey(target), { sheet: target.sheet, cell: target.cell, fill: none ? null : fill.color, applied: "" });
      }
    }
  } catch (error) {
    throw mapExcelError(error, "read");
  }
  for (const t of unique.values()) byKey.get(cellKey(t))!.applied = t.color.toUpperCase();
  const all = [...byKey.values()];
  await beforeWrite(all);
  try {
    for (const t of unique.values()) context.workbook.worksheets.getItem(t.sheet).getRange(t.cell).format.fill.color = t.color;
    syncs++;
    await context.sync();
  } catch (error) {
    throw mapExcelError(error, "write");
  }
  return { saved: all, syncs };
}

export interface ClearReport {
  /** Cells given back their own fill. */
  restored: number;
  /** Cells re-coloured by someone since the highlight: left as they are. */
  changedSince: SavedFill[];
  /** Cells on sheets no longer in the workbook. */
  sheetGone: SavedFill[];
  syncs: number;
}

/** Put back the saved fills (see the module comment). Throws ExcelShellError. */
export async function restoreFills(context: Excel.RequestContext, saved: readonly SavedFill[]): Promise<ClearReport> {
  const report: ClearReport = { restored: 0, changedSince: [], sheetGone: [], syncs: 0 };
  if (saved.length === 0) return report;
  let reads: { saved: SavedFill; fill: Excel.RangeFill }[];
  try {
    const sheets = context.workbook.worksheets.load("items/name");
    report.syncs++;
    await context.sync();
    const names = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.name]));
    const present = saved.filter((s) => names.has(s.sheet.toLowerCase()));
    report.sheetGone = saved.filter((s) => !names.has(s.sheet.toLowerCase()));
    reads = present.map((s) => ({
      saved: s,
      fill: context.workbook.worksheets.getItem(names.get(s.sheet.toLowerCase())!).getRange(s.cell).format.fill.load("color"),
    }));
    if (reads.length === 0) return report;
    report.syncs++;
    await context.sync();
  } catch (error) {
    throw mapExcelError(error, "read");
  }
  try {
    for (const { saved: s, fill } of reads) {
      if ((fill.color ?? "").toUpperCase() !== s.applied.toUpperCase()) {
        report.changedSince.push(s);
        continue;
      }
      if (s.fill === null) fill.clear();
      else fill.color = s.fill;
      report.restored++;
    }
    if (report.restored > 0) {
      report.syncs++;
      await context.sync();
    }
  } catch (error) {
    throw mapExcelError(error, "write");
  }
  return report;
}
