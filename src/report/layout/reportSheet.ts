/**
 * A report sheet put together: its parts joined, column widths from its
 * columns, the title rows (and optionally a table header) frozen and repeated
 * on every printed page, A4 landscape one page wide, and page breaks that keep
 * each band of rows (an indicator's group, a section) on one page.
 */
import { PALETTE } from "./palette";
import type { Band } from "./pageBreaks";
import { PAGE_HEIGHT, pageBreaks } from "./pageBreaks";
import type { SheetPlan } from "../plan/plan";
import { PAGE_WIDTH_CHARS, colLetter, columnsWidth, reportWidths, type ReportColumn } from "./reportColumns";
import type { SheetParts } from "./sheetParts";
import { joinParts } from "./sheetParts";
import { REPORT_TITLE_ROWS } from "./reportTitle";
import { PRINT_MARGINS } from "./printFooter";

const DEFAULT_ROW_HEIGHT = 15;

export interface ReportSheetInput {
  key: string;
  name: string;
  columns: readonly ReportColumn[];
  parts: readonly SheetParts[];
  lastRow: number;
  /** Rows frozen and repeated on each printed page (default the title rows; include a table header to keep it in view). */
  repeatRows?: number;
  /** Bands of rows kept together on a printed page, top to bottom. */
  bands?: readonly Band[];
}

/** Sum of row heights from `first` to `last`, with Excel's default for rows not sized. */
export function heightOf(rows: Record<number, number>, first: number, last: number): number {
  let total = 0;
  for (let r = first; r <= last; r++) total += rows[r] ?? DEFAULT_ROW_HEIGHT;
  return total;
}

/**
 * Printable height of a page in points once fit-to-width has shrunk a sheet
 * wider than a page: the scale frees height in proportion. PAGE_HEIGHT already
 * errs short, so a band is never cut in two.
 */
export function printableHeight(widthChars: number): number {
  const scale = Math.min(1, PAGE_WIDTH_CHARS / widthChars);
  return Math.floor(PAGE_HEIGHT / scale);
}

/** The sheet plan for a report sheet. */
export function reportSheet(input: ReportSheetInput): SheetPlan {
  const joined = joinParts(input.parts);
  const repeat = input.repeatRows ?? REPORT_TITLE_ROWS;
  const lastCol = colLetter(input.columns.length - 1);
  const sheet: SheetPlan = {
    key: input.key,
    name: input.name,
    blocks: joined.blocks,
    styles: joined.styles,
    merges: joined.merges,
    columnWidths: reportWidths(input.columns),
    rowHeights: joined.rowHeights,
    freeze: { rows: repeat, columns: 0 },
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToPagesWide: 1,
      titleRows: { first: 1, last: repeat },
      area: `B1:${lastCol}${Math.max(input.lastRow, repeat)}`,
      margins: PRINT_MARGINS,
    },
    charts: joined.charts,
    inputs: joined.inputs,
    tabColor: PALETTE.tab,
    showGridlines: false,
  };
  if (input.bands && input.bands.length > 0) {
    const page = printableHeight(columnsWidth(input.columns)) - heightOf(joined.rowHeights, 1, repeat);
    const first = input.bands[0]!.startRow;
    const breaks = pageBreaks(input.bands, page, heightOf(joined.rowHeights, repeat + 1, first - 1));
    if (breaks.length > 0) sheet.print!.rowBreaks = breaks;
  }
  return sheet;
}
