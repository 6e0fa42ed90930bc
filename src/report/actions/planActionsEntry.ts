/** The Plan Actions in the registry: the improvement plan's actions, judged as at the reporting month's last day. */
import type { GeneratedSheet } from "../generatedSheet";
import { actionsJson } from "./actionsJson";
import { type ActionsReport, actionsReport } from "./actionsReport";
import { ACTIONS_SHEET_KEY, ACTIONS_SHEET_NAME, actionsSheet } from "./actionsSheet";

export const planActionsEntry = {
  key: ACTIONS_SHEET_KEY,
  name: ACTIONS_SHEET_NAME,
  inputs: false,
  report: (input) => (input.actions ? actionsReport(input.actions, input.month) : undefined),
  build: (report, { input }) => actionsSheet({ report, month: input.month, catalogue: input.catalogue }),
  json: { field: "actions", of: (report) => actionsJson(report) },
} as const satisfies GeneratedSheet<ActionsReport>;
