/** Errors the command line reports as one sentence, with the exit code the contract gives them. */
export class UsageError extends Error {
  readonly code = "USAGE";
  readonly exitCode = 2;
}

/** The input cannot be used at all (not a workbook, required table missing). */
export class UnusableInputError extends Error {
  readonly code = "UNUSABLE_INPUT";
  readonly exitCode = 2;
}

/** The output file cannot be written (a folder, no permission, disk full); nothing at that path was changed. */
export class UnwritableOutputError extends Error {
  readonly code = "UNWRITABLE_OUTPUT";
  readonly exitCode = 2;
}
