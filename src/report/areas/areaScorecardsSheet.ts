/**
 * The "Area Scorecards" sheet: each measure by area in one table, grouped by
 * indicator, with RAG fills and two trends per row over the last six
 * figures: block characters, which every host shows and prints, and a
 * sparkline beside them over the same figures (in hidden columns right of the
 * table), which only the .xlsx shell can draw.
 */
import type { MonthIndex } from "../../domain/types";
import type { ScorecardGroup } from "./areaScorecards";
import { directionText } from "../layout/directionText";
import type { Band } from "../layout/pageBreaks";
import type { PlanValue, SheetPlan, SparklinePlan } from "../plan/plan";
import { ragStyle } from "../layout/ragStyle";
import { colLetter, REPORT_FIRST_COL, tableRowRange, type ReportColumn } from "../layout/reportColumns";
import { reportSheet } from "../layout/reportSheet";
import { noteRow, reportTable } from "../layout/reportTable";
import { REPORT_TITLE_ROWS, reportTitle } from "../layout/reportTitle";
import type { SheetParts } from "../layout/sheetParts";
import { emptyParts } from "../layout/sheetParts";
import { PALETTE } from "../layout/palette";
import { gapFormat, toSheetNumber, unitFormat } from "../layout/unitFormat";
import { TREND_POINTS } from "./blockSparkline";
import { hiddenColumns, trendSparklines } from "./trendSparklines";

export const AREA_SCORECARDS_KEY = "area-scorecards";
export const AREA_SCORECARDS_NAME = "Area Scorecards";
export const NO_SCORECARD_MEASURES = "No measure has figures to show.";

export const SCORECARD_NOTE =
  "Every measure with figures, for the whole authority and each area in the data, with its statutory (Notice) and internal targets. " +
  "Gap and RAG against the headline target: the statutory one where it applies, else the internal one (counts have targets for the whole authority only). " +
  "▲/▼: better or worse than the previous figure. Trend: the last six figures, oldest first, as bars from lowest to highest (· = no figure); " +
  "Trend line: the same figures as a small line, drawn by Excel in files built by the command line (the add-in cannot draw one).";

export const SCORECARD_COLUMNS: readonly ReportColumn[] = [
  { header: "Area", width: 20, wrap: true },
  { header: "Latest", width: 10, align: "right" },
  { header: "Previous", width: 10, align: "right" },
  { header: "Direction", width: 13, align: "center" },
  { header: "Statutory target", width: 18, wrap: true },
  { header: "Internal target", width: 13, wrap: true },
  { header: "Gap to target", width: 14, align: "right" },
  { header: "RAG", width: 11, align: "center", wrap: true },
  { header: "Trend (last 6)", width: 12, align: "center" },
  { header: "Trend line", width: 10 },
  { header: "Note", width: 26, wrap: true },
];

const C = { latest: 1, previous: 2, gap: 6, rag: 7, trend: 8, trendLine: 9 } as const;
/** The first hidden column holding the figures the trend lines draw: just right of the table (and its print area). */
const FIGURES_COLUMN = REPORT_FIRST_COL + SCORECARD_COLUMNS.length;
const HEADER_ROW = REPORT_TITLE_ROWS + 2;
const MISSING = "–";

function groupHeading(row: number, text: string): SheetParts {
  const parts = emptyParts();
  const range = tableRowRange(SCORECARD_COLUMNS, row);
  parts.blocks.push({ address: `${colLetter(0)}${row}`, values: [[text]] });
  parts.merges.push(range);
  parts.styles.push({ range, style: { bold: true, fill: PALETTE.sectionFill, verticalAlignment: "center", border: { bottom: true, color: PALETTE.rule } } });
  parts.rowHeights[row] = 20;
  return parts;
}

function groupParts(group: ScorecardGroup, startRow: number): { parts: SheetParts[]; lastRow: number; sparklines: SparklinePlan[] } {
  const { unit } = group.indicator;
  const num = (v: number | null): PlanValue => (v === null ? MISSING : toSheetNumber(unit, v));
  const rows = group.rows.map((r): PlanValue[] => [
    r.area,
    num(r.result.value),
    num(r.result.previous),
    directionText(r.result.direction),
    r.statutory,
    r.internal,
    r.gap !== undefined ? r.gap : MISSING,
    r.ragText,
    r.trend,
    null,
    r.note,
  ]);
  const table = reportTable(SCORECARD_COLUMNS, startRow + 1, rows, { noHeader: true });
  const styles = emptyParts();
  const first = table.firstDataRow;
  const last = table.lastRow;
  styles.styles.push(
    { range: `${colLetter(C.latest)}${first}:${colLetter(C.previous)}${last}`, style: { numberFormat: unitFormat(unit) } },
    { range: `${colLetter(C.gap)}${first}:${colLetter(C.gap)}${last}`, style: { numberFormat: gapFormat(unit) } },
    // The bars read best a size up, in one colour.
    { range: `${colLetter(C.trend)}${first}:${colLetter(C.trend)}${last}`, style: { fontSize: 12, fontColor: PALETTE.value } },
  );
  group.rows.forEach((r, i) => {
    styles.styles.push({ range: `${colLetter(C.rag)}${first + i}`, style: ragStyle(r.result.rag) });
  });
  // The whole authority's row leads its group in bold.
  if (group.rows[0]?.result.area === "") styles.styles.push({ range: `${colLetter(0)}${first}`, style: { bold: true } });
  const lines = trendSparklines({
    sheet: AREA_SCORECARDS_NAME,
    figures: group.rows.map((r) => r.figures),
    firstRow: first,
    trendColumn: REPORT_FIRST_COL + C.trendLine,
    dataColumn: FIGURES_COLUMN,
    unit,
    color: PALETTE.value,
  });
  return { parts: [groupHeading(startRow, group.indicator.name), table.parts, styles, lines.parts], lastRow: last, sparklines: lines.sparklines };
}

export interface AreaScorecardsInput {
  groups: readonly ScorecardGroup[];
  month: MonthIndex;
  asAt?: string;
}

/** The scorecards sheet for groups from `areaScorecards`. */
export function areaScorecardsSheet(input: AreaScorecardsInput): SheetPlan {
  const columns = SCORECARD_COLUMNS;
  const title = reportTitle(columns, { title: "Area scorecards: every measure", month: input.month, note: SCORECARD_NOTE, ...(input.asAt ? { asAt: input.asAt } : {}) });
  const spacer: SheetParts = { ...emptyParts(), rowHeights: { [REPORT_TITLE_ROWS + 1]: 8 } };
  const header = reportTable(columns, HEADER_ROW, []);
  const parts: SheetParts[] = [title, spacer, header.parts];
  let lastRow = HEADER_ROW;
  const bands: Band[] = [];
  const sparklines: SparklinePlan[] = [];
  if (input.groups.length === 0) {
    parts.push(noteRow(columns, HEADER_ROW + 1, NO_SCORECARD_MEASURES));
    lastRow = HEADER_ROW + 1;
  }
  for (const group of input.groups) {
    const start = lastRow + 1;
    const g = groupParts(group, start);
    parts.push(...g.parts);
    sparklines.push(...g.sparklines);
    let height = 0;
    for (const p of g.parts) for (const [row, h] of Object.entries(p.rowHeights)) if (Number(row) >= start) height += h;
    bands.push({ startRow: start, height });
    lastRow = g.lastRow;
  }
  const sheet = reportSheet({ key: AREA_SCORECARDS_KEY, name: AREA_SCORECARDS_NAME, columns, parts, lastRow, repeatRows: HEADER_ROW, bands });
  if (sparklines.length === 0) return sheet;
  return { ...sheet, columnWidths: { ...sheet.columnWidths, ...hiddenColumns(FIGURES_COLUMN, TREND_POINTS) }, sparklines };
}
