/** Turns anything an operation throws into the sentence the pane shows. */
import { ExcelShellError } from "../excel/errors";

/**
 * ExcelShellError already says what happened and what to do next; other named
 * errors from the engine carry a sentence too. Anything else gets a safe line.
 */
export function errorText(error: unknown): string {
  if (error instanceof ExcelShellError) return error.message;
  if (error instanceof Error && error.message.trim() !== "") return error.message;
  return "Something went wrong, and nothing was changed. Try again.";
}
