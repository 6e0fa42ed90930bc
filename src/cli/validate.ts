/** `scorecard validate <in.xlsx> [--period YYYY-MM] [--json]`. */
import { analyseTables } from "../domain/analyse";
import { parseMonthKey } from "../domain/periods";
import { UsageError } from "./errors";
import type { ValidationIssue } from "../domain/types";
import { readTablesFromFile } from "./workbookInput";

/** `period` (YYYY-MM) dates the Actions checks as `build --period` does; without it, the latest month with figures. */
export async function runValidate(path: string, json: boolean, out: (t: string) => void, err: (t: string) => void, period?: string): Promise<number> {
  const month = period === undefined ? undefined : parseMonthKey(period);
  if (period !== undefined && month === undefined) {
    throw new UsageError(`--period must be a month written YYYY-MM, such as 2012-10 (got "${period}").`);
  }
  const { tables } = (await readTablesFromFile(path)).read;
  const { issues, summary } = analyseTables(tables, undefined, month === undefined ? {} : { month });
  if (json) out(JSON.stringify({ issues, summary }, null, 2));
  else out(formatIssues(path, issues, summary));
  if (!summary.usable) {
    err(issues.find((i) => i.rule === "missing-table")?.message ?? "The workbook cannot be checked.");
    return 2;
  }
  return summary.errors > 0 ? 1 : 0;
}

/**
 * The human-readable report: a count line, then one line per issue with its
 * cell. Explained queries are counted apart and listed last, each with the
 * explanation its row's Note gives.
 */
export function formatIssues(
  path: string,
  issues: ValidationIssue[],
  summary: { errors: number; warnings: number; infos: number; explained?: number },
): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const explained = issues.filter((i) => i.explanation !== undefined);
  const counted = summary.explained ?? explained.length;
  const also = counted > 0 ? `, ${plural(counted, "explained query").replace("querys", "queries")}` : "";
  const lines = [`${path}: ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.infos, "note")}${also}.`];
  const line = (severity: string, i: ValidationIssue, message: string) => {
    const where = i.sheet ? `${quoteSheet(i.sheet)}!${i.cell}` : "workbook";
    lines.push(`  ${severity.padEnd(9)} ${where.padEnd(22)} ${i.rule.padEnd(26)} ${message}`);
  };
  for (const i of issues) if (i.explanation === undefined) line(i.severity, i, i.message);
  for (const i of explained) line("explained", i, `${i.message} Explained: ${i.explanation}`);
  return lines.join("\n");
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
