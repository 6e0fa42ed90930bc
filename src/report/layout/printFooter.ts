/** The footer and margins every generated sheet prints with. */
import { monthLongLabel } from "../../domain/periods";
import type { MonthIndex } from "../../domain/types";
import type { PrintMargins } from "../plan/plan";

/**
 * "Member Dashboard · October 2012 · Page 2 of 4" in Excel's header/footer
 * codes: the sheet's name on the left (&A, so a renamed sheet prints its own
 * name), the reporting month in the centre, the page of the pages on the right.
 */
export function printFooter(month: MonthIndex): string {
  return `&L&8&A&C&8Reporting month: ${monthLongLabel(month)}&R&8Page &P of &N`;
}

/** Narrow margins in inches: more of each A4 page for the paper, room for the footer. */
export const PRINT_MARGINS: PrintMargins = { top: 0.4, bottom: 0.55, left: 0.4, right: 0.4, header: 0.2, footer: 0.25 };
