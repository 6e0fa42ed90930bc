import type { CellRef, Severity, ValidationIssue } from "./types";

/** Builds a ValidationIssue pointing at one cell. */
export function issue(rule: string, severity: Severity, at: CellRef, message: string): ValidationIssue {
  return { rule, severity, sheet: at.sheet, cell: at.cell, message };
}

/** A rule's stable id, default severity and what it checks, for docs and tests. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  summary: string;
}
