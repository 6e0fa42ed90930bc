/**
 * The one boundary where errors from Excel become ours. Office.js rejects
 * `context.sync()` with an OfficeExtension.Error carrying a `code`; people see
 * a sentence that says what happened and what to do next, and callers switch
 * on `ExcelShellError.code`.
 */
import { ScorecardError } from "../domain/errors";

/** Codes callers may rely on. Excel's own codes pass through where we know them. */
export type ExcelShellErrorCode =
  | "InvalidOperationInCellEditMode"
  | "AccessDenied"
  | "ApiNotFound"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "InvalidArgument"
  | "ExcelError";

/** Where in the shell the error happened, for logs and the task pane. */
export type ExcelShellPhase = "read" | "write" | "cleanup";

const SENTENCES: Record<ExcelShellErrorCode, string> = {
  InvalidOperationInCellEditMode: "Excel is editing a cell. Press Enter or Esc, then try again.",
  AccessDenied:
    "Excel refused the change because a sheet or the workbook is protected. Unprotect it (Review > Unprotect), then try again.",
  ApiNotFound:
    "This version of Excel lacks a feature the add-in needs. Update Office, or use Excel on the web, then try again.",
  RequestPayloadSizeLimitExceeded:
    "The dashboard was too large to send to Excel in one go. Try again; if it keeps failing, build fewer indicators at a time.",
  ResponsePayloadSizeLimitExceeded:
    "A sheet was too large to read back from Excel. Make the named sheet smaller or rename it, then try again.",
  ItemAlreadyExists: "A sheet with the same name appeared while building. Try again.",
  ItemNotFound: "A sheet or table the add-in expected was removed while building. Try again.",
  InvalidArgument: "Excel rejected a value the add-in sent. Please report this with the workbook, then try again.",
  ExcelError: "Excel could not finish the change. Save your work, then try again.",
};

const KNOWN = new Set<string>(Object.keys(SENTENCES));

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
  const code: ExcelShellErrorCode = excelCode !== undefined && KNOWN.has(excelCode) ? (excelCode as ExcelShellErrorCode) : "ExcelError";
  return new ExcelShellError(code, phase, { excelCode, cause: error });
}
