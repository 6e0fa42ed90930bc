/** The pane's small workbook operations against the fake Excel: leftovers, loose data, and the change watch. */
import { describe, expect, it } from "vitest";
import { createFakeExcel } from "../fakes/fakeExcel";
import { raiseChanged } from "../browser/harness/fakeEvents";
import { checkWorkbook } from "../../src/taskpane/operations/checkWorkbook";
import { cleanLeftovers } from "../../src/taskpane/operations/cleanLeftovers";
import { findLooseData, makeTable } from "../../src/taskpane/operations/looseData";
import { watchWorkbook, type WorkbookChange } from "../../src/taskpane/operations/watchWorkbook";
import { fakeServices, sampleWorkbookSpec } from "./paneWorkbooks";

describe("leftover sheets from a failed build", () => {
  it("deletes parked ~sc-old sheets quietly and leaves everything else", async () => {
    const spec = sampleWorkbookSpec();
    spec.sheets.push({ name: "~sc-old-1", cells: [["old"]] }, { name: "~sc-old-notes", cells: [["mine"]] });
    const fake = createFakeExcel(spec);
    expect(await cleanLeftovers(fakeServices(fake))).toEqual(["~sc-old-1"]);
    expect(fake.sheetNames()).toEqual(["Indicators", "IndicatorData", "~sc-old-notes"]);
  });

  it("leaves them while a build's temporary sheet remains, and never throws", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "~sc-old-1" }, { name: "~sc-tmp-1" }] });
    expect(await cleanLeftovers(fakeServices(fake))).toEqual([]);
    expect(fake.sheetNames()).toEqual(["~sc-old-1", "~sc-tmp-1"]);
    const locked = createFakeExcel({ sheets: [{ name: "A" }, { name: "~sc-old-2" }], structureProtected: true });
    expect(await cleanLeftovers(fakeServices(locked))).toEqual([]);
  });
});

describe("loose data on an IndicatorData sheet", () => {
  it("is found, and made the IndicatorData table the check then reads", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "IndicatorData", cells: [["Code", "Period", "Area", "Value"], ["NI59", "2017-03", null, 80], ["NI60", "2017-03", null, 70]] }],
    });
    const services = fakeServices(fake);
    const [loose] = await findLooseData(services, ["Indicators", "IndicatorData"]);
    expect(loose).toEqual({ table: "IndicatorData", sheet: "IndicatorData", address: "IndicatorData!A1:D3" });
    await makeTable(services, loose!);
    const check = await checkWorkbook(services);
    expect(check.hasDataTable).toBe(true);
    expect(check.analysis.summary.rows).toBe(2);
  });

  it("is not offered for an empty sheet or a missing one", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "IndicatorData" }] });
    expect(await findLooseData(fakeServices(fake), ["IndicatorData", "Indicators"])).toEqual([]);
  });
});

describe("watching the workbook", () => {
  it("reports a changed sheet by name", async () => {
    const fake = createFakeExcel(sampleWorkbookSpec());
    const changes: WorkbookChange[] = [];
    expect(await watchWorkbook(fakeServices(fake), (c) => changes.push(c))).toBe(true);
    raiseChanged(fake.state.get("IndicatorData").id, "D5");
    await expect.poll(() => changes).toEqual([{ kind: "changed", sheet: "IndicatorData" }]);
  });
});
