/**
 * The "Area Scorecards" sheet: each measure by area in one table, grouped by
 * indicator, with RAG fills and a small text trend per row (the last six
 * figures as block characters; see blockSparkline for why not sparklines).
 */
import type { MonthIndex } from "../domain/types";
import type { ScorecardGroup } from "./areaScorecards";
import { directionText } from "./directionText";
import type { Band } from "./pageBreaks";
import type { PlanValue, SheetPlan } from "./plan";
import { ragStyle } from "./ragStyle";
import { colLetter, tableRowRange, type ReportColumn } from "./reportColumns";
import { reportSheet } from "./reportSheet";
import { noteRow, reportTable } from "./reportTable";
import { REPORT_TITLE_ROWS, reportTitle } from "./reportTitle";
import type { SheetParts } from "./sheetParts";
import { emptyParts } from "./sheetParts";
import { PALETTE } from "./dashboardLayout";
import { gapFormat, toSheetNumber, unitFormat } from "./unitFormat";

export const AREA_SCORECARDS_KEY = "area-scorecards";
export const AREA_SCORECARDS_NAME = "Area Scorecards";
export const NO_SCORECARD_MEASURES = "No dashboard indicator or figures by area to show.";

export const SCORECARD_NOTE =
  "Each measure for the whole authority and each area in the data. RAG against the headline target (counts have targets for the whole authority only). " +
  "▲/▼: better or worse than the previous figure. Trend: the last six figures, oldest first, as bars from lowest to highest (· = no figure).";

export const SCORECARD_COLUMNS: readonly ReportColumn[] = [
  { header: "Area", width: 24, wrap: true },
  { header: "Latest", width: 10, align: "right" },
  { header: "Previous", width: 10, align: "right" },
  { header: "Direction", width: 14, align: "center" },
  { header: "Target", width: 20, wrap: true },
  { header: "Gap to target", width: 15, align: "right" },
  { header: "RAG", width: 11, align: "center", wrap: true },
  { header: "Trend (last 6)", width: 13, align: "center" },
  { header: "Note", width: 34, wrap: true },
];

const C = { latest: 1, previous: 2, gap: 5, rag: 6, trend: 7 } as const;
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

function groupParts(group: ScorecardGroup, startRow: number): { parts: SheetParts[]; lastRow: number } {
  const { unit } = group.indicator;
  const num = (v: number | null): PlanValue => (v === null ? MISSING : toSheetNumber(unit, v));
  const rows = group.rows.map((r): PlanValue[] => [
    r.area,
    num(r.result.value),
    num(r.result.previous),
    directionText(r.result.direction),
    r.target,
    r.gap !== undefined ? r.gap : MISSING,
    r.ragText,
    r.trend,
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
  return { parts: [groupHeading(startRow, group.indicator.name), table.parts, styles], lastRow: last };
}

export interface AreaScorecardsInput {
  groups: readonly ScorecardGroup[];
  month: MonthIndex;
  asAt?: string;
}

/** The scorecards sheet for groups from `areaScorecards`. */
export function areaScorecardsSheet(input: AreaScorecardsInput): SheetPlan {
  const columns = SCORECARD_COLUMNS;
  const title = reportTitle(columns, { title: "Area scorecards", month: input.month, note: SCORECARD_NOTE, ...(input.asAt ? { asAt: input.asAt } : {}) });
  const spacer: SheetParts = { ...emptyParts(), rowHeights: { [REPORT_TITLE_ROWS + 1]: 8 } };
  const header = reportTable(columns, HEADER_ROW, []);
  const parts: SheetParts[] = [title, spacer, header.parts];
  let lastRow = HEADER_ROW;
  const bands: Band[] = [];
  if (input.groups.length === 0) {
    parts.push(noteRow(columns, HEADER_ROW + 1, NO_SCORECARD_MEASURES));
    lastRow = HEADER_ROW + 1;
  }
  for (const group of input.groups) {
    const start = lastRow + 1;
    const g = groupParts(group, start);
    parts.push(...g.parts);
    let height = 0;
    for (const p of g.parts) for (const [row, h] of Object.entries(p.rowHeights)) if (Number(row) >= start) height += h;
    bands.push({ startRow: start, height });
    lastRow = g.lastRow;
  }
  return reportSheet({ key: AREA_SCORECARDS_KEY, name: AREA_SCORECARDS_NAME, columns, parts, lastRow, repeatRows: HEADER_ROW, bands });
}
