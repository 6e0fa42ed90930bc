/**
 * Rows 1–3 of a report sheet, as on the Member Dashboard: the title, the
 * reporting month with the extract date, and a line on how to read the sheet.
 * Repeated at the top of every printed page.
 */
import { dayLabel, monthLongLabel } from "../../domain/periods";
import type { MonthIndex } from "../../domain/types";
import { PALETTE } from "./palette";
import { colLetter, columnsWidth, tableRowRange, type ReportColumn } from "./reportColumns";
import type { SheetParts } from "./sheetParts";
import { emptyParts } from "./sheetParts";
import { wrapHeight } from "./wordWrap";

/** The last title row; report sheets freeze and print-repeat rows 1 to this. */
export const REPORT_TITLE_ROWS = 3;

export interface ReportTitleOptions {
  title: string;
  month: MonthIndex;
  /** Extract date, ISO yyyy-mm-dd. */
  asAt?: string;
  /** How to read the sheet, on row 3. */
  note: string;
}

/** A day as people read it: "2012-11-13" → "13/11/2012"; anything else as given. */
function showDay(day: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? dayLabel(day) : day;
}

/** The title rows over `columns`. */
export function reportTitle(columns: readonly ReportColumn[], o: ReportTitleOptions): SheetParts {
  const parts = emptyParts();
  const last = columns.length - 1;
  // Row 2 in two halves: the month on the left, the extract date on the right.
  const split = Math.max(1, Math.ceil(columns.length / 2));
  parts.blocks.push(
    { address: `${colLetter(0)}1`, values: [[o.title]] },
    { address: `${colLetter(0)}2`, values: [[`Reporting month: ${monthLongLabel(o.month)}`]] },
    { address: `${colLetter(0)}3`, values: [[o.note]] },
  );
  parts.merges.push(tableRowRange(columns, 1), tableRowRange(columns, 2, 0, split - 1), tableRowRange(columns, 3));
  if (o.asAt && split <= last) {
    parts.blocks.push({ address: `${colLetter(split)}2`, values: [[`Figures as at ${showDay(o.asAt)}`]] });
    parts.merges.push(tableRowRange(columns, 2, split, last));
    parts.styles.push({ range: tableRowRange(columns, 2, split, last), style: { horizontalAlignment: "right" } });
  }
  parts.styles.push(
    { range: tableRowRange(columns, 1), style: { bold: true, fontSize: 16, verticalAlignment: "center", fontColor: PALETTE.tab } },
    { range: tableRowRange(columns, 2), style: { bold: true, verticalAlignment: "center" } },
    {
      range: tableRowRange(columns, 3),
      style: { italic: true, fontSize: 10, wrapText: true, verticalAlignment: "top", border: { bottom: true, color: PALETTE.rule } },
    },
  );
  parts.rowHeights[1] = 26;
  parts.rowHeights[2] = 18;
  // 10pt fits about a tenth more than 11pt in the same width.
  parts.rowHeights[3] = wrapHeight(o.note, columnsWidth(columns) * 1.1, { fontSize: 10, min: 18 });
  return parts;
}
