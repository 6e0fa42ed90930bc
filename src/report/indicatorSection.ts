/**
 * One indicator's section below the headline table: a heading across the page,
 * the chart on the left (B–E) and, on the right (F–I), Definition, Impact and a
 * Commentary cell people type into. One input per row, keyed in hidden column A.
 */
import type { IndicatorResult } from "../domain/results";
import { CHART_COLS, L, PALETTE, TEXT_COLS, rowRange, widthOf } from "./dashboardLayout";
import type { ChartRanges } from "./dataSheet";
import { indicatorChart } from "./indicatorChart";
import type { SheetParts } from "./sheetParts";
import { emptyParts } from "./sheetParts";
import { wrappedHeight } from "./textHeight";

export const NO_DEFINITION = "No definition recorded.";
export const NO_IMPACT = "No impact statement recorded.";
export const COMMENTARY_PLACEHOLDER = "Type commentary here.";

/** The key of an indicator's commentary cell, carried across refreshes. */
export function commentaryKey(code: string): string {
  return `commentary:${code}`;
}

/** Points a chart needs to be read: about 7 cm. */
export const MIN_CHART_HEIGHT = 280;
const HEADING_HEIGHT = 22;
const LABEL_HEIGHT = 16;
const MIN_COMMENTARY_HEIGHT = 48;

const textRange = (row: number): string => rowRange(row, TEXT_COLS.first, TEXT_COLS.last);

function present(text: string | undefined, fallback: string): string {
  return text !== undefined && text.trim() !== "" ? text : fallback;
}

/** The section with its heading at `startRow`; returns its parts and its last row. */
export function indicatorSection(
  result: IndicatorResult,
  startRow: number,
  ranges: ChartRanges,
  dataSheet: string,
): { parts: SheetParts; lastRow: number } {
  const parts = emptyParts();
  const { indicator } = result;
  const text = L(TEXT_COLS.first);
  const width = widthOf(TEXT_COLS.first, TEXT_COLS.last);
  const r = startRow;

  parts.blocks.push({ address: `B${r}`, values: [[indicator.name]] });
  parts.merges.push(rowRange(r));
  parts.styles.push({
    range: rowRange(r),
    style: { bold: true, fontSize: 13, fill: PALETTE.sectionFill, verticalAlignment: "center", border: { bottom: true, color: PALETTE.rule } },
  });
  parts.rowHeights[r] = HEADING_HEIGHT;

  const definition = present(indicator.definition, NO_DEFINITION);
  const impact = present(indicator.impact, NO_IMPACT);
  // Label rows and text rows alternate; each text sits in its own merged row.
  const rows: { label: string; body?: string }[] = [
    { label: "Definition", body: definition },
    { label: "Impact", body: impact },
    { label: "Commentary" },
  ];
  let row = r + 1;
  for (const { label, body } of rows) {
    parts.blocks.push({ address: `${text}${row}`, values: [[label]] });
    parts.styles.push({ range: `${text}${row}`, style: { bold: true, verticalAlignment: "bottom" } });
    parts.rowHeights[row] = LABEL_HEIGHT;
    row += 1;
    parts.merges.push(textRange(row));
    parts.styles.push({ range: textRange(row), style: { wrapText: true, verticalAlignment: "top" } });
    if (body !== undefined) {
      parts.blocks.push({ address: `${text}${row}`, values: [[body]] });
      parts.rowHeights[row] = wrappedHeight(body, width);
      row += 1;
    }
  }
  // `row` is now the commentary row: it takes up whatever height the chart still needs.
  const commentaryRow = row;
  const used = Object.entries(parts.rowHeights)
    .filter(([k]) => Number(k) > r && Number(k) < commentaryRow)
    .reduce((sum, [, h]) => sum + h, 0);
  parts.rowHeights[commentaryRow] = Math.max(MIN_COMMENTARY_HEIGHT, MIN_CHART_HEIGHT - used);
  parts.styles.push({
    range: textRange(commentaryRow),
    style: { fill: PALETTE.inputFill, border: { top: true, bottom: true, left: true, right: true, color: PALETTE.lightRule } },
  });
  parts.inputs.push({ key: commentaryKey(result.code), address: `${text}${commentaryRow}`, placeholder: COMMENTARY_PLACEHOLDER });

  const from = `${L(CHART_COLS.first)}${r + 1}`;
  const to = `${L(CHART_COLS.last)}${commentaryRow}`;
  parts.charts.push(indicatorChart(result, ranges, dataSheet, { from, to }));
  return { parts, lastRow: commentaryRow };
}
