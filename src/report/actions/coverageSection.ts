/**
 * The coverage matrix on the plan-actions sheet: every Improvement Notice
 * target (IN 1–16), inspection recommendation (O 1–23) and Core Task
 * (CT 1–10) with its short title, the actions that reference it, how many are
 * live, and "Gap" (word and fill) where no live action that is on time does —
 * "Covered only by overdue actions" when the live ones are all overdue.
 */
import { CROSS_REFERENCE_RANGES, type CoverageCell, type CrossReferenceKind } from "../../domain/actions";
import type { Catalogue } from "../../domain/types";
import type { Section } from "./actionsSections";
import { ACTION_SHEET_COLUMNS, ACTION_SHEET_WIDTHS } from "./actionsSections";
import { noticeReference } from "../tracker/noticeTracker";
import type { PlanValue } from "../plan/plan";
import { crossReferenceTitle } from "./crossReferenceTitles";
import { ragStyle } from "../layout/ragStyle";
import { colLetter, type ReportColumn } from "../layout/reportColumns";
import { noteRow, reportTable, rowHeightFor, sectionHeading } from "../layout/reportTable";
import type { SheetParts } from "../layout/sheetParts";
import { emptyParts } from "../layout/sheetParts";

export const COVERED = "Covered";
export const GAP = "Gap";
/** A gap whose only live actions are overdue: they do not count as cover. */
export const OVERDUE_ONLY = "Covered only by overdue actions";

const KIND_TITLES: Record<CrossReferenceKind, string> = {
  IN: `Improvement Notice targets (IN 1–${CROSS_REFERENCE_RANGES.IN})`,
  O: `Inspection recommendations (O 1–${CROSS_REFERENCE_RANGES.O})`,
  CT: `Core Tasks (CT 1–${CROSS_REFERENCE_RANGES.CT})`,
};

/**
 * The description spans C–D (merged on every row), so its wrapping is sized
 * to both; the second entry only holds D's place and is never written.
 */
export const COVERAGE_COLUMNS: readonly ReportColumn[] = [
  { header: "Ref", width: ACTION_SHEET_WIDTHS[0], wrap: true },
  { header: "What it is, and the actions referencing it", width: ACTION_SHEET_WIDTHS[1] + ACTION_SHEET_WIDTHS[2], wrap: true },
  { header: "", width: 0 },
  { header: "Live actions", width: ACTION_SHEET_WIDTHS[3], align: "right", wrap: true },
  { header: "All actions", width: ACTION_SHEET_WIDTHS[4], align: "right", wrap: true },
  { header: "Coverage", width: ACTION_SHEET_WIDTHS[5], align: "center", wrap: true },
];
const COVERAGE_COL = 5;
/** Rows of one printed piece of a coverage table, in points: well within a page under the repeated title and the piece's heading and header. */
const MAX_PIECE_HEIGHT = 300;

/** The catalogue's indicators by Notice reference ("IN 7" → their names), from their targets' sources. */
export function noticeIndicatorNames(catalogue: Catalogue): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const indicator of catalogue) {
    for (const target of indicator.targets) {
      const ref = noticeReference(target.source);
      if (!ref?.startsWith("IN ")) continue;
      const list = names.get(ref) ?? [];
      if (!list.includes(indicator.name)) list.push(indicator.name);
      names.set(ref, list);
    }
  }
  return names;
}

function describe(cell: CoverageCell, indicators: readonly string[] | undefined): string {
  const title = crossReferenceTitle(cell.kind, cell.number);
  const state = cell.live === 0 ? " (none live)" : cell.overdueOnly ? " (every live one overdue)" : cell.overdue > 0 ? ` (${cell.overdue} overdue)` : "";
  const refs = cell.refs.length > 0 ? `Actions ${cell.refs.join(", ")}${state}` : "No action references it";
  const text = title ? `${title}. ${refs}` : refs;
  return indicators?.length ? `${text}. Measured by: ${indicators.join("; ")}` : text;
}

function coverageWord(cell: CoverageCell): string {
  if (!cell.gap) return COVERED;
  return cell.overdueOnly ? OVERDUE_ONLY : GAP;
}

/**
 * The matrix, one table per kind (cut into pieces that fit a printed page,
 * each with its header row), with its heading at `startRow`; and the bands of
 * rows to keep on one page (each piece whole).
 */
export function coverageSection(coverage: readonly CoverageCell[], startRow: number, catalogue: Catalogue = []): { section: Section; bands: { startRow: number; lastRow: number }[] } {
  const names = noticeIndicatorNames(catalogue);
  const gaps = coverage.filter((c) => c.gap).length;
  const parts: SheetParts[] = [
    sectionHeading(ACTION_SHEET_COLUMNS, startRow, "Coverage of Notice targets, inspection recommendations and Core Tasks"),
    noteRow(
      ACTION_SHEET_COLUMNS,
      startRow + 1,
      `${gaps} of ${coverage.length} have no live action that is on time: no action references them, every action that does is completed or cancelled (Gap), or the only live ones are overdue (covered only by overdue actions), which do not count as cover.`,
    ),
  ];
  const bands: { startRow: number; lastRow: number }[] = [];
  let row = startRow + 2;
  for (const kind of ["IN", "O", "CT"] as const) {
    const cells = coverage.filter((c) => c.kind === kind);
    if (cells.length === 0) continue;
    // A table longer than a printed page is cut into pieces, each with its own heading and header row,
    // and each piece is kept whole on a page: no table runs on without its header.
    const values = cells.map((c): PlanValue[] => [c.label, describe(c, names.get(c.label)), null, c.live, c.total, coverageWord(c)]);
    let start = 0;
    let piece = 0;
    while (start < cells.length) {
      const heights = values.slice(start).map((v) => rowHeightFor(COVERAGE_COLUMNS, v));
      let count = 0;
      let used = 0;
      while (count < heights.length && (count === 0 || used + heights[count]! <= MAX_PIECE_HEIGHT)) used += heights[count++]!;
      const first = row + 1;
      const sub = emptyParts();
      sub.blocks.push({ address: `${colLetter(0)}${first}`, values: [[piece === 0 ? KIND_TITLES[kind] : `${KIND_TITLES[kind]}, continued`]] });
      sub.styles.push({ range: `${colLetter(0)}${first}`, style: { bold: true, fontSize: 12 } });
      sub.rowHeights[first] = 20;
      const table = reportTable(COVERAGE_COLUMNS, first + 1, values.slice(start, start + count));
      for (let r = first + 1; r <= table.lastRow; r++) sub.merges.push(`${colLetter(1)}${r}:${colLetter(2)}${r}`);
      cells.slice(start, start + count).forEach((c, i) => {
        sub.styles.push({ range: `${colLetter(COVERAGE_COL)}${table.firstDataRow + i}`, style: ragStyle(!c.gap ? "green" : c.overdueOnly ? "amber" : "red") });
      });
      parts.push(sub, table.parts);
      bands.push({ startRow: first, lastRow: table.lastRow });
      row = table.lastRow + 1;
      start += count;
      piece += 1;
    }
  }
  return { section: { parts, lastRow: row - 1 }, bands };
}

