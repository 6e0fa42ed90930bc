/**
 * Checks, before anything is written, the things that would otherwise fail
 * half-way through the swap (after old sheets are already deleted): sheet
 * names Excel refuses, duplicate names, and charts reading from a sheet that
 * will not exist. A failing check throws; nothing has been changed yet.
 */
import type { WorkbookPlan } from "../report/plan/plan";
import { ExcelShellError } from "./errors";

const BAD_CHARS = /[[\]:*?/\\]/;

/** Why Excel would refuse `name` as a sheet name, or undefined when it is fine. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === "") return "is blank";
  if (name.length > 31) return "is longer than 31 characters";
  if (BAD_CHARS.test(name)) return "contains one of [ ] : * ? / \\";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  if (name.toLowerCase() === "history") return "is reserved by Excel";
  return undefined;
}

/** Throws ExcelShellError("EXCEL_INVALID_ARGUMENT") when the plan cannot be applied to a workbook holding `existingNames`. */
export function checkPlan(plan: WorkbookPlan, existingNames: readonly string[]): void {
  const seen = new Set<string>();
  for (const sheet of plan.sheets) {
    const problem = sheetNameProblem(sheet.name);
    if (problem) throw new ExcelShellError("EXCEL_INVALID_ARGUMENT", "write", { detail: `sheet name "${sheet.name}" ${problem}` });
    const lower = sheet.name.toLowerCase();
    if (seen.has(lower)) throw new ExcelShellError("EXCEL_INVALID_ARGUMENT", "write", { detail: `two planned sheets are named "${sheet.name}"` });
    seen.add(lower);
  }
  const available = new Set([...seen, ...existingNames.map((n) => n.toLowerCase())]);
  for (const sheet of plan.sheets) {
    for (const chart of sheet.charts) {
      if (!available.has(chart.dataSheet.toLowerCase())) {
        throw new ExcelShellError("EXCEL_INVALID_ARGUMENT", "write", { detail: `chart ${chart.name} reads from sheet "${chart.dataSheet}", which does not exist` });
      }
    }
  }
}
