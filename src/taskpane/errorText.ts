/** Turns anything an operation throws into the sentence the pane shows. */
import { ExcelShellError } from "../excel/errors";

/** What a failure left in the workbook, said after the failure itself. */
export type WorkbookState = "unchanged" | "dashboard-unchanged";

const STATE_WORDS: Record<WorkbookState, string> = {
  unchanged: "Nothing in the workbook was changed.",
  "dashboard-unchanged": "Your previous dashboard is unchanged.",
};

const SAFE_LINE = "Something went wrong. Try again.";

// Excel's and the engine's codes ("InvalidArgument", "GeneralException", "ExcelApi 1.9") mean nothing to a person.
const CODE_IN_BRACKETS = /\s*\((?:[^()]*\b(?:[A-Z][a-z]+){2,}\b|[^()]*ExcelApi[^()]*)\)/g;

/** A sentence for people: API codes in brackets left out. */
export function plainWords(text: string): string {
  return text.replace(CODE_IN_BRACKETS, "").trim();
}

/**
 * ExcelShellError already says what happened and what to do next; other named
 * errors from the engine carry a sentence too. Programming slips (a TypeError
 * and the like) get a safe line instead of their internals. With `state`, the
 * sentence ends by saying what the workbook now holds.
 */
export function errorText(error: unknown, state?: WorkbookState): string {
  const base =
    error instanceof ExcelShellError
      ? plainWords(error.message)
      : error instanceof Error && !(error instanceof TypeError || error instanceof ReferenceError || error instanceof SyntaxError) && error.message.trim() !== ""
        ? plainWords(error.message)
        : SAFE_LINE;
  return state ? `${base} ${STATE_WORDS[state]}` : base;
}
