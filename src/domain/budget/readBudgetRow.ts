/** Reads one Budget row into a line, reporting unreadable cells where they are. */
import { describeNotNumber, isBlankCell } from "../cellNumbers";
import { quoteCellText } from "../cellText";
import { issue } from "../rules/issue";
import { monthLabel } from "../periods";
import { dataCell } from "../tableCells";
import type { CellValue, RawTable, ValidationIssue } from "../types";
import type { BudgetLine, ProfilePoint } from "./budgetLine";
import { BUDGET_COLUMNS, OPTIONAL_MONEY, type BudgetColumns, type ProfileColumn } from "./budgetColumns";
import { readFinancialYear } from "./financialYear";
import { parseMoney } from "./money";

export interface BudgetReader {
  table: RawTable;
  columns: BudgetColumns;
  profile: ProfileColumn[];
  issues: ValidationIssue[];
}

/** A line as read, with which of its figures were blank (for roll-up from sub-lines). */
export interface ReadLine {
  line: BudgetLine;
  blank: Set<"committed" | "spent" | "forecast" | "profile">;
}

type MoneyKey = "allocated" | (typeof OPTIONAL_MONEY)[number];
// Money that cannot sensibly be below zero; a negative deduction is read as the amount deducted.
const NO_NEGATIVE: ReadonlySet<MoneyKey> = new Set(["allocated", "committed", "spent", "forecast"]);

function text(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** Reads a money cell; undefined when blank, null when unreadable (already reported). */
function money(
  reader: BudgetReader,
  r: number,
  column: number,
  header: string,
  line: string,
): number | undefined | null {
  const { table, issues } = reader;
  const read = parseMoney(table.rows[r]?.[column]);
  if (read.kind === "blank") return undefined;
  const at = dataCell(table, r, column);
  if (read.kind !== "number") {
    issues.push(
      issue(
        "budget-not-money",
        at,
        `In table ${table.name}, ${header} for ${quoteCellText(line)} at ${at.cell} ${describeNotNumber(read)}; enter an amount such as 251000 or £251K (it is counted as 0 until corrected).`,
      ),
    );
    return null;
  }
  return read.value;
}

function readProfile(reader: BudgetReader, r: number, line: string, flag: () => void): ProfilePoint[] {
  const points: ProfilePoint[] = [];
  for (const { month, column } of reader.profile) {
    const value = money(reader, r, column, `the ${monthLabel(month)} profile`, line);
    if (value === null) flag();
    if (typeof value === "number") points.push({ month, planned: value });
  }
  return points;
}

/** True when any cell other than the Line cell holds something. */
function hasFigures(row: readonly CellValue[], lineColumn: number): boolean {
  return row.some((cell, i) => i !== lineColumn && !isBlankCell(cell));
}

/**
 * Reads data row `r`. Returns undefined for a blank row and for a row with
 * figures but no Line name (reported as `budget-missing-line`).
 */
export function readBudgetRow(reader: BudgetReader, r: number): ReadLine | undefined {
  const { table, columns, issues } = reader;
  const row = table.rows[r] ?? [];
  const name = text(row[columns.line]);
  if (name === "") {
    if (hasFigures(row, columns.line)) {
      const at = dataCell(table, r, columns.line);
      issues.push(
        issue(
          "budget-missing-line",
          at,
          `In table ${table.name}, the row at ${at.cell} has figures but no Line name; name the line so its figures can be reported.`,
        ),
      );
    }
    return undefined;
  }
  let incomplete = false;
  const flag = (): void => void (incomplete = true);
  const figures: Partial<Record<MoneyKey, number>> = {};
  const blank: ReadLine["blank"] = new Set();
  for (const key of ["allocated", ...OPTIONAL_MONEY] as const) {
    const column = columns[key];
    if (column === undefined) {
      if (key !== "deducted") blank.add(key as "committed" | "spent" | "forecast");
      continue;
    }
    const header = BUDGET_COLUMNS[key].name;
    const value = money(reader, r, column, header, name);
    if (value === null) flag();
    if (value === undefined && key !== "allocated" && key !== "deducted") blank.add(key);
    if (typeof value !== "number") continue;
    if (value < 0 && NO_NEGATIVE.has(key)) {
      const at = dataCell(table, r, column);
      issues.push(
        issue(
          "budget-negative",
          at,
          `In table ${table.name}, ${header} for ${quoteCellText(name)} at ${at.cell} is below zero; enter the amount as a positive figure.`,
        ),
      );
      flag();
      continue;
    }
    figures[key] = Math.abs(value);
  }
  if (isBlankCell(row[columns.allocated])) {
    const at = dataCell(table, r, columns.allocated);
    issues.push(
      issue(
        "budget-missing-allocation",
        at,
        `In table ${table.name}, ${quoteCellText(name)} has no Allocated figure at ${at.cell}; enter 0 if nothing is allocated yet.`,
      ),
    );
    flag();
  }
  const profile = readProfile(reader, r, name, flag);
  if (profile.length === 0) blank.add("profile");

  const line: BudgetLine = {
    line: name,
    allocated: figures.allocated ?? 0,
    deducted: figures.deducted ?? 0,
    committed: figures.committed ?? 0,
    spent: figures.spent ?? 0,
    profile,
    at: dataCell(table, r, columns.line),
    row: r,
  };
  if (figures.forecast !== undefined) line.forecast = figures.forecast;
  readOptionalText(reader, r, name, line);
  if (incomplete) line.incomplete = true;
  return { line, blank };
}

function readOptionalText(reader: BudgetReader, r: number, name: string, line: BudgetLine): void {
  const { table, columns, issues } = reader;
  const row = table.rows[r] ?? [];
  if (columns.year !== undefined) {
    const year = readFinancialYear(row[columns.year]);
    if (year === null) {
      const at = dataCell(table, r, columns.year);
      issues.push(
        issue(
          "budget-bad-year",
          at,
          `In table ${table.name}, Year for ${quoteCellText(name)} at ${at.cell} holds ${quoteCellText(text(row[columns.year]))}, which is not a financial year such as 2012-13.`,
        ),
      );
    } else if (year !== undefined) line.year = year;
  }
  const partOf = columns.partOf !== undefined ? text(row[columns.partOf]) : "";
  if (partOf !== "") line.partOf = partOf;
  const note = columns.note !== undefined ? text(row[columns.note]) : "";
  if (note !== "") line.note = note;
}
