import { describe, expect, it } from "vitest";
import { decideSheets } from "../../src/report/plan/decideSheets";
import { recoveryActions } from "../../src/excel/swap";
import { markerText } from "../../src/report/plan/preserve";
import { DASHBOARD, DATA, dashboardPlan } from "./planFixtures";

// A refresh: both sheets replaced. Temps ~sc-tmp-1/3, parked ~sc-old-2/4.
const decisions = decideSheets(dashboardPlan({ indicators: 1, months: 13 }), [
  { name: "Data", position: 0, marker: null },
  { name: DASHBOARD, position: 1, marker: markerText("member-dashboard") },
  { name: DATA, position: 2, marker: markerText("dashboard-data") },
]);

describe("recoveryActions after a failed write", () => {
  it.each([
    ["nothing was created", ["Data", DASHBOARD, DATA], [], []],
    ["content failed", ["Data", DASHBOARD, DATA, "~sc-tmp-1", "~sc-tmp-3"], ["~sc-tmp-1", "~sc-tmp-3"], []],
    ["parking failed half-way", ["Data", "~sc-old-2", DATA, "~sc-tmp-1", "~sc-tmp-3"], ["~sc-tmp-1", "~sc-tmp-3"], [["~sc-old-2", DASHBOARD]]],
    [
      "renaming failed half-way",
      ["Data", "~sc-old-2", "~sc-old-4", DASHBOARD, "~sc-tmp-3"],
      [DASHBOARD, "~sc-tmp-3"],
      [["~sc-old-2", DASHBOARD], ["~sc-old-4", DATA]],
    ],
    ["deleting parked sheets failed", ["Data", "~sc-old-4", DASHBOARD, DATA], ["~sc-old-4"], []],
    ["only the final touches failed", ["Data", DASHBOARD, DATA], [], []],
  ] as const)("%s", (_, names, remove, restore) => {
    const actions = recoveryActions(decisions, names);
    expect(actions.remove).toEqual(remove);
    expect(actions.restore.map((r) => [r.from, r.to])).toEqual(restore);
  });
});
