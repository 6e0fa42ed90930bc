/** A Member Dashboard was asked for with options that cannot make one. */
import { ScorecardError } from "../../domain/errors";

export class DashboardOptionError extends ScorecardError {
  readonly code = "DASHBOARD_BAD_OPTION";
  constructor(message: string) {
    super(message);
    this.name = "DashboardOptionError";
  }
}
