/**
 * The one base for errors this tool throws (bad input is never thrown: it
 * becomes a ValidationIssue). Each error has a stable `code` callers switch on
 * and a message people can act on, one sentence per condition.
 */
export abstract class ScorecardError extends Error {
  /** Stable for callers and tests; SCREAMING_SNAKE_CASE, or Excel's own code where the add-in's Excel shell passes one through. */
  abstract readonly code: string;
}

/** The workbook's structure is protected: neither shell can add or replace sheets. */
export const STRUCTURE_PROTECTED = {
  code: "STRUCTURE_PROTECTED",
  sentence:
    "The workbook's structure is protected, so sheets cannot be added or replaced. Unprotect the workbook (Review > Protect Workbook), then try again.",
} as const;
