import { describe, expect, it } from "vitest";
import { goToIssue, goToSheet } from "../../src/taskpane/operations/navigate";
import { createPaneFake, fakeServices, PLANTED_FAULT, sampleWorkbookSpec } from "./paneWorkbooks";

describe("going to a problem cell", () => {
  it("activates the sheet and selects the cell, in 1 sync", async () => {
    const fake = createPaneFake(sampleWorkbookSpec());
    expect(fake.activeSheetName).toBe("Indicators");
    await goToIssue(fakeServices(fake), { rule: "value-not-number", severity: "error", ...PLANTED_FAULT, message: "m" });
    expect(fake.syncCount).toBe(1);
    expect(fake.activeSheetName).toBe("IndicatorData");
    expect(fake.selection).toEqual({ sheet: "IndicatorData", address: "D7" });
  });

  it("says plainly when the sheet has gone since the check", async () => {
    const fake = createPaneFake(sampleWorkbookSpec());
    await expect(goToIssue(fakeServices(fake), { rule: "value-not-number", severity: "error", sheet: "Renamed", cell: "A1", message: "m" })).rejects.toThrow(
      "The sheet Renamed is no longer in the workbook. Validate again to refresh the list.",
    );
    await expect(goToSheet(fakeServices(fake), "Member Dashboard")).rejects.toThrow(/Build the dashboard again/);
  });
});
