/** Rows 1–2 of the Member Dashboard: repeated at the top of every printed page. */
import { dayLabel, monthLongLabel } from "../../domain/periods";
import type { MonthIndex } from "../../domain/types";
import { FIRST_COL, L, LAST_COL, rowRange } from "./dashboardLayout";
import { PALETTE } from "../layout/palette";
import type { SheetParts } from "../layout/sheetParts";
import { emptyParts } from "../layout/sheetParts";

/** The last row of the title block; the shells freeze and print-repeat rows 1 to this. */
export const TITLE_ROWS = 2;

/** A day as Members read it: ISO "2012-11-13" → "13/11/2012"; anything else as given. */
function showDay(day: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? dayLabel(day) : day;
}

export interface TitleOptions {
  title: string;
  month: MonthIndex;
  asAt?: string;
}

/** Title (merged, 16pt bold), then the reporting month and "Figures as at", with a rule under. */
export function titleBlock(o: TitleOptions): SheetParts {
  const parts = emptyParts();
  const row2: (string | null)[] = Array.from({ length: LAST_COL - FIRST_COL + 1 }, () => null);
  row2[0] = `Reporting month: ${monthLongLabel(o.month)}`;
  if (o.asAt) row2[3] = `Figures as at ${showDay(o.asAt)}`;
  parts.blocks.push({ address: `${L(FIRST_COL)}1`, values: [[o.title]] }, { address: `${L(FIRST_COL)}2`, values: [row2] });
  // Row 2 in two merged areas: month (B–D) and as-at (E–H). A build stamps no date, so two builds of the same figures are the same.
  parts.merges.push(rowRange(1), "B2:D2", "E2:H2");
  parts.styles.push(
    { range: rowRange(1), style: { bold: true, fontSize: 16, verticalAlignment: "center", fontColor: PALETTE.tab } },
    { range: "B2:H2", style: { bold: true, verticalAlignment: "center" } },
    { range: rowRange(2), style: { border: { bottom: true, color: PALETTE.rule } } },
  );
  parts.rowHeights[1] = 22;
  parts.rowHeights[2] = 16;
  return parts;
}
