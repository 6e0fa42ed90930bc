import { ScorecardError } from "../domain/errors";

/** Why a file could not be read as a workbook at all (the CLI maps it to exit code 2). */
export type WorkbookUnreadableCode = "NOT_A_WORKBOOK" | "ENCRYPTED" | "CORRUPT";

/**
 * Thrown when the bytes are not a usable .xlsx: not a workbook at all, an
 * encrypted or legacy OLE file, or a damaged package. The message is one
 * sentence an analyst can act on; `code` is stable for callers and tests.
 */
export class WorkbookUnreadableError extends ScorecardError {
  override readonly name = "WorkbookUnreadableError";

  constructor(
    readonly code: WorkbookUnreadableCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
