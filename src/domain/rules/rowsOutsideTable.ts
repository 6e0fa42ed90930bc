/**
 * `rows-outside-table`: something typed or pasted just under an Excel table (or
 * just right of it) that is not part of it — most often a new month pasted
 * below IndicatorData without the table being extended. The shells find the
 * first such cell (`RawTable.adjacentCell`); nothing in it is read, so the
 * warning says so and how to take it in.
 */
import { INPUT_TABLES } from "../inputTables";
import { issue } from "./issue";
import type { RawTable, ValidationIssue } from "../types";

/** How to extend a table, in Excel and in a file opened in Excel or LibreOffice. */
export const EXTEND_TABLE_ADVICE =
  "In Excel, click in the table and use Table Design > Resize Table (or drag the small handle at the table's bottom-right corner) to take it in; in an .xlsx file, open it in Excel and do the same (LibreOffice: Data > Define Range), then save and check again.";

const INPUT = new Set(INPUT_TABLES.map((name) => name.toLowerCase()));

/** The warning for each input table that has something beside it (a person's own tables are theirs to lay out). */
export function checkRowsOutsideTables(tables: Iterable<RawTable>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const table of tables) {
    const beside = table.adjacentCell;
    if (!beside || !INPUT.has(table.name.toLowerCase())) continue;
    const where = beside.side === "below" ? "just below the table's last row" : "just right of the table's last column";
    const what = beside.side === "below" ? "rows there (a month pasted under the table, say)" : "columns there";
    issues.push(
      issue(
        "rows-outside-table",
        { sheet: table.sheet, cell: beside.cell },
        `Cell ${beside.cell} on sheet ${table.sheet} holds something ${where} ${table.name}, but is not part of the table, so ${what} are not read. ${EXTEND_TABLE_ADVICE}`,
      ),
    );
  }
  return issues;
}
