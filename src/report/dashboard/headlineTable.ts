/**
 * The headline table: one row per dashboard indicator, numbers as numbers —
 * latest, previous month and the same month last year ("A year ago"); the statutory and the
 * internal target each with its own gap; the headline RAG — and under each
 * row a one-line reading of the indicator in words.
 */
import { headlineGap } from "../../domain/gaps/headline";
import type { IndicatorResult, TargetGap } from "../../domain/results";
import type { PlanValue } from "../plan/plan";
import { COL, DASHBOARD_WIDTHS, FIRST_COL, L, LAST_COL, rowRange, widthOf } from "./dashboardLayout";
import { HEADER_STYLE, PALETTE } from "../layout/palette";
import { directionText } from "../layout/directionText";
import { indicatorReading } from "./indicatorReading";
import { ragStyle, ragWord } from "../layout/ragStyle";
import type { SheetParts } from "../layout/sheetParts";
import { emptyParts } from "../layout/sheetParts";
import { wrappedHeight } from "../layout/textHeight";
import { gapFormat, toSheetNumber, unitFormat } from "../layout/unitFormat";

export const HEADLINE_HEADERS = [
  "Indicator",
  "Latest",
  "Previous month",
  "A year ago",
  "Direction",
  "Statutory target",
  "Gap to statutory",
  "Internal target",
  "Gap to internal",
  "RAG",
] as const;

/** Shown where a number is missing: an en dash, which Excel never reads as a formula. */
export const MISSING = "–";
export const NO_INDICATORS = "No indicators are marked for the Member Dashboard.";
/** Shown in a gap column while a dated target is still ahead. */
export const NOT_YET_DUE = "Not yet due";

/**
 * The RAG word. "No target" only when there is none; a target that cannot be
 * judged says why: no figure, not yet due, or no level to judge against (a
 * baseline or benchmark nobody has supplied).
 */
function ragText(result: IndicatorResult, gap: TargetGap | undefined): string {
  if (result.rag !== "none" || (!result.statutory && !result.internal)) return ragWord(result.rag);
  if (result.value === null) return "No value";
  if (gap?.inForce === false) return NOT_YET_DUE;
  return "Not rated";
}

/** A target's gap as a number, or why there is none. */
function gapCell(gap: TargetGap | undefined): PlanValue {
  if (!gap) return MISSING;
  if (gap.inForce === false) return NOT_YET_DUE;
  return gap.gap !== undefined ? gap.gap : MISSING;
}

function headlineRow(result: IndicatorResult): { values: PlanValue[]; gap: TargetGap | undefined } {
  const { unit } = result.indicator;
  const num = (v: number | null): PlanValue => (v === null ? MISSING : toSheetNumber(unit, v));
  const gap = headlineGap(result);
  return {
    gap,
    values: [
      result.indicator.name,
      num(result.value),
      num(result.previous),
      num(result.sameMonthLastYear),
      directionText(result.direction),
      result.statutory?.target.label ?? "None",
      gapCell(result.statutory),
      result.internal?.target.label ?? "None",
      gapCell(result.internal),
      ragText(result, gap),
    ],
  };
}

/** The tallest wrapped text in a row decides its height. */
function rowHeight(values: readonly PlanValue[]): number {
  let height = 20;
  values.forEach((v, i) => {
    if (typeof v !== "string") return;
    // Nine-point text fits about a third more characters than the widths are measured in.
    height = Math.max(height, wrappedHeight(v, (DASHBOARD_WIDTHS[FIRST_COL + i] ?? 10) * 1.35, 9, 20) - 2);
  });
  return height;
}

/** The table with its header at `startRow`; returns its parts and its last row. */
export function headlineTable(results: readonly IndicatorResult[], startRow: number): { parts: SheetParts; lastRow: number } {
  const parts = emptyParts();
  parts.blocks.push({ address: `${L(FIRST_COL)}${startRow}`, values: [[...HEADLINE_HEADERS]] });
  parts.styles.push({ range: rowRange(startRow), style: { ...HEADER_STYLE, fontSize: 9 } });
  const right = [COL.latest, COL.previous, COL.lastYear, COL.statutoryGap, COL.internalGap];
  for (const c of right) parts.styles.push({ range: `${L(c)}${startRow}`, style: { horizontalAlignment: "right" } });
  for (const c of [COL.direction, COL.statutory, COL.internal, COL.rag]) parts.styles.push({ range: `${L(c)}${startRow}`, style: { horizontalAlignment: "center" } });
  parts.rowHeights[startRow] = 24;

  if (results.length === 0) {
    const row = startRow + 1;
    parts.blocks.push({ address: `${L(FIRST_COL)}${row}`, values: [[NO_INDICATORS]] });
    parts.merges.push(rowRange(row));
    parts.styles.push({ range: rowRange(row), style: { italic: true, fontColor: PALETTE.muted } });
    return { parts, lastRow: row };
  }

  const readingWidth = widthOf(FIRST_COL, LAST_COL) * 1.3;
  results.forEach((result, i) => {
    const row = startRow + 1 + i * 2;
    const { values } = headlineRow(result);
    const { unit } = result.indicator;
    parts.blocks.push({ address: `${L(FIRST_COL)}${row}`, values: [values] });
    parts.rowHeights[row] = rowHeight(values);
    parts.styles.push(
      { range: rowRange(row), style: { fontSize: 9, wrapText: true, verticalAlignment: "center" } },
      { range: `${L(COL.latest)}${row}:${L(COL.lastYear)}${row}`, style: { numberFormat: unitFormat(unit), horizontalAlignment: "right" } },
      { range: `${L(COL.statutoryGap)}${row}`, style: { numberFormat: gapFormat(unit), horizontalAlignment: "right" } },
      { range: `${L(COL.internalGap)}${row}`, style: { numberFormat: gapFormat(unit), horizontalAlignment: "right" } },
      { range: `${L(COL.direction)}${row}`, style: { horizontalAlignment: "center" } },
      // Centred, so a target's label does not run into the gap figure beside it.
      { range: `${L(COL.statutory)}${row}`, style: { horizontalAlignment: "center" } },
      { range: `${L(COL.internal)}${row}`, style: { horizontalAlignment: "center" } },
      { range: `${L(COL.indicator)}${row}`, style: { bold: true } },
      { range: `${L(COL.rag)}${row}`, style: ragStyle(result.rag) },
    );
    // The reading: one merged line under the figures, in words.
    const reading = indicatorReading(result);
    parts.blocks.push({ address: `${L(FIRST_COL)}${row + 1}`, values: [[reading]] });
    parts.merges.push(rowRange(row + 1));
    parts.styles.push({
      range: rowRange(row + 1),
      style: { italic: true, fontSize: 8, fontColor: PALETTE.muted, wrapText: true, verticalAlignment: "top", border: { bottom: true, color: PALETTE.lightRule } },
    });
    parts.rowHeights[row + 1] = wrappedHeight(reading, readingWidth, 8, 12) - 3;
  });
  return { parts, lastRow: startRow + results.length * 2 };
}
