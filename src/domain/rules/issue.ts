import type { CellRef, Severity, ValidationIssue } from "../types";

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

/** A rule's declaration with its id as a literal type: declare a module's rules `as const satisfies readonly RuleInfo[]`. */
export interface RuleDeclaration<Id extends string = string> extends RuleInfo {
  readonly id: Id;
}

/** The ids a list of rule declarations declares. */
export type RuleIdOf<Rules extends readonly RuleInfo[]> = Rules[number]["id"];

/**
 * An issue of a declared rule at one cell, at the rule's own severity unless
 * another is given: the id and severity come from the declaration, never retyped.
 */
export function issueOf<Id extends string>(
  rule: RuleDeclaration<Id>,
  at: CellRef,
  message: string,
  severity: Severity = rule.severity,
): ValidationIssue & { rule: Id } {
  return { rule: rule.id, severity, sheet: at.sheet, cell: at.cell, message };
}
