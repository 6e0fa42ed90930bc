/**
 * One indicator's section below the headline table: a heading across the page,
 * the chart on the left and, on the right, Definition and Impact (each with
 * where its text comes from) and a Commentary cell people type into. An empty
 * commentary cell gets a draft from the figures; the prompt is a cell note,
 * never the cell's value. Two sections fit on one A4 landscape page.
 */
import type { IndicatorResult } from "../../domain/results";
import { CHART_COLS, L, TEXT_COLS, rowRange, widthOf } from "./dashboardLayout";
import { PALETTE } from "../layout/palette";
import type { ChartRanges } from "./charts/dataSheet";
import type { ChartFigures } from "./charts/indicatorChart";
import { indicatorChart } from "./charts/indicatorChart";
import { draftCommentary } from "./indicatorReading";
import type { SheetParts } from "../layout/sheetParts";
import { emptyParts } from "../layout/sheetParts";
import { wrappedHeight } from "../layout/textHeight";

export const NO_DEFINITION = "No definition recorded.";
export const NO_IMPACT = "No impact statement recorded.";
/** The commentary cell's prompt: shown as its note, never written as its value. */
export const COMMENTARY_PLACEHOLDER =
  "Commentary for Members: what the figures show and what is being done. Replace the draft (or type over it); what you type is kept on every refresh.";
/** Said of text whose source the catalogue does not record (a person's own Indicators table). */
export const SOURCE_NOT_RECORDED = "source not recorded";

/** The key of an indicator's commentary cell, carried across refreshes. */
export function commentaryKey(code: string): string {
  return `commentary:${code}`;
}

/** Points a chart needs to be read: about 7 cm, so two sections share an A4 landscape page. */
export const MIN_CHART_HEIGHT = 190;
const HEADING_HEIGHT = 20;
const LABEL_HEIGHT = 13;
const MIN_COMMENTARY_HEIGHT = 30;
const TEXT_SIZE = 9;

const textRange = (row: number): string => rowRange(row, TEXT_COLS.first, TEXT_COLS.last);

function present(text: string | undefined, fallback: string): string {
  return text !== undefined && text.trim() !== "" ? text : fallback;
}

/** The section with its heading at `startRow`; returns its parts and its last row. */
export function indicatorSection(
  result: IndicatorResult,
  startRow: number,
  ranges: ChartRanges,
  figures: ChartFigures,
  dataSheet: string,
): { parts: SheetParts; lastRow: number } {
  const parts = emptyParts();
  const { indicator } = result;
  const text = L(TEXT_COLS.first);
  // Nine-point text fits about a sixth more characters than the widths are measured in.
  const width = widthOf(TEXT_COLS.first, TEXT_COLS.last) * 1.15;
  const r = startRow;

  parts.blocks.push({ address: `B${r}`, values: [[indicator.name]] });
  parts.merges.push(rowRange(r));
  parts.styles.push({
    range: rowRange(r),
    style: { bold: true, fontSize: 12, fill: PALETTE.sectionFill, verticalAlignment: "center", border: { bottom: true, color: PALETTE.rule } },
  });
  parts.rowHeights[r] = HEADING_HEIGHT;

  const definition = present(indicator.definition, NO_DEFINITION);
  const impact = present(indicator.impact, NO_IMPACT);
  const sourced = (label: string, body: string, source: string | undefined, fallback: string): string =>
    body === fallback ? label : `${label} — ${source ?? SOURCE_NOT_RECORDED}`;
  // Label rows and text rows alternate; each text sits in its own merged row.
  const rows: { label: string; body?: string }[] = [
    { label: sourced("Definition", definition, indicator.definitionSource, NO_DEFINITION), body: definition },
    { label: sourced("Impact", impact, indicator.impactSource, NO_IMPACT), body: impact },
    { label: "Commentary" },
  ];
  let row = r + 1;
  for (const { label, body } of rows) {
    parts.blocks.push({ address: `${text}${row}`, values: [[label]] });
    parts.merges.push(textRange(row));
    parts.rowHeights[row] = wrappedHeight(label, width * 1.1, 8, LABEL_HEIGHT) - 2;
    parts.styles.push({ range: textRange(row), style: { bold: true, fontSize: 8, wrapText: true, verticalAlignment: "bottom" } });
    row += 1;
    parts.merges.push(textRange(row));
    parts.styles.push({ range: textRange(row), style: { wrapText: true, verticalAlignment: "top", fontSize: TEXT_SIZE } });
    if (body !== undefined) {
      parts.blocks.push({ address: `${text}${row}`, values: [[body]] });
      parts.rowHeights[row] = wrappedHeight(body, width, TEXT_SIZE);
      row += 1;
    }
  }
  // `row` is now the commentary row: it takes up whatever height the chart still needs.
  const commentaryRow = row;
  const used = Object.entries(parts.rowHeights)
    .filter(([k]) => Number(k) > r && Number(k) < commentaryRow)
    .reduce((sum, [, h]) => sum + h, 0);
  const draft = draftCommentary(result);
  parts.rowHeights[commentaryRow] = Math.max(MIN_COMMENTARY_HEIGHT, wrappedHeight(draft, width, TEXT_SIZE), MIN_CHART_HEIGHT - used);
  parts.styles.push({
    range: textRange(commentaryRow),
    style: { fill: PALETTE.inputFill, border: { top: true, bottom: true, left: true, right: true, color: PALETTE.lightRule } },
  });
  parts.inputs.push({ key: commentaryKey(result.code), address: `${text}${commentaryRow}`, placeholder: COMMENTARY_PLACEHOLDER, draft });

  const from = `${L(CHART_COLS.first)}${r + 1}`;
  const to = `${L(CHART_COLS.last)}${commentaryRow}`;
  parts.charts.push(indicatorChart(result, ranges, figures, dataSheet, { from, to }));
  return { parts, lastRow: commentaryRow };
}
