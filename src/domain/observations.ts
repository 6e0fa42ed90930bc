/**
 * Reads the IndicatorData table into observations and reports, at the offending
 * cell, everything wrong with it that can be seen row by row or per indicator.
 * Checks across a series (gaps, staleness, jumps, area sums) are in rules/checkSeries.
 *
 * Decisions worth knowing:
 * - Fully blank rows are skipped silently; hidden or filtered rows are read like any other.
 * - A row whose code or month cannot be read becomes no observation.
 * - A row whose Value is blank or not a number is kept, with value null, so its
 *   month does not also show up as missing.
 * - Of two rows for the same code, month and area the first is used.
 * - Area words meaning the whole county become "" (see areaNames); other areas
 *   are checked against the Areas table, or against each other without one
 *   (see areas/checkDataAreas).
 * - Percent values end on the 0–100 scale (see percentScale).
 */
import { isBlankCell } from "./cellNumbers";
import { parseA1 } from "./a1";
import { findColumns } from "./columns";
import { issue } from "./rules/issue";
import { monthLabel } from "./periods";
import { dataCell } from "./tableCells";
import type { Catalogue, CellValue, Observation, RawTable, ValidationIssue } from "./types";
import { areaCanonicaliser, areaWords } from "./rules/areaNames";
import { DATA_COLUMNS, type DataColumns, type ParsedRow } from "./rules/dataColumns";
import { FirstRows } from "./rules/firstRows";
import { indicatorLookup } from "./rules/indicatorLookup";
import { applyPercentScale } from "./rules/percentScale";
import { checkRatios } from "./rules/ratioCheck";
import { readDataRow, readerFor } from "./rules/readDataRow";
import { hiddenRowIssues, mergedCellIssues } from "./rules/tableShape";
import type { AreaRegister } from "./areas/areaRegister";
import { checkDataAreas } from "./areas/checkDataAreas";

export { DATA_RULES } from "./rules/dataRules";
export { DATA_COLUMNS } from "./rules/dataColumns";
export { AUTHORITY_AREA_NAMES, normaliseArea } from "./rules/areaNames";

function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every(isBlankCell);
}

/** `duplicate-row`: keeps the first row for each code, month and area; reports and drops repeats. */
function dropDuplicates(
  table: RawTable,
  columns: DataColumns,
  rows: ParsedRow[],
  issues: ValidationIssue[],
): ParsedRow[] {
  const first = new FirstRows();
  const kept: ParsedRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const { code, month, area } = row.obs;
    const earlier = first.earlierThan(row);
    if (!earlier) {
      kept.push(row);
      continue;
    }
    const at = dataCell(table, row.obs.row, columns.code);
    const earlierAt = dataCell(table, earlier.obs.row, columns.code);
    issues.push(
      issue(
        "duplicate-row",
        at,
        `In table ${table.name}, the row at ${at.cell} repeats ${code} for ${monthLabel(month)} (${areaWords(area)}), already given in the row at ${earlierAt.cell}. The first row is used; delete or correct this one.`,
      ),
    );
  }
  return kept;
}

/** Issues in reading order (row, then column), so an analyst can work down the table. */
function byPosition(issues: ValidationIssue[]): ValidationIssue[] {
  const keyed = issues.map((item, i) => {
    const { row, column } = parseA1(item.cell);
    return { item, row, column, i };
  });
  keyed.sort((a, b) => a.row - b.row || a.column - b.column || a.i - b.i);
  return keyed.map((k) => k.item);
}

export interface ReadObservationsOptions {
  /** The workbook's Indicators table by name; undefined when the built-in catalogue is used (messages say which). */
  catalogueTable?: string;
  /** The optional Areas table, read: areas are checked against it. */
  areas?: AreaRegister;
}

/**
 * Reads the IndicatorData table. A missing required column (Code, Period, Value)
 * returns only the column issues and no observations.
 */
export function readObservations(
  table: RawTable,
  catalogue: Catalogue,
  options: ReadObservationsOptions = {},
): { observations: Observation[]; issues: ValidationIssue[] } {
  const found = findColumns(table, DATA_COLUMNS);
  const issues = found.issues;
  const { code, period, value } = found.columns;
  if (code === undefined || period === undefined || value === undefined) return { observations: [], issues };
  const columns: DataColumns = { ...found.columns, code, period, value };

  issues.push(...mergedCellIssues(table), ...hiddenRowIssues(table));
  const authorityNames = new Set(options.areas?.authorityNames() ?? []);
  const reader = readerFor(table, columns, indicatorLookup(catalogue), areaCanonicaliser(authorityNames), issues, options.catalogueTable);
  const parsed: ParsedRow[] = [];
  table.rows.forEach((row, r) => {
    if (isBlankRow(row)) return;
    const result = readDataRow(reader, r);
    if (result) parsed.push(result);
  });

  const rows = dropDuplicates(table, columns, checkDataAreas(table, columns.area, parsed, options.areas, issues), issues);
  applyPercentScale(table.name, rows, issues);
  checkRatios(table.name, rows, issues);
  return { observations: withoutFlaggedValues(rows, issues), issues: byPosition(issues) };
}

/**
 * A figure with an error at its Value cell (out of range, negative count, mixed
 * scale …) is left out of every later calculation, so one bad figure is reported
 * once, by the rule that caught it, and not again as a jump or a wrong total.
 */
function withoutFlaggedValues(rows: readonly ParsedRow[], issues: readonly ValidationIssue[]): Observation[] {
  const flagged = new Set(issues.filter((i) => i.severity === "error").map((i) => `${i.sheet}!${i.cell}`));
  // Most tables have no such figure: no key need be made for each of their rows.
  if (flagged.size === 0) return rows.map(({ obs }) => obs);
  return rows.map(({ obs }) => (obs.value !== null && flagged.has(`${obs.at.sheet}!${obs.at.cell}`) ? { ...obs, value: null } : obs));
}
