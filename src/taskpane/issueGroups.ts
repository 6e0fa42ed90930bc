/**
 * Validation issues arranged for the pane: by severity, then by the sheet
 * (table) they point at. Explained queries — warnings a row's Note explains —
 * have a group of their own after the warnings, apart from the other notes.
 */
import type { Severity, ValidationIssue } from "../domain/types";
import { isCellAddress } from "../excel/sheetAddress";

export interface TableGroup {
  /** The sheet holding the table ("Workbook" for issues about the workbook as a whole). */
  table: string;
  issues: ValidationIssue[];
}

/** A severity, or the explained queries. */
export type IssueKind = Severity | "explained";

export interface SeverityGroup {
  severity: IssueKind;
  count: number;
  tables: TableGroup[];
}

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
/** The order groups are shown in. */
export const ISSUE_KINDS: readonly IssueKind[] = ["error", "warning", "explained", "info"];

const SEVERITY_WORDS: Record<IssueKind, [string, string]> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  explained: ["explained query", "explained queries"],
  info: ["note", "notes"],
};

/** "1 error", "15 warnings", "2 explained queries". */
export function countWords(severity: IssueKind, count: number): string {
  const [one, many] = SEVERITY_WORDS[severity];
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}

/** "Errors", "Warnings", "Explained queries", "Notes". */
export function severityHeading(severity: IssueKind): string {
  const word = SEVERITY_WORDS[severity][1];
  return word[0]!.toUpperCase() + word.slice(1);
}

function kindOf(issue: ValidationIssue): IssueKind {
  return issue.explanation !== undefined ? "explained" : issue.severity;
}

/** Groups in severity order, explained queries after warnings (empty groups left out); tables in order of first appearance. */
export function groupIssues(issues: readonly ValidationIssue[]): SeverityGroup[] {
  return ISSUE_KINDS.flatMap((severity) => {
    const ofSeverity = issues.filter((i) => kindOf(i) === severity);
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
