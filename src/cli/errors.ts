/** Errors the command line reports as one sentence, with the exit code the contract gives them. */
import { ScorecardError } from "../domain/errors";

/** The command line was called wrongly (unknown command or option, a missing argument). */
export class UsageError extends ScorecardError {
  override readonly name = "UsageError";
  readonly code = "USAGE";
  readonly exitCode = 2;
}

/** The input cannot be used at all (not a workbook, required table missing). */
export class UnusableInputError extends ScorecardError {
  override readonly name = "UnusableInputError";
  readonly code = "UNUSABLE_INPUT";
  readonly exitCode = 2;
}

/** The output file cannot be written (a folder, no permission, disk full); nothing at that path was changed. */
export class UnwritableOutputError extends ScorecardError {
  override readonly name = "UnwritableOutputError";
  readonly code = "UNWRITABLE_OUTPUT";
  readonly exitCode = 2;
}
