/**
 * Writes one planned sheet onto a fresh excelts worksheet: values (numbers as
 * numbers, strings as text, never formulas), the key column and input cells,
 * styles, merges, sizes, panes, print setup, tab colour and sparklines
 * (which hold no cached values, unlike charts). Charts come later
 * (writeChart), once every sheet they read holds its values.
 */
import { a1, parseA1 } from "../domain/a1";
import type { CellBlock, PrintPlan, SheetPlan } from "../report/plan/plan";
import { inputBlocks, inputStyles, sheetNotes } from "../report/plan/preserve";
import { fitCellText, looksLikeFormula } from "../report/plan/textSafety";
import { argb, sharedStyles, type StyleModel } from "./cellStyleModel";
import type { Cell, Row, Worksheet } from "./excelts";
import { resolveCellStyles } from "./resolveCellStyles";
import { writeSparklines } from "./writeSparklines";
import { writeFooterAndMargins, writeNotes } from "./writePrintExtras";

/** excelts' view type, plus the tab selection it reads and writes but does not declare. */
export type SheetView = Worksheet["views"][number] & { tabSelected?: boolean };

const A4 = 9;
/** Right-most column index Excel accepts in a page break (0-based XFD). */
const LAST_COLUMN_INDEX = 16383;

type StyleOf = ReturnType<typeof sharedStyles>;

/** A cell's key in the maps below: its 1-based row and column in one number. */
const cellKey = (row: number, column: number): number => row * 16_384 + column;

/**
 * The cell at 1-based (row, column), through its row: excelts' own
 * `getCell(row, column)` spells the address out and parses it again, which
 * was a tenth of writing a 44,000-cell sheet.
 */
function cellAt(ws: Worksheet, row: number, column: number): Cell {
  return ws.getRow(row).getCell(column);
}

/**
 * One style object for every row: excelts gives each new row its own empty
 * style, and when rendering works out the format of each style object it has
 * not seen before, which was about 3,000 needless look-ups on the 100,000-row
 * build. Frozen, so nothing can change it for every row at once (no row formatting is set through it).
 */
const ROW_STYLE: Row["style"] = Object.freeze({});

/** Gives every row of `ws` the shared row style; a row's look is unchanged (its cells carry their own). */
function shareRowStyle(ws: Worksheet): void {
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.style = ROW_STYLE;
  });
}

/** Writes a block's values with the plain style; records which cells hold text that looks like a formula. */
function writeBlock(ws: Worksheet, block: CellBlock, textCells: Set<number>, plain: StyleModel): void {
  const origin = parseA1(block.address);
  block.values.forEach((values, r) => {
    const row = origin.row + r;
    // Fetched once per row, and only for a row with a value (an empty row stays unmade).
    let cells: Row | undefined;
    values.forEach((value, c) => {
      if (value === null) return;
      const cell = (cells ??= ws.getRow(row)).getCell(origin.column + c);
      cell.value = typeof value === "string" ? fitCellText(value) : value;
      cell.style = plain;
      if (typeof value === "string" && looksLikeFormula(value)) textCells.add(cellKey(row, origin.column + c));
    });
  });
}

/**
 * Styles the cells that have a planned style, text that looks like a formula
 * or an input to stay typeable; cells that look the same share one style object.
 */
function writeStyles(ws: Worksheet, sheet: SheetPlan, typed: ReadonlyMap<string, string>, textCells: ReadonlySet<number>, styleOf: StyleOf): void {
  const unlocked = new Set(
    sheet.inputs.map((input) => {
      const { row, column } = parseA1(input.address);
      return cellKey(row, column);
    }),
  );
  // Cells that need a style of their own even where the plan gives them none;
  // those the plan styles are crossed off on the way.
  const unstyled = new Set([...textCells, ...unlocked]);
  // Drafted input cells take the draft style over the sheet's own.
  // Text that starts like a formula is stored as text already; the "@"
  // format keeps it text when someone edits the cell in Excel later.
  // Input cells stay typeable when a person protects the sheet.
  for (const { row, column, style } of resolveCellStyles([...sheet.styles, ...inputStyles(sheet, typed)])) {
    const key = cellKey(row, column);
    unstyled.delete(key);
    cellAt(ws, row, column).style = styleOf(style, textCells.has(key), unlocked.has(key));
  }
  for (const key of unstyled) {
    const row = Math.floor(key / 16_384);
    cellAt(ws, row, key - row * 16_384).style = styleOf(undefined, textCells.has(key), unlocked.has(key));
  }
}

function setColumnWidths(ws: Worksheet, widths: Record<number, number>): void {
  for (const [key, width] of Object.entries(widths)) {
    const column = ws.getColumn(Number(key));
    if (width <= 0) column.hidden = true;
    // excelts takes a width of exactly 9 for its default and leaves it out of the file.
    else column.width = width === 9 ? 9.01 : width;
  }
}

function setPrint(ws: Worksheet, print: PrintPlan): void {
  const setup = ws.pageSetup;
  setup.orientation = print.orientation;
  setup.paperSize = A4;
  setup.fitToPage = true;
  setup.fitToWidth = print.fitToPagesWide;
  // 0: as many pages tall as the content needs.
  setup.fitToHeight = 0;
  if (print.titleRows) setup.printTitlesRow = `${print.titleRows.first}:${print.titleRows.last}`;
  if (print.area) setup.printArea = print.area;
  // A break's id is the 0-based row above which the page breaks, i.e. the
  // 1-based row before the planned first row of the new page.
  ws.rowBreaks = (print.rowBreaks ?? [])
    .filter((row) => row > 1)
    .map((row) => ({ id: row - 1, max: LAST_COLUMN_INDEX, man: 1 }));
}

/** The sheet's single view: frozen panes and gridlines as planned. */
export function sheetView(sheet: SheetPlan): SheetView {
  const rows = sheet.freeze?.rows ?? 0;
  const columns = sheet.freeze?.columns ?? 0;
  const gridlines = sheet.showGridlines === false ? { showGridLines: false } : {};
  if (rows === 0 && columns === 0) return { state: "normal", ...gridlines } as SheetView;
  return { state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: a1(rows + 1, columns + 1), ...gridlines };
}

/**
 * Fills `ws` (a new, empty worksheet) from `sheet`; `typed` is the text people
 * typed into the previous version's input cells, by input key.
 */
export function writeSheet(ws: Worksheet, sheet: SheetPlan, typed: ReadonlyMap<string, string>): void {
  const textCells = new Set<number>();
  const styleOf = sharedStyles();
  const plain = styleOf(undefined, false, false);
  for (const block of [...sheet.blocks, ...inputBlocks(sheet, typed)]) writeBlock(ws, block, textCells, plain);
  writeStyles(ws, sheet, typed, textCells, styleOf);
  // Styles first, then merges that keep each cell's own style (outline borders).
  for (const range of sheet.merges) ws.mergeCellsWithoutStyle(range);
  setColumnWidths(ws, sheet.columnWidths);
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.getRow(Number(row)).height = height;
  ws.views = [sheetView(sheet)];
  if (sheet.print) {
    setPrint(ws, sheet.print);
    writeFooterAndMargins(ws, sheet.print);
  }
  writeNotes(ws, sheetNotes(sheet));
  if (sheet.tabColor) ws.properties.tabColor = { argb: argb(sheet.tabColor) };
  writeSparklines(ws, sheet.sparklines);
  shareRowStyle(ws);
}
