/** How to read the Member Dashboard: printed once, under the headline table on the first page. */
import { FIRST_COL, L, LAST_COL, rowRange, widthOf } from "./dashboardLayout";
import { PALETTE } from "../layout/palette";
import type { SheetParts } from "../layout/sheetParts";
import { emptyParts } from "../layout/sheetParts";
import { wrappedHeight } from "../layout/textHeight";

/** The key's lines: RAG and direction, then what each chart line is. */
export const DASHBOARD_KEY = [
  "How to read this paper. RAG: Green = at or better than target; Amber = short by no more than the tolerance; Red = short by more " +
    "(the word is always beside the colour). Gaps: how far better or short of each target. Direction: ▲ better, ▼ worse, ► no change from the previous month.",
  "Charts: solid line, dots = monthly figures; long dashes, squares = Notice target from the month it applies; dash-dot = path to a Notice deadline; " +
    "dots, triangles = internal target; diamond = April restart of a year-to-date figure; cross = series break. Percentages on 0–100% unless the axis says.",
] as const;

/** The key at `startRow`, one merged row a line; returns its parts and last row. */
export function dashboardKey(startRow: number): { parts: SheetParts; lastRow: number } {
  const parts = emptyParts();
  // Eight-point text fits about a third more characters than the widths are measured in.
  const width = widthOf(FIRST_COL, LAST_COL) * 1.3;
  DASHBOARD_KEY.forEach((line, i) => {
    const row = startRow + i;
    parts.blocks.push({ address: `${L(FIRST_COL)}${row}`, values: [[line]] });
    parts.merges.push(rowRange(row));
    parts.styles.push({
      range: rowRange(row),
      style: { fontSize: 8, wrapText: true, verticalAlignment: "top", fontColor: PALETTE.muted },
    });
    parts.rowHeights[row] = wrappedHeight(line, width, 8, 13);
  });
  return { parts, lastRow: startRow + DASHBOARD_KEY.length - 1 };
}
