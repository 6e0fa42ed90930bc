import type { PlanAction } from "../../../src/domain/actions";
import type { CellValue, RawTable } from "../../../src/domain/types";

export const HEADERS = ["Ref", "Action", "Start", "Due", "Lead", "Status", "Cross-references", "Timescale"] as const;

export type Row = Partial<Record<string, CellValue>>;

// The header row is A2, so data row 0 is row 3 and the columns run Ref A,
// Action B, Start C, Due D, Lead E, Status F, Cross-references G, Timescale H.
export function actionsTable(rows: Row[], headers: readonly string[] = HEADERS): RawTable {
  return {
    name: "Actions",
    sheet: "Plan",
    origin: { row: 2, column: 1 },
    headers: [...headers],
    rows: rows.map((row) => headers.map((h) => row[h] ?? null)),
    source: "table",
  };
}

/** Action 2.1.3 as the plan has it (seed 004). */
export const row = (extra: Row = {}): Row => ({
  Ref: "2.1.3",
  Action: "Reduce the number of unallocated cases",
  Lead: "Heads of Service",
  "Cross-references": "IN 3. CT 1. CT 3.",
  Timescale: "1 March 2011 – 1 Sept 2011 (review)",
  ...extra,
});

/** A parsed action for calculation tests. */
export function planAction(extra: Partial<PlanAction> = {}): PlanAction {
  return {
    ref: "1.1.1",
    priority: 1,
    outcome: "1.1",
    action: "An action",
    crossReferences: [],
    at: { sheet: "Plan", cell: "A3" },
    row: 0,
    ...extra,
  };
}
