/**
 * The workbook's `Indicators` table: reading it into a Catalogue (reporting
 * faults cell by cell) and writing a catalogue as its rows.
 *
 * With a table, the table is the catalogue: its rows in their order, and the
 * Member Dashboard shows the Dashboard = yes rows in that order. A row whose
 * Code is in the defaults starts from the default indicator, so the richer
 * targets the table cannot express (period averages, "maintain", benchmarks,
 * several deadlines) survive as long as the row's Target, Target date and
 * Internal target still agree with them.
 */
import { findIndicator } from "./defaultCatalogue";
import { readIndicatorRow } from "./readIndicatorRow";
import { RowContext } from "./rowContext";
import { isBlank } from "./cellReaders";
import { INDICATOR_COLUMNS } from "./indicatorColumns";
import { codeText } from "../cellText";
import { findColumns } from "../columns";
import type { Catalogue, Indicator, RawTable, ValidationIssue } from "../types";

export { CATALOGUE_RULES, type CatalogueRuleId } from "./catalogueRules";
export { catalogueToTable } from "./catalogueToTable";
export { INDICATOR_COLUMNS, INDICATOR_HEADERS } from "./indicatorColumns";

/**
 * The catalogue a workbook defines: `defaults` when it has no Indicators table,
 * otherwise the table's rows. When a required column is missing the
 * `missing-column` error is returned with the defaults, so the other checks can
 * still run. Rows with no usable Unit or Polarity (and no default to fall back
 * on) are left out after their error is reported; blank rows are skipped.
 */
export function readCatalogue(
  table: RawTable | undefined,
  defaults: Catalogue,
): { catalogue: Catalogue; issues: ValidationIssue[] } {
  if (!table) return { catalogue: defaults, issues: [] };
  const { columns, issues } = findColumns(table, INDICATOR_COLUMNS);
  if (issues.some((i) => i.severity === "error")) return { catalogue: defaults, issues };

  const catalogue: Indicator[] = [];
  const firstRowOf = new Map<string, number>();
  table.rows.forEach((cells, rowIndex) => {
    if (cells.every((cell) => isBlank(cell))) return;
    const row = new RowContext(table, columns, rowIndex, issues);
    const code = codeText(row.cell("code"));
    if (code === "") {
      row.report(
        "code",
        "catalogue-blank-code",
        "this row has no code, so its indicator cannot be matched to any data.",
      );
      return;
    }
    const key = code.toUpperCase();
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      // Data rows start one below the header row.
      const firstRow = table.origin.row + 1 + first;
      row.report(
        "code",
        "catalogue-duplicate-code",
        `${code} is already defined on row ${firstRow}; this row is ignored.`,
      );
      return;
    }
    firstRowOf.set(key, rowIndex);
    const indicator = readIndicatorRow(row, code, findIndicator(defaults, code));
    if (indicator) catalogue.push(indicator);
  });
  return { catalogue, issues };
}
