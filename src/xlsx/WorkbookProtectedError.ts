/**
 * Thrown when the workbook's structure is protected (Review > Protect
 * Workbook): sheets may not be added, deleted or renamed, so no dashboard can
 * be built into it. The Office.js shell refuses the same workbook the same way.
 * The command line maps it to exit code 2.
 */
import { ScorecardError, STRUCTURE_PROTECTED } from "../domain/errors";

export class WorkbookProtectedError extends ScorecardError {
  override readonly name = "WorkbookProtectedError";
  readonly code = STRUCTURE_PROTECTED.code;

  constructor() {
    super(STRUCTURE_PROTECTED.sentence);
  }
}
