import { describe, expect, it } from "vitest";
import { applyPlan } from "../../src/excel/applyPlan";
import { ExcelShellError, excelErrorSentence } from "../../src/excel/errors";
import { parseAddress } from "../fakes/fakeAddress";
import { createFakeExcel, type FakeExcel } from "../fakes/fakeExcel";
import { DASHBOARD, DATA, dashboardPlan, headlineRow, PLACEHOLDER, supportsUpTo } from "./planFixtures";

const ALL = supportsUpTo("1.17");
const plan = dashboardPlan({ indicators: 3, months: 13 });

/** A person types into the dashboard (stored as Excel would store typed text). */
function typeInto(fake: FakeExcel, sheet: string, address: string, text: string): void {
  const { row, column } = parseAddress(address);
  fake.state.get(sheet).ensure(row, column).value = text;
}

async function built(): Promise<FakeExcel> {
  const fake = createFakeExcel({ sheets: [{ name: "Data" }] });
  await applyPlan(fake.excelContext, plan, ALL);
  return fake;
}

describe("a person's own sheet is never touched", () => {
  it("builds under a free name and reports the rename", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Member dashboard", cells: [["My notes"], [42]] }] });
    const before = fake.sheet("Member dashboard").snapshot();

    const report = await applyPlan(fake.excelContext, plan, ALL);

    expect(report.renamed).toEqual([{ wanted: DASHBOARD, used: `${DASHBOARD} (2)` }]);
    expect(report.written).toEqual([`${DASHBOARD} (2)`, DATA]);
    expect(fake.sheet("Member dashboard").snapshot()).toEqual(before);
    expect(fake.sheet(`${DASHBOARD} (2)`).charts).toHaveLength(3);
  });

  it("keeps using the same free name on the next refresh instead of adding another", async () => {
    const fake = createFakeExcel({ sheets: [{ name: DASHBOARD, cells: [["Mine"]], protected: true }] });
    await applyPlan(fake.excelContext, plan, ALL);
    const names = fake.sheetNames();

    const again = await applyPlan(fake.excelContext, plan, ALL);

    expect(again.renamed).toEqual([{ wanted: DASHBOARD, used: `${DASHBOARD} (2)` }]);
    expect(fake.sheetNames()).toEqual(names);
    expect(fake.sheet(DASHBOARD).values()).toEqual([["Mine"]]);
  });

  it("does not adopt a generated sheet a person renamed", async () => {
    const fake = await built();
    fake.state.get(DASHBOARD).name = "October archive";

    await applyPlan(fake.excelContext, plan, ALL);

    expect(fake.hasSheet("October archive")).toBe(true);
    expect(fake.sheet("October archive").charts).toHaveLength(3);
    expect(fake.sheet(DASHBOARD).charts).toHaveLength(3);
  });
});

describe("refreshing a generated dashboard", () => {
  it("carries typed commentary, keeps placeholders out, and duplicates nothing", async () => {
    const fake = await built();
    typeInto(fake, DASHBOARD, `G${headlineRow(1)}`, "Improving since the new team started.");
    typeInto(fake, DASHBOARD, `G${headlineRow(2)}`, "-ve trend; see =SUM note");
    const namesBefore = fake.sheetNames();

    const report = await applyPlan(fake.excelContext, plan, ALL);

    expect(report.carriedInputs).toBe(2);
    expect(fake.sheetNames()).toEqual(namesBefore);
    const sheet = fake.sheet(DASHBOARD);
    // Untouched: still empty, the prompt only in its input message.
    expect(sheet.cell(`G${headlineRow(0)}`).value).toBeNull();
    expect(Object.values(sheet.prompts).map((p) => p.message)).toContain(PLACEHOLDER);
    expect(sheet.cell(`G${headlineRow(1)}`).value).toBe("Improving since the new team started.");
    expect(sheet.cell(`G${headlineRow(2)}`)).toMatchObject({ value: "-ve trend; see =SUM note", numberFormat: "@" });
    expect(sheet.formulas()).toEqual({});
    const chartNames = fake.allCharts().map((c) => c.chart.name);
    expect(chartNames).toEqual([...new Set(chartNames)]);
    expect(chartNames).toHaveLength(3);
    expect(sheet.charts[0]!.series[0]!.values).toBe(`${DATA}!C2:C14`);
  });

  it("puts the new sheets where the old ones stood", async () => {
    const fake = await built();
    fake.state.moveSheet(fake.state.get(DASHBOARD), 0);
    await applyPlan(fake.excelContext, plan, ALL);
    expect(fake.sheetNames()).toEqual([DASHBOARD, "Data", DATA]);
  });

  it("removes a temporary sheet left by an interrupted build", async () => {
    const fake = await built();
    fake.state.addSheet("~sc-tmp-1");
    await applyPlan(fake.excelContext, plan, ALL);
    expect(fake.sheetNames().filter((n) => n.startsWith("~"))).toEqual([]);
  });
});

describe("a failed write leaves the previous dashboard as it was", () => {
  // Two planned sheets, so the swap renames "Worksheet.name" 4 times: park, park, rename, rename.
  it.each([
    { atOp: "WorksheetCollection.add", occurrence: 2 },
    { atOp: "Range.numberFormat", occurrence: 1 },
    { atOp: "Range.values", occurrence: 2 },
    { atOp: "ChartCollection.add", occurrence: 2 },
    { atOp: "Worksheet.name", occurrence: 1 },
    { atOp: "Worksheet.name", occurrence: 2 },
    { atOp: "Worksheet.name", occurrence: 3 },
    { atOp: "Worksheet.name", occurrence: 4 },
  ])("failing at $atOp #$occurrence", async ({ atOp, occurrence }) => {
    const fake = await built();
    typeInto(fake, DASHBOARD, `G${headlineRow(0)}`, "Typed before the failure");
    const dashboard = fake.sheet(DASHBOARD).snapshot();
    const data = fake.sheet(DATA).snapshot();
    const names = fake.sheetNames();
    // Syncs so far: 3 for the first build; this refresh reads in 2, so its write is the 3rd.
    fake.failOn({ sync: fake.syncCount + 3, code: "GeneralException", atOp, occurrence });

    const error = await applyPlan(fake.excelContext, plan, ALL).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ExcelShellError);
    expect(error).toMatchObject({ code: "EXCEL_ERROR", excelCode: "GeneralException", phase: "write" });
    expect(fake.sheetNames()).toEqual(names);
    expect(fake.sheet(DASHBOARD).snapshot()).toEqual(dashboard);
    expect(fake.sheet(DATA).snapshot()).toEqual(data);
  });

  it("finishes a swap that failed after every new sheet had its final name", async () => {
    const fake = await built();
    typeInto(fake, DASHBOARD, `G${headlineRow(0)}`, "Carried");
    fake.failOn({ sync: fake.syncCount + 3, code: "GeneralException", atOp: "Worksheet.delete" });

    await expect(applyPlan(fake.excelContext, plan, ALL)).rejects.toBeInstanceOf(ExcelShellError);

    expect(fake.sheetNames().filter((n) => n.startsWith("~"))).toEqual([]);
    expect(fake.sheet(DASHBOARD).cell(`G${headlineRow(0)}`).value).toBe("Carried");
    expect(fake.sheet(DASHBOARD).charts).toHaveLength(3);
  });
});

describe("errors from Excel become sentences with a next step", () => {
  it("reports cell-edit mode on the first read", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] });
    fake.failOn({ sync: 1, code: "InvalidOperationInCellEditMode" });

    const error = await applyPlan(fake.excelContext, plan, ALL).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: "EXCEL_CELL_EDIT_MODE", phase: "read" });
    expect((error as Error).message).toBe(excelErrorSentence("EXCEL_CELL_EDIT_MODE"));
    expect(fake.sheetNames()).toEqual(["Data"]);
  });

  it("refuses a workbook whose structure is protected before changing anything", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }], structureProtected: true });
    const error = await applyPlan(fake.excelContext, plan, ALL).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "STRUCTURE_PROTECTED" });
    expect(fake.syncCount).toBe(1);
  });

  it("refuses a chart whose data sheet does not exist before writing", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] });
    const broken = dashboardPlan({ indicators: 1, months: 13 });
    broken.sheets[0]!.charts[0]!.dataSheet = "Nowhere";
    const error = await applyPlan(fake.excelContext, broken, ALL).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "EXCEL_INVALID_ARGUMENT" });
    expect(fake.sheetNames()).toEqual(["Data"]);
  });

  it("says which code it was for a code it does not know", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Data" }] });
    fake.failOn({ sync: 1, code: "SomethingNew" });
    const error = await applyPlan(fake.excelContext, plan, ALL).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "EXCEL_ERROR", excelCode: "SomethingNew" });
  });
});
