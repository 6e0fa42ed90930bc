/** One data row of the Indicators table being read: its cells, and issues that point at them. */
import type { ColumnMap } from "../columns";
import { quoteCellText } from "../cellText";
import { issue } from "../rules/issue";
import { dataCell } from "../tableCells";
import type { CellValue, RawTable, Severity, ValidationIssue } from "../types";
import type { CatalogueRuleId } from "./catalogueRules";
import { cellText } from "./cellReaders";
import type { IndicatorColumn } from "./indicatorColumns";

export class RowContext {
  constructor(
    readonly table: RawTable,
    readonly columns: ColumnMap<IndicatorColumn>,
    readonly rowIndex: number,
    readonly issues: ValidationIssue[],
  ) {}

  has(column: IndicatorColumn): boolean {
    return this.columns[column] !== undefined;
  }

  /** The cell's value; `undefined` when the table has no such column. */
  cell(column: IndicatorColumn): CellValue | undefined {
    const index = this.columns[column];
    if (index === undefined) return undefined;
    return this.table.rows[this.rowIndex]?.[index] ?? null;
  }

  text(column: IndicatorColumn): string {
    return cellText(this.cell(column));
  }

  /** Records an issue at this row's cell in `column`, prefixed with where it is. */
  report(column: IndicatorColumn, rule: CatalogueRuleId, message: string, severity?: Severity): void {
    const index = this.columns[column];
    if (index === undefined) return;
    const at = dataCell(this.table, this.rowIndex, index);
    const header = quoteCellText(String(this.table.headers[index] ?? ""));
    this.issues.push(
      issue(rule, at, `Table ${this.table.name}, column ${header}, cell ${at.cell}: ${message}`, severity),
    );
  }
}
