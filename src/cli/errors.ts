/** Errors the command line reports as one sentence, with the exit code the contract gives them. */
import { ScorecardError } from "../domain/errors";

export class UsageError extends ScorecardError {
  readonly code = "USAGE";
  readonly exitCode = 2;
}

/** The input cannot be used at all (not a workbook, required table missing). */
export class UnusableInputError extends ScorecardError {
  readonly code = "UNUSABLE_INPUT";
  readonly exitCode = 2;
}

/** The output file cannot be written (a folder, no permission, disk full); nothing at that path was changed. */
export class UnwritableOutputError extends ScorecardError {
  readonly code = "UNWRITABLE_OUTPUT";
  readonly exitCode = 2;
}
