/** Set-up creates the two tables only where missing, never overwriting, in a constant number of syncs. */
import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOGUE } from "../../src/domain/catalogue/defaultCatalogue";
import { createMissingTables } from "../../src/excel/createTables";
import { readWorkbookTables } from "../../src/excel/readTables";
import { analyseTables } from "../../src/domain/analyse";
import { setUpWorkbook, setupOutcome, setupTables } from "../../src/taskpane/operations/setUpWorkbook";
import { createFakeExcel } from "../fakes/fakeExcel";
import { createPaneFake, emptyWorkbookSpec, fakeServices, sampleWorkbookSpec } from "./paneWorkbooks";

describe("setting up a workbook", () => {
  it("creates the tables with the catalogue, the sample figures and the sample's Areas on an empty workbook, in 2 syncs", async () => {
    const fake = createPaneFake(emptyWorkbookSpec());
    const report = await setUpWorkbook(fakeServices(fake), true);
    expect(report).toMatchObject({ created: ["Indicators", "IndicatorData", "Areas"], existing: [], blocked: [], syncs: 2 });
    expect(fake.syncCount).toBe(2);
    expect(fake.sheetNames()).toEqual(["Sheet1", "Indicators", "IndicatorData", "Areas"]);
    expect(fake.state.tables.map((t) => t.name)).toEqual(["Indicators", "IndicatorData", "Areas"]);
    expect(fake.activeSheetName).toBe("Indicators");

    // What was written reads back as the same catalogue and a usable data table.
    const analysis = analyseTables(await readWorkbookTables(fake.excelContext));
    expect(analysis.catalogue.map((i) => i.code)).toEqual(DEFAULT_CATALOGUE.map((i) => i.code));
    expect(analysis.summary).toMatchObject({ usable: true, errors: 0, warnings: 0 });
    expect(analysis.areas?.spansOf("Mid Kent")).toHaveLength(1);
    expect(analysis.summary.rows).toBeGreaterThan(1000);
  });

  it("keeps periods and dates as the text written, not Excel dates", async () => {
    const fake = createPaneFake(emptyWorkbookSpec());
    await setUpWorkbook(fakeServices(fake), true);
    expect(fake.sheet("IndicatorData").cell("B2")).toMatchObject({ value: "2011-02", numberFormat: "@" });
    expect(fake.sheet("Indicators").formulas()).toEqual({});
    expect(fake.sheet("IndicatorData").formulas()).toEqual({});
  });

  it("writes an empty IndicatorData (header and one blank row) without the sample", async () => {
    const fake = createPaneFake(emptyWorkbookSpec());
    await setUpWorkbook(fakeServices(fake), false);
    const data = fake.state.tables.find((t) => t.name === "IndicatorData")!;
    expect(data.rect).toMatchObject({ row: 0, column: 0, rows: 2, columns: 8 });
    expect(fake.sheet("IndicatorData").values()).toEqual([["Code", "Period", "Area", "Value", "Numerator", "Denominator", "As at", "Note"]]);
  });

  it("adds the sample's Areas only with the sample's figures, never beside a person's own IndicatorData", async () => {
    const fake = createPaneFake(sampleWorkbookSpec());
    const report = await setUpWorkbook(fakeServices(fake), true);
    expect(report.created).toEqual([]);
    expect(fake.state.tables.map((t) => t.name)).not.toContain("Areas");
  });

  it("leaves existing tables untouched and says so, in 1 sync", async () => {
    const fake = createPaneFake(sampleWorkbookSpec());
    const before = [fake.sheet("Indicators").snapshot(), fake.sheet("IndicatorData").snapshot()];
    const report = await setUpWorkbook(fakeServices(fake), true);
    expect(report).toMatchObject({ created: [], existing: ["Indicators", "IndicatorData"], syncs: 1 });
    expect([fake.sheet("Indicators").snapshot(), fake.sheet("IndicatorData").snapshot()]).toEqual(before);
    expect(setupOutcome(report, true).intent).toBe("info");
  });

  it("creates only the missing table", async () => {
    const spec = sampleWorkbookSpec();
    spec.sheets = spec.sheets.filter((s) => s.name !== "IndicatorData");
    const fake = createPaneFake(spec);
    const report = await setUpWorkbook(fakeServices(fake), false);
    expect(report).toMatchObject({ created: ["IndicatorData"], existing: ["Indicators"] });
  });

  it("uses an empty sheet of the table's name, in 3 syncs", async () => {
    const fake = createPaneFake({ sheets: [{ name: "Sheet1" }, { name: "indicators" }] });
    const report = await setUpWorkbook(fakeServices(fake), false);
    expect(report).toMatchObject({ created: ["Indicators", "IndicatorData"], blocked: [], syncs: 3 });
    expect(fake.state.tables.find((t) => t.name === "Indicators")!.sheet.name).toBe("indicators");
  });

  it("never writes over a sheet of the table's name that holds something", async () => {
    const fake = createPaneFake({ sheets: [{ name: "Indicators", cells: [["my own notes"]] }] });
    const before = fake.sheet("Indicators").snapshot();
    const report = await setUpWorkbook(fakeServices(fake), false);
    expect(report.blocked).toEqual([{ table: "Indicators", sheet: "Indicators" }]);
    expect(report.created).toEqual(["IndicatorData"]);
    expect(fake.sheet("Indicators").snapshot()).toEqual(before);
    expect(setupOutcome(report, false)).toMatchObject({ intent: "warning" });
  });

  it("keeps text that looks like a formula as text", async () => {
    const fake = createFakeExcel(emptyWorkbookSpec());
    const specs = setupTables(false);
    const rows = [["=HYPERLINK(\"http://x\")", "+1 looks like a sum", "@name", "-ve"]];
    await createMissingTables(fake.excelContext, [{ ...specs[0]!, rows }]);
    expect(fake.sheet("Indicators").formulas()).toEqual({});
    expect(fake.sheet("Indicators").cell("A2")).toMatchObject({ value: '=HYPERLINK("http://x")', numberFormat: "@" });
  });

  it("reports a protected workbook as a sentence with the next step", async () => {
    const fake = createPaneFake({ ...emptyWorkbookSpec(), structureProtected: true });
    await expect(setUpWorkbook(fakeServices(fake), true)).rejects.toMatchObject({ name: "ExcelShellError", code: "EXCEL_ACCESS_DENIED" });
  });
});
