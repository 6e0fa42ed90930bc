/**
 * Issues about how a data table is laid out in the workbook rather than what it
 * holds: merged cells inside the data, and rows hidden by filters or by hand.
 */
import { a1, parseA1 } from "../a1";
import { issue } from "./issue";
import { dataCell, tableCell } from "../tableCells";
import type { RawTable, ValidationIssue } from "../types";

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B4:C4", "$B$4", "Data!B4:C5" → a box of 1-based rows and columns; undefined when unreadable. */
function parseArea(address: string): Box | undefined {
  const bare = address.slice(address.lastIndexOf("!") + 1);
  const [first, second = first] = bare.split(":");
  try {
    const a = parseA1(first!);
    const b = parseA1(second!);
    return {
      top: Math.min(a.row, b.row),
      left: Math.min(a.column, b.column),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.column, b.column),
    };
  } catch {
    return undefined;
  }
}

/**
 * `merged-cells`: one error per merged area that overlaps the data rows. A merged
 * area keeps only its top-left value, so the other cells read as blank.
 */
export function mergedCellIssues(table: RawTable): ValidationIssue[] {
  const body: Box = {
    top: table.origin.row + 1,
    left: table.origin.column,
    bottom: table.origin.row + table.rows.length,
    right: table.origin.column + table.headers.length - 1,
  };
  const issues: ValidationIssue[] = [];
  for (const address of table.mergedAreas ?? []) {
    const box = parseArea(address);
    if (!box) {
      issues.push(
        issue(
          "merged-cells",
          tableCell(table),
          `Table ${table.name} has merged cells at ${address} over its data. Merged cells keep only one value; unmerge them and fill in each cell.`,
        ),
      );
      continue;
    }
    const top = Math.max(box.top, body.top);
    const left = Math.max(box.left, body.left);
    if (top > Math.min(box.bottom, body.bottom) || left > Math.min(box.right, body.right)) continue;
    issues.push(
      issue(
        "merged-cells",
        { sheet: table.sheet, cell: a1(top, left) },
        `In table ${table.name}, cells ${address} are merged. A merged area keeps only its top-left value, so the other cells read as blank; unmerge them and fill in each cell.`,
      ),
    );
  }
  return issues;
}

/**
 * `hidden-rows`: one note saying how many data rows are hidden or filtered out,
 * at the first of them. They are still read and counted, which may surprise
 * someone looking at a filtered table.
 */
export function hiddenRowIssues(table: RawTable): ValidationIssue[] {
  const hidden = [...new Set(table.hiddenRows ?? [])].filter(
    (r) => Number.isInteger(r) && r >= 0 && r < table.rows.length,
  );
  if (hidden.length === 0) return [];
  // A loop, not Math.min(...hidden): a long filtered table would overflow the argument list.
  let first = hidden[0]!;
  for (const r of hidden) if (r < first) first = r;
  const rows = hidden.length === 1 ? "1 data row is" : `${hidden.length} data rows are`;
  return [
    issue(
      "hidden-rows",
      dataCell(table, first, 0),
      `In table ${table.name}, ${rows} hidden or filtered out (the first at row ${table.origin.row + 1 + first}). They are still read and counted like any other row.`,
    ),
  ];
}
