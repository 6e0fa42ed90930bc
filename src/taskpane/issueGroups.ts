/**
 * Validation issues arranged for the pane: one group per kind of problem
 * (rule) and table, with a plain title and a count, so 700 copies of the same
 * sentence read as one row. Explained queries (a warning whose row's Note
 * says "Explained: …") are kept apart: they are answered, not open.
 */
import type { Severity, ValidationIssue } from "../domain/types";
import { isCellAddress } from "../excel/sheetAddress";
import { kindTitle } from "./issueKinds";

/** The pane's sections of the list: open problems by severity, then explained queries. */
export type IssueSection = Severity | "explained";

export const SECTIONS: readonly IssueSection[] = ["error", "warning", "info", "explained"];

/** An explained query: a note-level issue carrying the explanation its row's Note gave. */
export type ExplainedIssue = ValidationIssue & { explanation?: string };

export interface KindGroup {
  /** Stable key for React and the open/closed state: "error|value-not-number|IndicatorData". */
  key: string;
  section: IssueSection;
  rule: string;
  /** The sheet holding the table ("Workbook" for issues about the workbook as a whole). */
  table: string;
  /** "Value is not a number". */
  title: string;
  issues: ValidationIssue[];
}

export interface IssueFilter {
  /** Sections to show; all when undefined. */
  section?: IssueSection;
  /** One table only; all when undefined. */
  table?: string;
}

const SECTION_WORDS: Record<IssueSection, [string, string]> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  info: ["note", "notes"],
  explained: ["explained query", "explained queries"],
};

/** "1 error", "15 warnings", "2 explained queries". */
export function countWords(section: IssueSection, count: number): string {
  const [one, many] = SECTION_WORDS[section];
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}

/** "Errors", "Warnings", "Notes", "Explained queries". */
export function severityHeading(section: IssueSection): string {
  const word = SECTION_WORDS[section][1];
  return word[0]!.toUpperCase() + word.slice(1);
}

/** Which section of the list an issue belongs in. */
export function sectionOf(issue: ValidationIssue): IssueSection {
  const explained = issue as ExplainedIssue;
  if (issue.severity === "info" && typeof explained.explanation === "string") return "explained";
  return issue.severity;
}

/** The table an issue is about, as the list names it. */
export function tableOf(issue: ValidationIssue): string {
  return issue.sheet === "" ? "Workbook" : issue.sheet;
}

/**
 * Groups by section (errors first, explained queries last), then by rule and
 * table; within a section the biggest group comes first, ties in order of
 * first appearance. Each group keeps its issues in the engine's order.
 */
export function groupByKind(issues: readonly ValidationIssue[]): KindGroup[] {
  const groups = new Map<string, KindGroup & { first: number }>();
  issues.forEach((issue, n) => {
    const section = sectionOf(issue);
    const table = tableOf(issue);
    const key = `${section}|${issue.rule}|${table}`;
    const group = groups.get(key);
    if (group) group.issues.push(issue);
    else groups.set(key, { key, section, rule: issue.rule, table, title: kindTitle(issue.rule, issue.message), issues: [issue], first: n });
  });
  const rank = (s: IssueSection): number => SECTIONS.indexOf(s);
  return [...groups.values()]
    .sort((a, b) => rank(a.section) - rank(b.section) || b.issues.length - a.issues.length || a.first - b.first)
    .map(({ first: _first, ...group }) => group);
}

/** The groups a filter lets through. */
export function filterGroups(groups: readonly KindGroup[], filter: IssueFilter): KindGroup[] {
  return groups.filter((g) => (filter.section === undefined || g.section === filter.section) && (filter.table === undefined || g.table === filter.table));
}

/** Count per section, for the filter's choices and the results heading. */
export function sectionCounts(issues: readonly ValidationIssue[]): Record<IssueSection, number> {
  const counts: Record<IssueSection, number> = { error: 0, warning: 0, info: 0, explained: 0 };
  for (const i of issues) counts[sectionOf(i)]++;
  return counts;
}

/** Tables with issues, in order of first appearance. */
export function issueTables(issues: readonly ValidationIssue[]): string[] {
  return [...new Set(issues.map(tableOf))];
}

/**
 * Every open problem of the groups that has a cell to select, in list order:
 * what Previous and Next walk through. Explained queries are settled, so they
 * stay in their own section and are not walked.
 */
export function navigableIssues(groups: readonly KindGroup[]): ValidationIssue[] {
  return groups.filter((g) => g.section !== "explained").flatMap((g) => g.issues.filter(hasCell));
}

/** "Value is not a number — 129 cells". */
export function groupLabel(group: KindGroup): string {
  const n = group.issues.length;
  const withCells = group.issues.every(hasCell);
  const unit = withCells ? (n === 1 ? "cell" : "cells") : n === 1 ? "problem" : "problems";
  return `${group.title} — ${n.toLocaleString("en-GB")} ${unit}`;
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

// "In table IndicatorData, " and "Table IndicatorData, column Code, " lead most messages; the group already names the table.
const TABLE_LEAD = /^(?:In table|Table) [^,]+, /;

/**
 * The issue's sentence for a row under its group: the table (already in the
 * group's heading) left off the front, and the cell named once — at the
 * front when the sentence does not name it itself.
 */
export function issueLine(issue: ValidationIssue): string {
  const explained = issue as ExplainedIssue;
  const base = issue.message.replace(TABLE_LEAD, "");
  const sentence = base[0] === undefined ? base : base[0].toUpperCase() + base.slice(1);
  const cell = issue.cell.replace(/\$/g, "");
  const named = hasCell(issue) && new RegExp(`\\b${cell}\\b`).test(issue.message.replace(/\$/g, ""));
  const line = hasCell(issue) && !named ? `${cell}: ${sentence}` : sentence;
  return explained.explanation ? `${line} Explained: ${explained.explanation}` : line;
}
