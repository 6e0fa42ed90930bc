/**
 * The "Notice Tracker" sheet: the quarterly return to the Minister on one
 * sheet. One row per Improvement Notice target (grouped by indicator) with its
 * baseline, deadline, latest figure, RAG, verdict now and at the deadline, the
 * period's figure, and a Commentary cell per target that is kept across
 * refreshes; qualitative targets with the plan actions that cite them.
 */
import { monthLabel } from "../../domain/periods";
import type { MonthIndex } from "../../domain/types";
import { PALETTE } from "../layout/palette";
import type { Band } from "../layout/pageBreaks";
import type { PlanValue, SheetPlan } from "../plan/plan";
import { ragStyle } from "../layout/ragStyle";
import { colLetter, type ReportColumn } from "../layout/reportColumns";
import { reportSheet } from "../layout/reportSheet";
import { noteRow, reportTable } from "../layout/reportTable";
import { REPORT_TITLE_ROWS, reportTitle } from "../layout/reportTitle";
import type { SheetParts } from "../layout/sheetParts";
import { emptyParts } from "../layout/sheetParts";
import { verdictStyle } from "./standingStyle";
import { trackerKey, type MeasureRow, type TrackerRow } from "./noticeTracker";
import { toSheetNumber, unitFormat } from "../layout/unitFormat";
import { valueText } from "../layout/valueText";

export const NOTICE_TRACKER_KEY = "notice-tracker";
export const NOTICE_TRACKER_NAME = "Notice Tracker";
export const TRACKER_PLACEHOLDER = "Type commentary for the return here.";
export const NO_NOTICE_TARGETS = "The catalogue has no statutory (Improvement Notice) targets.";

export const TRACKER_NOTE =
  "All sixteen Improvement Notice targets, whole authority, in the Notice's order. RAG: Green = at or better than target; Amber = short within tolerance; Red = short by more. " +
  "Verdict: the forecast for a deadline still ahead; for a target over a period, the period's figure so far (pooled outturn, year-to-date figure or mean of months, as the Detail says); met / not met once in force, beside the verdict at the deadline. " +
  "Qualitative targets show the plan actions that cite them. Commentary typed in the last column is kept when the sheet is refreshed.";

export const TRACKER_COLUMNS: readonly ReportColumn[] = [
  { header: "Indicator or target", width: 26, wrap: true },
  { header: "Notice ref", width: 7, align: "center", wrap: true },
  { header: "What the Notice asks", width: 24, wrap: true },
  { header: "Deadline / period", width: 11, wrap: true },
  { header: "Baseline", width: 10, align: "right", wrap: true },
  { header: "Latest", width: 9, align: "right" },
  { header: "Month", width: 9, align: "center" },
  { header: "RAG", width: 11, align: "center", wrap: true },
  { header: "Verdict", width: 14, align: "center", wrap: true },
  { header: "At deadline", width: 12, align: "center", wrap: true },
  { header: "Period figure", width: 9, align: "center", wrap: true },
  { header: "Detail", width: 31, wrap: true },
  { header: "Commentary", width: 30, wrap: true },
];

/** Column indexes (0-based, from B) the sheet styles row by row. */
const C = { latest: 5, rag: 7, verdict: 8, average: 10, commentary: 12 } as const;
/** Header on row 5, under a spacer: title rows and header repeat on every printed page. */
const HEADER_ROW = REPORT_TITLE_ROWS + 2;
const MIN_ROW_HEIGHT = 32;

function baselineText(row: MeasureRow): string {
  if (!row.baseline) return "–";
  const value = valueText(row.indicator.unit, row.baseline.value);
  return row.baseline.month !== undefined ? `${value} (${monthLabel(row.baseline.month)})` : value;
}

/** The Notice's words for the target, with "thereafter minimising" where the Notice adds it. */
function targetWords(row: MeasureRow): string {
  return row.target.thereafter === "minimise" ? `${row.target.label}, and thereafter minimising` : row.target.label;
}

function values(row: TrackerRow, firstOfGroup: boolean): PlanValue[] {
  const { standing } = row;
  if (row.kind === "qualitative") {
    return [row.notice.title, row.reference ?? "", row.notice.summary, "ongoing", "–", "–", "–", standing.ragText, standing.verdictText, "–", null, standing.detail, null];
  }
  const { unit } = row.indicator;
  return [
    firstOfGroup ? row.indicator.name : null,
    row.reference ?? "",
    targetWords(row),
    row.deadline,
    baselineText(row),
    row.latest ? toSheetNumber(unit, row.latest.value) : "–",
    row.latest ? monthLabel(row.latest.month) : "–",
    standing.ragText,
    standing.verdictText,
    standing.atDeadline ?? "–",
    standing.average !== undefined ? toSheetNumber(unit, standing.average) : null,
    standing.detail,
    null, // the commentary input: written by the shells from what people typed
  ];
}

export interface NoticeTrackerInput {
  rows: readonly TrackerRow[];
  month: MonthIndex;
  asAt?: string;
}

/** The tracker sheet for rows from `noticeTracker`. */
export function noticeTrackerSheet(input: NoticeTrackerInput): SheetPlan {
  const columns = TRACKER_COLUMNS;
  const title = reportTitle(columns, { title: "Improvement Notice tracker", month: input.month, note: TRACKER_NOTE, ...(input.asAt ? { asAt: input.asAt } : {}) });
  const spacer: SheetParts = { ...emptyParts(), rowHeights: { [REPORT_TITLE_ROWS + 1]: 8 } };
  if (input.rows.length === 0) {
    const header = reportTable(columns, HEADER_ROW, []);
    const note = noteRow(columns, HEADER_ROW + 1, NO_NOTICE_TARGETS);
    return reportSheet({ key: NOTICE_TRACKER_KEY, name: NOTICE_TRACKER_NAME, columns, parts: [title, spacer, header.parts, note], lastRow: HEADER_ROW + 1, repeatRows: HEADER_ROW });
  }

  const table = reportTable(
    columns,
    HEADER_ROW,
    input.rows.map((row, i) => values(row, i === 0 || input.rows[i - 1]!.code !== row.code)),
    { minRowHeight: MIN_ROW_HEIGHT },
  );
  const rowParts = emptyParts();
  const bands: Band[] = [];
  input.rows.forEach((row, i) => {
    const r = table.firstDataRow + i;
    const format = row.kind === "measure" ? unitFormat(row.indicator.unit) : undefined;
    const cell = (c: number) => `${colLetter(c)}${r}`;
    if (format) rowParts.styles.push({ range: cell(C.latest), style: { numberFormat: format } }, { range: cell(C.average), style: { numberFormat: format } });
    rowParts.styles.push(
      { range: cell(C.rag), style: ragStyle(row.standing.rag) },
      { range: cell(C.verdict), style: verdictStyle(row.standing.verdict, row.standing.drifting) },
      { range: cell(C.commentary), style: { fill: PALETTE.inputFill, verticalAlignment: "top", border: { left: true, right: true, bottom: true, color: PALETTE.lightRule } } },
    );
    rowParts.inputs.push({ key: trackerKey(row.code, row.index), address: cell(C.commentary), placeholder: TRACKER_PLACEHOLDER });
    const height = table.parts.rowHeights[r] ?? MIN_ROW_HEIGHT;
    const last = bands[bands.length - 1];
    if (i > 0 && input.rows[i - 1]!.code === row.code && last) last.height += height;
    else bands.push({ startRow: r, height });
  });
  return reportSheet({
    key: NOTICE_TRACKER_KEY,
    name: NOTICE_TRACKER_NAME,
    columns,
    parts: [title, spacer, table.parts, rowParts],
    lastRow: table.lastRow,
    repeatRows: HEADER_ROW,
    bands,
  });
}
