/**
 * An argument a custom function cannot use ("sideways" as a polarity, "n/a"
 * as a target). The formulas throw it; the Excel adapter turns it into #VALUE!
 * with the message, so the pure code never needs the Office global.
 */
import { ScorecardError } from "../domain/errors";

export class FunctionArgumentError extends ScorecardError {
  override readonly name = "FunctionArgumentError";
  readonly code = "INVALID_ARGUMENT";

  constructor(
    /** The parameter's name as Excel shows it, e.g. "polarity". */
    readonly argument: string,
    message: string,
  ) {
    super(message);
  }
}
