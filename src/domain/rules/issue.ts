/**
 * The one way an issue is made: from a declared rule's id, so the id is
 * checked against the declarations and the severity comes from there, never
 * retyped at the call.
 */
import type { CellRef, Severity, ValidationIssue } from "../types";
import { ruleById, type RuleId } from "./ruleCatalogue";

/** A rule's stable id, default severity and what it checks, for docs and tests. */
export interface RuleInfo {
  readonly id: string;
  readonly severity: Severity;
  readonly summary: string;
}

/** An issue whose rule is a declared one. */
export type RuleIssue<Id extends RuleId = RuleId> = ValidationIssue & { rule: Id };

/**
 * An issue of the declared rule `rule` at one cell, at the rule's declared
 * severity unless another is given (a few rules report two severities, such
 * as a percent target that is an error outside 0–100 and a warning below 1).
 */
export function issue<Id extends RuleId>(rule: Id, at: CellRef, message: string, severity: Severity = ruleById(rule).severity): RuleIssue<Id> {
  return { rule, severity, sheet: at.sheet, cell: at.cell, message };
}
