/** Everything a build hands the report layer: the dashboard's input, and the tables behind the other sheets. */
import type { PlanAction } from "../domain/actions";
import type { BudgetLine } from "../domain/budget";
import type { Benchmark } from "../domain/gaps";
import type { Catalogue } from "../domain/types";
import type { DashboardInput } from "./dashboard/buildDashboardPlan";

export interface WorkbookInput extends DashboardInput {
  /** The indicator catalogue: the Notice tracker lists every statutory target in it. */
  catalogue: Catalogue;
  /** Lines from the Budget table; leave out when the workbook has no Budget table. */
  budget?: readonly BudgetLine[];
  /** Actions from the Actions table; leave out when the workbook has no Actions table. */
  actions?: readonly PlanAction[];
  /** Comparator figures, for Notice targets set against a benchmark. */
  benchmarks?: ReadonlyMap<string, Benchmark>;
}
