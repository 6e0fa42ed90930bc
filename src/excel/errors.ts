/**
 * The one boundary where errors from Excel become ours. Office.js rejects
 * `context.sync()` with an OfficeExtension.Error carrying a `code`; people see
 * a sentence that says what happened and what to do next, and callers switch
 * on `ExcelShellError.code`.
 */
import { ScorecardError } from "../domain/errors";

/** Codes callers may rely on, in the style of every other error's code; Excel's own code is kept in `excelCode`. */
export type ExcelShellErrorCode =
  | "EXCEL_CELL_EDIT_MODE"
  | "EXCEL_ACCESS_DENIED"
  | "EXCEL_API_MISSING"
  | "EXCEL_REQUEST_TOO_LARGE"
  | "EXCEL_RESPONSE_TOO_LARGE"
  | "EXCEL_NAME_TAKEN"
  | "EXCEL_ITEM_GONE"
  | "EXCEL_INVALID_ARGUMENT"
  | "EXCEL_ERROR";

/** Excel's codes (OfficeExtension.Error.code) that have a code and sentence of their own; any other is EXCEL_ERROR. */
const FROM_EXCEL: Readonly<Record<string, ExcelShellErrorCode>> = {
  InvalidOperationInCellEditMode: "EXCEL_CELL_EDIT_MODE",
  AccessDenied: "EXCEL_ACCESS_DENIED",
  ApiNotFound: "EXCEL_API_MISSING",
  RequestPayloadSizeLimitExceeded: "EXCEL_REQUEST_TOO_LARGE",
  ResponsePayloadSizeLimitExceeded: "EXCEL_RESPONSE_TOO_LARGE",
  ItemAlreadyExists: "EXCEL_NAME_TAKEN",
  ItemNotFound: "EXCEL_ITEM_GONE",
  InvalidArgument: "EXCEL_INVALID_ARGUMENT",
};

/** Where in the shell the error happened, for logs and the task pane. */
export type ExcelShellPhase = "read" | "write" | "cleanup";

const SENTENCES: Record<ExcelShellErrorCode, string> = {
  EXCEL_CELL_EDIT_MODE: "Excel is editing a cell. Press Enter or Esc, then try again.",
  EXCEL_ACCESS_DENIED:
    "Excel refused the change because a sheet or the workbook is protected. Unprotect it (Review > Unprotect), then try again.",
  EXCEL_API_MISSING:
    "This version of Excel lacks a feature the add-in needs. Update Office, or use Excel on the web, then try again.",
  EXCEL_REQUEST_TOO_LARGE:
    "The dashboard was too large to send to Excel in one go. Try again; if it keeps failing, build fewer indicators at a time.",
  EXCEL_RESPONSE_TOO_LARGE:
    "A sheet was too large to read back from Excel. Make the named sheet smaller or rename it, then try again.",
  EXCEL_NAME_TAKEN: "A sheet with the same name appeared while building. Try again.",
  EXCEL_ITEM_GONE: "A sheet or table the add-in expected was removed while building. Try again.",
  EXCEL_INVALID_ARGUMENT: "Excel rejected a value the add-in sent. Please report this with the workbook, then try again.",
  EXCEL_ERROR: "Excel could not finish the change. Save your work, then try again.",
};

/** A failure talking to Excel, with a stable code and a sentence for people. */
export class ExcelShellError extends ScorecardError {
  override readonly name = "ExcelShellError";
  readonly code: ExcelShellErrorCode;
  /** Excel's own error code when there was one ("GeneralException"). */
  readonly excelCode: string | undefined;
  readonly phase: ExcelShellPhase;

  constructor(code: ExcelShellErrorCode, phase: ExcelShellPhase, options: { excelCode?: string; cause?: unknown; detail?: string } = {}) {
    super(options.detail ? `${SENTENCES[code]} (${options.detail})` : SENTENCES[code], { cause: options.cause });
    this.code = code;
    this.phase = phase;
    this.excelCode = options.excelCode;
  }
}

/** The sentence shown for a code, for the task pane and tests. */
export function excelErrorSentence(code: ExcelShellErrorCode): string {
  return SENTENCES[code];
}

function excelCodeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Turns anything thrown by Office.js into an ExcelShellError. Already-mapped
 * errors pass through unchanged, so nested boundaries never double-wrap.
 */
export function mapExcelError(error: unknown, phase: ExcelShellPhase): ExcelShellError {
  if (error instanceof ExcelShellError) return error;
  const excelCode = excelCodeOf(error);
  const code = excelCode !== undefined && Object.hasOwn(FROM_EXCEL, excelCode) ? FROM_EXCEL[excelCode]! : "EXCEL_ERROR";
  return new ExcelShellError(code, phase, { excelCode, cause: error });
}
