/**
 * The one base for errors this tool throws, and the core's own errors. Bad
 * input is never thrown: it becomes a ValidationIssue. What is thrown is a
 * caller's slip or a question the data cannot answer; each error has a stable
 * `code` callers switch on and a message people can act on, one sentence per
 * condition. Each layer keeps its errors in one module: this one, build's
 * `errors.ts` (what both shells share), `excel/errors.ts`, `cli/errors.ts`.
 */
import { describeMonths } from "./gaps/availableMonths";
import { monthKey } from "./periods";
import type { MonthIndex } from "./types";

export abstract class ScorecardError extends Error {
  /** Stable for callers and tests; SCREAMING_SNAKE_CASE, or Excel's own code where the add-in's Excel shell passes one through. */
  abstract readonly code: string;
}

/** Asked for a reporting month that has no figures. */
export class UnknownPeriodError extends ScorecardError {
  override readonly name = "UnknownPeriodError";
  readonly code = "UNKNOWN_PERIOD";

  constructor(
    readonly month: MonthIndex,
    readonly available: readonly MonthIndex[],
  ) {
    super(
      available.length
        ? `No data for ${monthKey(month)}. Months with data: ${describeMonths(available)}.`
        : `No data for ${monthKey(month)}: the data has no months with figures.`,
    );
  }
}

/** Thrown when the caller passes a `today` that is neither a month nor a day: a bug, not bad data. */
export class ActionDateError extends ScorecardError {
  override readonly name = "ActionDateError";
  readonly code = "ACTION_BAD_TODAY";
}
