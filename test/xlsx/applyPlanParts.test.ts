/** The pure pieces of the file shell's write side. */
import { describe, expect, it } from "vitest";
import { absoluteRef, rangeRect } from "../../src/xlsx/rangeRect";
import { resolveCellStyles } from "../../src/xlsx/resolveCellStyles";
import { withFinalSheetNames } from "../../src/xlsx/withFinalSheetNames";
import { lineChartOptions } from "../../src/xlsx/writeChart";
import { sheetView } from "../../src/xlsx/writeSheet";
import { DATA, dashboardPlan, dataSheetPlan } from "./fixtures/smallPlan";

describe("absoluteRef", () => {
  it.each([
    ["Dashboard Data", "C5:C17", "'Dashboard Data'!$C$5:$C$17"],
    ["Data", "B4", "'Data'!$B$4"],
    ["Jo's data", "E6:B4", "'Jo''s data'!$B$4:$E$6"],
  ])("%s + %s → %s", (sheet, range, ref) => {
    expect(absoluteRef(sheet, range)).toBe(ref);
  });

  it("rejects a range that is not A1", () => {
    expect(() => rangeRect("R1C1")).toThrow(RangeError);
  });
});

describe("resolveCellStyles", () => {
  it("adds later styles to earlier ones on the same cell", () => {
    const cells = resolveCellStyles([
      { range: "B2:C2", style: { fill: "#FFF2CC" } },
      { range: "C2", style: { bold: true, fill: "#C6EFCE" } },
    ]);
    expect(cells).toEqual([
      { row: 2, column: 2, style: { fill: "#FFF2CC" } },
      { row: 2, column: 3, style: { fill: "#C6EFCE", bold: true } },
    ]);
  });

  it("puts a range's border on its outline only", () => {
    const cells = resolveCellStyles([
      { range: "B2:C3", style: { border: { top: true, bottom: true, left: true, right: true, color: "#BFBFBF" } } },
    ]);
    const at = (row: number, column: number) => cells.find((c) => c.row === row && c.column === column)?.style.border;
    expect(at(2, 2)).toEqual({ top: true, left: true, color: "#BFBFBF" });
    expect(at(2, 3)).toEqual({ top: true, right: true, color: "#BFBFBF" });
    expect(at(3, 2)).toEqual({ bottom: true, left: true, color: "#BFBFBF" });
    expect(at(3, 3)).toEqual({ bottom: true, right: true, color: "#BFBFBF" });
  });

  it("keeps edges from earlier ranges when a later one adds another", () => {
    const [cell] = resolveCellStyles([
      { range: "D4", style: { border: { bottom: true } } },
      { range: "D4:D5", style: { border: { top: true } } },
    ]);
    expect(cell?.style.border).toEqual({ bottom: true, top: true });
  });
});

describe("withFinalSheetNames", () => {
  it("renames the sheet and the data sheet its charts read", () => {
    const renamed = withFinalSheetNames(dashboardPlan(), new Map([[DATA, `${DATA} (2)`]]));
    expect(renamed.name).toBe("Member Dashboard");
    expect(renamed.charts.map((c) => c.dataSheet)).toEqual([`${DATA} (2)`]);
    expect(dashboardPlan().charts[0]?.dataSheet).toBe(DATA);
  });
});

describe("lineChartOptions", () => {
  const options = lineChartOptions(dashboardPlan().charts[0]!);

  it("reads every series and the months from absolute ranges on the data sheet", () => {
    expect(options.series?.map((s) => [s.name, s.values, s.categories])).toEqual([
      ["Actual", "'Dashboard Data'!$C$4:$C$6", "'Dashboard Data'!$B$4:$B$6"],
      ["Statutory target", "'Dashboard Data'!$D$4:$D$6", "'Dashboard Data'!$B$4:$B$6"],
      ["Internal target", "'Dashboard Data'!$E$4:$E$6", "'Dashboard Data'!$B$4:$B$6"],
    ]);
  });

  it("dashes the targets and marks only the figures", () => {
    expect(options.series?.map((s) => [s.lineDash, s.marker?.symbol, s.line])).toEqual([
      ["solid", "circle", "1F4E79"],
      ["dash", "none", "C00000"],
      ["dash", "none", "ED7D31"],
    ]);
  });

  it("titles the value axis, formats it, and puts the legend below", () => {
    expect(options.valueAxis).toMatchObject({
      title: "Children with 3+ moves (%)",
      numFmt: "0%",
      numFmtLinked: false,
      min: 0,
    });
    expect(options.valueAxis).not.toHaveProperty("max");
    expect(options.legendPosition).toBe("b");
    expect(options.displayBlanksAs).toBe("gap");
  });
});

describe("sheetView", () => {
  it("freezes the planned rows and hides gridlines only when the plan says so", () => {
    expect(sheetView(dashboardPlan())).toEqual({
      state: "frozen",
      xSplit: 0,
      ySplit: 3,
      topLeftCell: "A4",
      showGridLines: false,
    });
    expect(sheetView({ ...dataSheetPlan(), freeze: { rows: 2, columns: 1 } })).toEqual({
      state: "frozen",
      xSplit: 1,
      ySplit: 2,
      topLeftCell: "B3",
    });
    expect(sheetView({ ...dataSheetPlan(), freeze: undefined })).toEqual({ state: "normal" });
  });
});
