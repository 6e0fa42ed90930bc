/** Validation issues arranged for the pane: by severity, then by the sheet (table) they point at. */
import type { Severity, ValidationIssue } from "../domain/types";
import { isCellAddress } from "../excel/sheetAddress";

export interface TableGroup {
  /** The sheet holding the table ("Workbook" for issues about the workbook as a whole). */
  table: string;
  issues: ValidationIssue[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  tables: TableGroup[];
}

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const SEVERITY_WORDS: Record<Severity, [string, string]> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  info: ["note", "notes"],
};

/** "1 error", "15 warnings". */
export function countWords(severity: Severity, count: number): string {
  const [one, many] = SEVERITY_WORDS[severity];
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}

/** "Errors", "Warnings", "Notes". */
export function severityHeading(severity: Severity): string {
  const word = SEVERITY_WORDS[severity][1];
  return word[0]!.toUpperCase() + word.slice(1);
}

/** Groups in severity order (empty severities left out); tables in order of first appearance. */
export function groupIssues(issues: readonly ValidationIssue[]): SeverityGroup[] {
  return SEVERITIES.flatMap((severity) => {
    const ofSeverity = issues.filter((i) => i.severity === severity);
    if (ofSeverity.length === 0) return [];
    const tables = new Map<string, ValidationIssue[]>();
    for (const i of ofSeverity) {
      const table = i.sheet === "" ? "Workbook" : i.sheet;
      const list = tables.get(table) ?? [];
      list.push(i);
      tables.set(table, list);
    }
    return [{ severity, count: ofSeverity.length, tables: [...tables].map(([table, list]) => ({ table, issues: list })) }];
  });
}

/** True when the issue points at a real cell the pane can select or colour. */
export function hasCell(issue: ValidationIssue): boolean {
  return issue.sheet !== "" && isCellAddress(issue.cell);
}

/** "IndicatorData!D7", or the sheet alone when there is no cell to go to. */
export function issuePlace(issue: ValidationIssue): string {
  if (issue.sheet === "") return "Workbook";
  return hasCell(issue) ? `${issue.sheet}!${issue.cell}` : issue.sheet;
}
