/** Rows 1–3 of the Member Dashboard: repeated at the top of every printed page. */
import { dayLabel, monthLongLabel } from "../domain/periods";
import type { MonthIndex } from "../domain/types";
import { FIRST_COL, L, LAST_COL, PALETTE, rowRange, widthOf } from "./dashboardLayout";
import type { SheetParts } from "./sheetParts";
import { emptyParts } from "./sheetParts";
import { wrappedHeight } from "./textHeight";

/** The last row of the title block; the shells freeze and print-repeat rows 1 to this. */
export const TITLE_ROWS = 3;

/** How to read the dashboard, printed under the title on every page. */
export const READING_NOTE =
  "RAG: Green = at or better than target; Amber = short of target within tolerance; Red = short by more than tolerance. ▲/▼ show direction of travel: ▲ better, ▼ worse than the previous figure.";

/** A day as Members read it: ISO "2012-11-13" → "13/11/2012"; anything else as given. */
function showDay(day: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? dayLabel(day) : day;
}

export interface TitleOptions {
  title: string;
  month: MonthIndex;
  asAt?: string;
  generatedOn?: string;
}

/** Title (merged, 16pt bold), reporting month, "Figures as at", when generated, and the reading note. */
export function titleBlock(o: TitleOptions): SheetParts {
  const parts = emptyParts();
  const row2: (string | null)[] = Array.from({ length: LAST_COL - FIRST_COL + 1 }, () => null);
  row2[0] = `Reporting month: ${monthLongLabel(o.month)}`;
  if (o.asAt) row2[3] = `Figures as at ${showDay(o.asAt)}`;
  if (o.generatedOn) row2[6] = `Generated ${showDay(o.generatedOn)}`;
  parts.blocks.push(
    { address: `${L(FIRST_COL)}1`, values: [[o.title]] },
    { address: `${L(FIRST_COL)}2`, values: [row2] },
    { address: `${L(FIRST_COL)}3`, values: [[READING_NOTE]] },
  );
  // Row 2 in three merged areas: month (B–D), as-at (E–G), generated (H–I).
  parts.merges.push(rowRange(1), "B2:D2", "E2:G2", "H2:I2", rowRange(3));
  parts.styles.push(
    { range: rowRange(1), style: { bold: true, fontSize: 16, verticalAlignment: "center", fontColor: PALETTE.tab } },
    { range: "B2:G2", style: { bold: true, verticalAlignment: "center" } },
    { range: "H2:I2", style: { italic: true, fontColor: PALETTE.muted, horizontalAlignment: "right", verticalAlignment: "center" } },
    {
      range: rowRange(3),
      style: { italic: true, fontSize: 10, wrapText: true, verticalAlignment: "top", border: { bottom: true, color: PALETTE.rule } },
    },
  );
  parts.rowHeights[1] = 26;
  parts.rowHeights[2] = 18;
  parts.rowHeights[3] = wrappedHeight(READING_NOTE, widthOf(FIRST_COL, LAST_COL), 10, 18);
  return parts;
}
