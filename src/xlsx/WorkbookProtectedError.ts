/**
 * Thrown when the workbook's structure is protected (Review > Protect
 * Workbook): sheets may not be added, deleted or renamed, so no dashboard can
 * be built into it. The Office.js shell refuses the same workbook the same way.
 * The command line maps it to exit code 2.
 */
export class WorkbookProtectedError extends Error {
  override readonly name = "WorkbookProtectedError";
  readonly code = "STRUCTURE_PROTECTED";

  constructor() {
    super(
      "The workbook's structure is protected, so sheets cannot be added or replaced. Unprotect the workbook (Review > Protect Workbook), then build again.",
    );
  }
}
