/** A Member Dashboard was asked for with options that cannot make one. */
export class DashboardOptionError extends Error {
  readonly code = "DASHBOARD_BAD_OPTION";
  constructor(message: string) {
    super(message);
    this.name = "DashboardOptionError";
  }
}
