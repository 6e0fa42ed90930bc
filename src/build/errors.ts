/** Errors of the shell contract: the same condition is the same error from either shell. */
import { ScorecardError } from "../domain/errors";

/**
 * The workbook's structure is protected (Review > Protect Workbook): sheets may
 * not be added, deleted or renamed, so no dashboard can be built into it. Both
 * shells refuse it with this error before changing anything; the command line
 * maps it to exit code 2.
 */
export class WorkbookProtectedError extends ScorecardError {
  override readonly name = "WorkbookProtectedError";
  readonly code = "STRUCTURE_PROTECTED";

  constructor() {
    super("The workbook's structure is protected, so sheets cannot be added or replaced. Unprotect the workbook (Review > Protect Workbook), then try again.");
  }
}
