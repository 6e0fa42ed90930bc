import { describe, expect, it } from "vitest";
import type { IndicatorResult } from "../../src/domain/results";
import { buildDashboardPlan } from "../../src/report/buildDashboardPlan";
import type { SheetPlan } from "../../src/report/plan";
import { ragStyle } from "../../src/report/ragStyle";
import { OCT_2012, gapFor, indicator, result, target } from "./fixtures";
import { cellAt } from "./planCells";

/** The headline table's header is on row 5, its first indicator on row 6. */
const FIRST = 6;

function dashboard(results: IndicatorResult[]): SheetPlan {
  return buildDashboardPlan({ results, month: OCT_2012 }).sheets[0]!;
}

/** The style properties a cell ends up with, applying matching styles in order. */
function styleAt(sheet: SheetPlan, cell: string): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const s of sheet.styles) {
    const [from, to = from] = s.range.split(":");
    const col = (a: string) => a.replace(/\d+/g, "");
    const row = (a: string) => Number(a.replace(/\D+/g, ""));
    if (col(cell) >= col(from!) && col(cell) <= col(to!) && row(cell) >= row(from!) && row(cell) <= row(to!)) Object.assign(merged, s.style);
  }
  return merged;
}

const UNALLOC = result(
  indicator("UNALLOC28", { name: "Cases unallocated", targets: [target("statutory", 200, { label: "≤ 200 by Aug 2011" })] }),
  { values: [70, 63], rag: "green", gap: 137, direction: "improving" },
);
const NI59 = result(
  indicator("NI59", {
    name: "% IAs in 7 days",
    unit: "percent",
    polarity: "higher",
    targets: [target("statutory", 90, { label: "≥ 90%" }), target("internal", 95, { label: "≥ 95%" })],
  }),
  { values: [88, 87.5], rag: "amber", gap: -2.5, direction: "worsening" },
);
const POSTS = result(indicator("POSTS", { name: "% posts filled", unit: "percent", polarity: "higher" }), {
  values: [90, 90],
  direction: "stable",
});
const RED = result(indicator("CA_OOT", { name: "CAs out of timescale", targets: [target("statutory", 100)] }), {
  values: [150],
  rag: "red",
  gap: -50,
});

describe("headline table", () => {
  const sheet = dashboard([UNALLOC, NI59, POSTS, RED]);

  it("has the column headers on row 5", () => {
    expect(["B5", "C5", "D5", "E5", "F5", "G5", "H5", "I5"].map((c) => cellAt(sheet, c))).toEqual([
      "Indicator",
      "Latest",
      "Previous",
      "Direction",
      "Statutory target",
      "Internal target",
      "Gap to target",
      "RAG",
    ]);
    expect(styleAt(sheet, "E5")).toMatchObject({ bold: true, wrapText: true, border: { bottom: true } });
  });

  it("has one row per dashboard indicator, in order, with RAG words and fills", () => {
    const rows = [0, 1, 2, 3].map((i) => [cellAt(sheet, `B${FIRST + i}`), cellAt(sheet, `I${FIRST + i}`)]);
    expect(rows).toEqual([
      ["Cases unallocated", "Green"],
      ["% IAs in 7 days", "Amber"],
      ["% posts filled", "No target"],
      ["CAs out of timescale", "Red"],
    ]);
    expect(styleAt(sheet, `I${FIRST}`)).toMatchObject(ragStyle("green"));
    expect(styleAt(sheet, `I${FIRST + 1}`)).toMatchObject({ fill: "#FFEB9C", fontColor: "#9C5700" });
    expect(styleAt(sheet, `I${FIRST + 2}`)).toMatchObject(ragStyle("none"));
    expect(styleAt(sheet, `I${FIRST + 3}`)).toMatchObject({ fill: "#FFC7CE", fontColor: "#9C0006" });
  });

  it("shows direction as an arrow and a word", () => {
    expect([0, 1, 2, 3].map((i) => cellAt(sheet, `E${FIRST + i}`))).toEqual(["▲ Improving", "▼ Worsening", "► Stable", "– No previous"]);
  });

  it("writes counts as numbers with a count format", () => {
    expect(cellAt(sheet, `C${FIRST}`)).toBe(63);
    expect(cellAt(sheet, `D${FIRST}`)).toBe(70);
    expect(styleAt(sheet, `C${FIRST}`)).toMatchObject({ numberFormat: "#,##0" });
    expect(cellAt(sheet, `H${FIRST}`)).toBe(137);
    expect(styleAt(sheet, `H${FIRST}`).numberFormat).toMatch(/better.*short/);
  });

  it("writes percentages as fractions formatted 0.0%, and their gap in percentage points", () => {
    expect(cellAt(sheet, `C${FIRST + 1}`)).toBeCloseTo(0.875);
    expect(cellAt(sheet, `D${FIRST + 1}`)).toBeCloseTo(0.88);
    expect(styleAt(sheet, `C${FIRST + 1}`)).toMatchObject({ numberFormat: "0.0%" });
    expect(cellAt(sheet, `H${FIRST + 1}`)).toBe(-2.5);
    expect(styleAt(sheet, `H${FIRST + 1}`).numberFormat).toContain(" pp");
  });

  it("names the statutory and internal targets by their labels", () => {
    expect([cellAt(sheet, `F${FIRST}`), cellAt(sheet, `G${FIRST}`)]).toEqual(["≤ 200 by Aug 2011", "None"]);
    expect([cellAt(sheet, `F${FIRST + 1}`), cellAt(sheet, `G${FIRST + 1}`)]).toEqual(["≥ 90%", "≥ 95%"]);
  });

  it("marks missing numbers with a dash, not a blank or a formula", () => {
    expect(cellAt(sheet, `D${FIRST + 3}`)).toBe("–");
    expect(cellAt(sheet, `H${FIRST + 2}`)).toBe("–");
  });

  it("leaves out area results and indicators not on the dashboard", () => {
    const area = result(indicator("UNALLOC28"), { area: "East" });
    const off = result(indicator("OFF", { dashboard: false }));
    const s = dashboard([area, UNALLOC, off]);
    expect(cellAt(s, `B${FIRST}`)).toBe("Cases unallocated");
    expect(s.charts.map((c) => c.name)).toEqual(["chart-UNALLOC28"]);
  });

  it.each([
    ["a target without a level", result(indicator("M", { targets: [target("statutory", undefined)] }), { values: [5] }), "Not rated"],
    ["a target not yet in force", { ...result(indicator("D", { targets: [target("statutory", 9)] })), statutory: { ...gapFor(target("statutory", 9)), inForce: false } }, "Not yet due"],
    ["a target but no figure", result(indicator("V", { targets: [target("statutory", 9)] }), { values: [5, null] }), "No value"],
  ])("says why %s is not rated", (_name, r, word) => {
    expect(cellAt(dashboard([r]), `I${FIRST}`)).toBe(word);
  });

  it("shows exactly the indicators given as the dashboard's, in their order", () => {
    const results = [result(indicator("A", { name: "First in input" })), result(indicator("B", { name: "Second in input" })), result(indicator("C", { name: "Third" }))];
    const s = buildDashboardPlan({ results, month: OCT_2012, dashboardIndicators: ["b", "A"] }).sheets[0]!;
    expect([cellAt(s, `B${FIRST}`), cellAt(s, `B${FIRST + 1}`)]).toEqual(["Second in input", "First in input"]);
    expect(s.charts.map((c) => c.name)).toEqual(["chart-B", "chart-A"]);
  });

  it("says so when no indicator is on the dashboard", () => {
    const s = dashboard([]);
    expect(cellAt(s, `B${FIRST}`)).toMatch(/No indicators/);
    expect(s.charts).toEqual([]);
  });
});
