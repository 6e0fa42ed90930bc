/** Building again onto a workbook that already holds a dashboard, or a person's sheet of the same name. */
import { describe, expect, it } from "vitest";
import { markerText } from "../../src/report/plan/preserve";
import { applyPlanToWorkbook } from "../../src/xlsx/applyPlan";
import { newWorkbook, type Workbook } from "../../src/xlsx/excelts";
import { allChartParts, chartPartsOf, tabNames } from "./fixtures/packageSheets";
import { excelWorkbook } from "./fixtures/excelWorkbook";
import {
  COMMENTARY_KEY,
  DASHBOARD,
  DATA,
  PLACEHOLDER,
  dashboardPlan,
  dataSheetPlan,
  smallPlan,
} from "./fixtures/smallPlan";
import { partText } from "./fixtures/zipParts";

const TYPED = "Placements improved in June after the panel review.";

async function load(bytes: Uint8Array): Promise<Workbook> {
  const workbook = newWorkbook();
  await workbook.xlsx.load(bytes);
  return workbook;
}

/** Opens `bytes`, lets `change` edit it as a person would in Excel, and saves. */
async function edit(bytes: Uint8Array, change: (workbook: Workbook) => void): Promise<Uint8Array> {
  const workbook = await load(bytes);
  change(workbook);
  return workbook.xlsx.writeBuffer();
}

const personsWorkbook = (): Promise<Uint8Array> =>
  excelWorkbook((wb) => {
    wb.addWorksheet("Notes").getCell("A1").value = "Panel notes";
  });

async function chartXml(bytes: Uint8Array, sheet: string): Promise<string> {
  const [chart] = await chartPartsOf(bytes, sheet);
  return (await partText(bytes, chart!)).replace(/&apos;/g, "'");
}

describe("applyPlanToWorkbook: building again", () => {
  it("keeps text typed into an input cell, one sheet of each name, and no more charts", async () => {
    const first = (await applyPlanToWorkbook(await personsWorkbook(), smallPlan())).bytes;
    const typed = await edit(first, (wb) => {
      wb.getWorksheet(DASHBOARD)!.getCell("F8").value = TYPED;
    });
    const { bytes: second, report } = await applyPlanToWorkbook(typed, smallPlan());

    expect(report).toEqual({ written: [DASHBOARD, DATA], renamed: [], activated: true, skipped: [] });
    expect(await tabNames(second)).toEqual(["Notes", DASHBOARD, DATA]);
    const dash = (await load(second)).getWorksheet(DASHBOARD)!;
    expect(dash.getCell("F8").value).toBe(TYPED);
    expect(dash.getCell("F8").fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
    expect(await allChartParts(second)).toHaveLength((await allChartParts(first)).length);
    expect(await chartPartsOf(second, DASHBOARD)).toHaveLength(1);
  });

  it("rebuilds a sheet from the plan: old cells and charts go, typed text follows its key", async () => {
    const first = (await applyPlanToWorkbook(await personsWorkbook(), smallPlan())).bytes;
    const scribbled = await edit(first, (wb) => {
      wb.getWorksheet(DASHBOARD)!.getCell("K40").value = "stray";
      wb.getWorksheet(DASHBOARD)!.getCell("F8").value = TYPED;
    });
    const next = dashboardPlan();
    next.charts = [];
    // The section moved down: the input is found by its key, not its old address.
    next.inputs = [{ key: COMMENTARY_KEY, address: "F12", placeholder: PLACEHOLDER }];
    const { bytes } = await applyPlanToWorkbook(scribbled, { sheets: [next, dataSheetPlan()] });
    const dash = (await load(bytes)).getWorksheet(DASHBOARD)!;
    expect(dash.getCell("K40").value).toBeNull();
    expect(dash.getCell("F8").value).toBeNull();
    expect(dash.getCell("F12").value).toBe(TYPED);
    expect(await allChartParts(bytes)).toHaveLength(0);
  });

  it("keeps a generated sheet at its tab position and sheet-scoped names on their sheets", async () => {
    const first = (await applyPlanToWorkbook(await personsWorkbook(), smallPlan())).bytes;
    const rearranged = await edit(first, (wb) => {
      // A half-finished build in Excel leaves a temporary sheet; a person adds their own after it.
      wb.addWorksheet("~sc-tmp-1").getCell("A1").value = markerText("member-dashboard");
      const mine = wb.addWorksheet("Mine");
      mine.getCell("A1").value = 42;
      wb.definedNames.model = [
        ...wb.definedNames.model,
        { name: "MyCell", ranges: ["Mine!$A$1"], localSheetId: mine.orderNo },
      ];
    });
    expect(await tabNames(rearranged)).toEqual(["Notes", DASHBOARD, DATA, "~sc-tmp-1", "Mine"]);

    const { bytes } = await applyPlanToWorkbook(rearranged, smallPlan());
    expect(await tabNames(bytes)).toEqual(["Notes", DASHBOARD, DATA, "Mine"]);
    const workbook = await load(bytes);
    expect(workbook.definedNames.model).toContainEqual(expect.objectContaining({ name: "MyCell", localSheetId: 3 }));
    expect(workbook.views[0]?.activeTab).toBe(1);
  });
});

describe("applyPlanToWorkbook: a person's own sheet with the planned name", () => {
  async function ownSheets(...names: string[]): Promise<Uint8Array> {
    return excelWorkbook((wb) => {
      for (const name of names) {
        const ws = wb.addWorksheet(name);
        ws.getCell("A1").value = "My own notes";
        ws.getCell("B2").value = 7;
      }
    });
  }

  it("is left as it was and the plan's sheet takes the next free name", async () => {
    const input = await ownSheets(DASHBOARD);
    const { bytes, report } = await applyPlanToWorkbook(input, smallPlan());
    expect(report.renamed).toEqual([{ wanted: DASHBOARD, used: `${DASHBOARD} (2)` }]);
    expect(report.written).toEqual([`${DASHBOARD} (2)`, DATA]);
    expect(await tabNames(bytes)).toEqual([DASHBOARD, `${DASHBOARD} (2)`, DATA]);
    const workbook = await load(bytes);
    const own = workbook.getWorksheet(DASHBOARD)!;
    expect(own.getSheetValues()).toEqual((await load(input)).getWorksheet(DASHBOARD)!.getSheetValues());
    expect(own.getCharts()).toHaveLength(0);
    expect(workbook.getWorksheet(`${DASHBOARD} (2)`)!.getCell("A1").value).toBe(markerText("member-dashboard"));
    expect(workbook.views[0]?.activeTab).toBe(1);
  });

  it("points the charts at the renamed data sheet, and finds the renamed sheets on the next build", async () => {
    const input = await ownSheets(DATA);
    const first = await applyPlanToWorkbook(input, smallPlan());
    expect(first.report.renamed).toEqual([{ wanted: DATA, used: `${DATA} (2)` }]);
    const xml = await chartXml(first.bytes, DASHBOARD);
    expect(xml).toContain(`<c:f>'${DATA} (2)'!$C$4:$C$6</c:f>`);
    expect(xml).not.toContain(`<c:f>'${DATA}'!`);

    const typed = await edit(first.bytes, (wb) => {
      wb.getWorksheet(DASHBOARD)!.getCell("F8").value = TYPED;
    });
    const second = await applyPlanToWorkbook(typed, smallPlan());
    expect(await tabNames(second.bytes)).toEqual([DATA, DASHBOARD, `${DATA} (2)`]);
    expect((await load(second.bytes)).getWorksheet(DASHBOARD)!.getCell("F8").value).toBe(TYPED);
    expect((await load(second.bytes)).getWorksheet(DATA)!.getCell("A1").value).toBe("My own notes");
    expect(await allChartParts(second.bytes)).toHaveLength(1);
  });

  it("does not mistake a sheet generated for another key for its own", async () => {
    const input = await excelWorkbook((wb) => {
      wb.addWorksheet(DASHBOARD).getCell("A1").value = markerText("area-dashboard");
    });
    const { report } = await applyPlanToWorkbook(input, smallPlan());
    expect(report.renamed).toEqual([{ wanted: DASHBOARD, used: `${DASHBOARD} (2)` }]);
  });
});
