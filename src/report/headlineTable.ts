/** The headline table: one row per dashboard indicator, numbers as numbers. */
import { headlineGap } from "../domain/gaps/headline";
import type { IndicatorResult, TargetGap } from "../domain/results";
import type { PlanValue } from "./plan";
import { COL, DASHBOARD_WIDTHS, FIRST_COL, HEADER_STYLE, L, PALETTE, rowRange } from "./dashboardLayout";
import { directionText } from "./directionText";
import { ragStyle, ragWord } from "./ragStyle";
import type { SheetParts } from "./sheetParts";
import { emptyParts } from "./sheetParts";
import { wrappedHeight } from "./textHeight";
import { gapFormat, toSheetNumber, unitFormat } from "./unitFormat";

export const HEADLINE_HEADERS = [
  "Indicator",
  "Latest",
  "Previous",
  "Direction",
  "Statutory target",
  "Internal target",
  "Gap to target",
  "RAG",
] as const;

/** Shown where a number is missing: an en dash, which Excel never reads as a formula. */
export const MISSING = "–";
export const NO_INDICATORS = "No indicators are marked for the Member Dashboard.";

/**
 * The RAG word. "No target" only when there is none; a target that cannot be
 * judged says why: no figure, not yet due, or no level to judge against (a
 * baseline or benchmark nobody has supplied).
 */
function ragText(result: IndicatorResult, gap: TargetGap | undefined): string {
  if (result.rag !== "none" || (!result.statutory && !result.internal)) return ragWord(result.rag);
  if (result.value === null) return "No value";
  if (gap?.inForce === false) return "Not yet due";
  return "Not rated";
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
      directionText(result.direction),
      result.statutory?.target.label ?? "None",
      result.internal?.target.label ?? "None",
      gap?.gap !== undefined ? gap.gap : MISSING,
      ragText(result, gap),
    ],
  };
}

/** The tallest wrapped text in a row decides its height. */
function rowHeight(values: readonly PlanValue[]): number {
  let height = 20;
  values.forEach((v, i) => {
    if (typeof v !== "string") return;
    height = Math.max(height, wrappedHeight(v, DASHBOARD_WIDTHS[FIRST_COL + i] ?? 10, 11, 20));
  });
  return height;
}

/** The table with its header at `startRow`; returns its parts and its last row. */
export function headlineTable(results: readonly IndicatorResult[], startRow: number): { parts: SheetParts; lastRow: number } {
  const parts = emptyParts();
  parts.blocks.push({ address: `${L(FIRST_COL)}${startRow}`, values: [[...HEADLINE_HEADERS]] });
  parts.styles.push({
    range: rowRange(startRow),
    style: HEADER_STYLE,
  });
  parts.styles.push({ range: `${L(COL.latest)}${startRow}:${L(COL.previous)}${startRow}`, style: { horizontalAlignment: "right" } });
  parts.styles.push({ range: `${L(COL.gap)}${startRow}`, style: { horizontalAlignment: "right" } });
  parts.styles.push({ range: `${L(COL.direction)}${startRow}`, style: { horizontalAlignment: "center" } });
  parts.styles.push({ range: `${L(COL.rag)}${startRow}`, style: { horizontalAlignment: "center" } });
  parts.rowHeights[startRow] = 22;

  if (results.length === 0) {
    const row = startRow + 1;
    parts.blocks.push({ address: `${L(FIRST_COL)}${row}`, values: [[NO_INDICATORS]] });
    parts.merges.push(rowRange(row));
    parts.styles.push({ range: rowRange(row), style: { italic: true, fontColor: PALETTE.muted } });
    return { parts, lastRow: row };
  }

  const rows = results.map(headlineRow);
  parts.blocks.push({ address: `${L(FIRST_COL)}${startRow + 1}`, values: rows.map((r) => r.values) });
  results.forEach((result, i) => {
    const row = startRow + 1 + i;
    const { unit } = result.indicator;
    parts.rowHeights[row] = rowHeight(rows[i]!.values);
    parts.styles.push(
      { range: rowRange(row), style: { wrapText: true, verticalAlignment: "center", border: { bottom: true, color: PALETTE.lightRule } } },
      { range: `${L(COL.latest)}${row}:${L(COL.previous)}${row}`, style: { numberFormat: unitFormat(unit), horizontalAlignment: "right" } },
      { range: `${L(COL.gap)}${row}`, style: { numberFormat: gapFormat(unit), horizontalAlignment: "right" } },
      { range: `${L(COL.direction)}${row}`, style: { horizontalAlignment: "center" } },
      { range: `${L(COL.rag)}${row}`, style: ragStyle(result.rag) },
    );
  });
  return { parts, lastRow: startRow + results.length };
}

