/**
 * The printed footer and margins of a planned sheet, and its cell notes: small
 * additions to a sheet written by writeSheet, kept apart so the sheet writer
 * stays about values and styles.
 */
import type { CellNote, PrintPlan } from "../report/plan/plan";
import { fitCellText } from "../report/plan/textSafety";
import type { Worksheet } from "./excelts";

/** Sets the footer (Excel's &-codes, as planned) and the page margins in inches. */
export function writeFooterAndMargins(ws: Worksheet, print: PrintPlan): void {
  if (print.footer) {
    ws.headerFooter.differentFirst = false;
    ws.headerFooter.differentOddEven = false;
    ws.headerFooter.oddFooter = print.footer;
  }
  if (print.margins) ws.pageSetup.margins = { ...print.margins };
}

/** Notes on cells: guidance that shows on hover and never prints as the cell's value. */
export function writeNotes(ws: Worksheet, notes: readonly CellNote[]): void {
  for (const note of notes) ws.getCell(note.address).note = fitCellText(note.text);
}
