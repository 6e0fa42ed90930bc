import { describe, expect, it } from "vitest";
import type { IndicatorResult } from "../../src/domain/results";
import { buildDashboardPlan } from "../../src/report/dashboard/buildDashboardPlan";
import type { SheetPlan } from "../../src/report/plan/plan";
import { ragStyle } from "../../src/report/layout/ragStyle";
import { OCT_2012, gapFor, indicator, result, target } from "./fixtures";
import { cellAt } from "./planCells";

/** The headline table's header is on row 4; each indicator has two rows (figures, then its reading), from row 5. */
const HEADER = 4;
const row = (i: number): number => HEADER + 1 + i * 2;
/** The headline's columns by what they hold. */
const C = { name: "B", latest: "C", previous: "D", lastYear: "E", direction: "F", statutory: "G", statutoryGap: "H", internal: "I", internalGap: "J", rag: "K" } as const;
const at = (sheet: SheetPlan, column: keyof typeof C, i: number): unknown => cellAt(sheet, `${C[column]}${row(i)}`);

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

  it("has the column headers on row 4: one gap column per target level, the same month last year beside the previous", () => {
    expect(Object.values(C).map((c) => cellAt(sheet, `${c}${HEADER}`))).toEqual([
      "Indicator",
      "Latest",
      "Previous month",
      "A year ago",
      "Direction",
      "Statutory target",
      "Gap to statutory",
      "Internal target",
      "Gap to internal",
      "RAG",
    ]);
    expect(styleAt(sheet, `E${HEADER}`)).toMatchObject({ bold: true, wrapText: true, border: { bottom: true } });
  });

  it("has one row per dashboard indicator, in order, with RAG words and fills", () => {
    expect([0, 1, 2, 3].map((i) => [at(sheet, "name", i), at(sheet, "rag", i)])).toEqual([
      ["Cases unallocated", "Green"],
      ["% IAs in 7 days", "Amber"],
      ["% posts filled", "No target"],
      ["CAs out of timescale", "Red"],
    ]);
    expect(styleAt(sheet, `K${row(0)}`)).toMatchObject(ragStyle("green"));
    expect(styleAt(sheet, `K${row(1)}`)).toMatchObject({ fill: "#FFEB9C", fontColor: "#9C5700" });
    expect(styleAt(sheet, `K${row(2)}`)).toMatchObject(ragStyle("none"));
    expect(styleAt(sheet, `K${row(3)}`)).toMatchObject({ fill: "#FFC7CE", fontColor: "#9C0006" });
  });

  it("reads each indicator in one line under its figures, merged across the table", () => {
    expect(cellAt(sheet, `B${row(0) + 1}`)).toBe("63 in Oct 2012, down from 70; better than the Notice target of 200.");
    expect(cellAt(sheet, `B${row(1) + 1}`)).toBe("87.5% in Oct 2012, down from 88.0%; short of the Notice target of 90.0%.");
    expect(cellAt(sheet, `B${row(2) + 1}`)).toBe("90.0% in Oct 2012, unchanged from the month before; no target set.");
    expect(sheet.merges).toContain(`B${row(0) + 1}:K${row(0) + 1}`);
  });

  it("shows direction as an arrow and a word", () => {
    expect([0, 1, 2, 3].map((i) => at(sheet, "direction", i))).toEqual(["▲ Improving", "▼ Worsening", "► Stable", "– No previous"]);
  });

  it("writes counts as numbers with a count format", () => {
    expect(at(sheet, "latest", 0)).toBe(63);
    expect(at(sheet, "previous", 0)).toBe(70);
    expect(styleAt(sheet, `C${row(0)}`)).toMatchObject({ numberFormat: "#,##0" });
    expect(at(sheet, "statutoryGap", 0)).toBe(137);
    expect(styleAt(sheet, `H${row(0)}`).numberFormat).toMatch(/better.*short/);
  });

  it("writes percentages as fractions formatted 0.0%, and each target's gap in percentage points", () => {
    expect(at(sheet, "latest", 1)).toBeCloseTo(0.875);
    expect(at(sheet, "previous", 1)).toBeCloseTo(0.88);
    expect(styleAt(sheet, `C${row(1)}`)).toMatchObject({ numberFormat: "0.0%" });
    expect(at(sheet, "statutoryGap", 1)).toBe(-2.5);
    expect(styleAt(sheet, `H${row(1)}`).numberFormat).toContain(" pp");
    expect(styleAt(sheet, `J${row(1)}`).numberFormat).toContain(" pp");
  });

  it("gives the internal target's gap its own column", () => {
    const both = result(
      indicator("IA", { targets: [target("statutory", 200), target("internal", 100)] }),
      { values: [57, 63], rag: "green", gap: 137 },
    );
    const withGaps = { ...both, internal: { ...both.internal!, gap: 37 } };
    const s = dashboard([withGaps]);
    expect([at(s, "statutoryGap", 0), at(s, "internalGap", 0)]).toEqual([137, 37]);
  });

  it("shows the same month last year beside the previous month", () => {
    const s = dashboard([{ ...UNALLOC, sameMonthLastYear: 132 }]);
    expect(at(s, "lastYear", 0)).toBe(132);
    expect(at(sheet, "lastYear", 0)).toBe("–");
  });

  it("names the statutory and internal targets by their labels", () => {
    expect([at(sheet, "statutory", 0), at(sheet, "internal", 0)]).toEqual(["≤ 200 by Aug 2011", "None"]);
    expect([at(sheet, "statutory", 1), at(sheet, "internal", 1)]).toEqual(["≥ 90%", "≥ 95%"]);
  });

  it("marks missing numbers with a dash, not a blank or a formula", () => {
    expect(at(sheet, "previous", 3)).toBe("–");
    expect(at(sheet, "statutoryGap", 2)).toBe("–");
  });

  it("leaves out area results and indicators not on the dashboard", () => {
    const area = result(indicator("UNALLOC28"), { area: "East" });
    const off = result(indicator("OFF", { dashboard: false }));
    const s = dashboard([area, UNALLOC, off]);
    expect(at(s, "name", 0)).toBe("Cases unallocated");
    expect(s.charts.map((c) => c.name)).toEqual(["chart-UNALLOC28"]);
  });

  it.each([
    ["a target without a level", result(indicator("M", { targets: [target("statutory", undefined)] }), { values: [5] }), "Not rated"],
    ["a target not yet in force", { ...result(indicator("D", { targets: [target("statutory", 9)] })), statutory: { ...gapFor(target("statutory", 9)), inForce: false } }, "Not yet due"],
    ["a target but no figure", result(indicator("V", { targets: [target("statutory", 9)] }), { values: [5, null] }), "No value"],
  ])("says why %s is not rated", (_name, r, word) => {
    expect(at(dashboard([r]), "rag", 0)).toBe(word);
  });

  it("says a target's gap is not yet due while its deadline is ahead", () => {
    const due = { ...result(indicator("D", { targets: [target("statutory", 9)] })), statutory: { ...gapFor(target("statutory", 9)), inForce: false } };
    expect(at(dashboard([due]), "statutoryGap", 0)).toBe("Not yet due");
  });

  it("shows exactly the indicators given as the dashboard's, in their order", () => {
    const results = [result(indicator("A", { name: "First in input" })), result(indicator("B", { name: "Second in input" })), result(indicator("C", { name: "Third" }))];
    const s = buildDashboardPlan({ results, month: OCT_2012, dashboardIndicators: ["b", "A"] }).sheets[0]!;
    expect([at(s, "name", 0), at(s, "name", 1)]).toEqual(["Second in input", "First in input"]);
    expect(s.charts.map((c) => c.name)).toEqual(["chart-B", "chart-A"]);
  });

  it("says so when no indicator is on the dashboard", () => {
    const s = dashboard([]);
    expect(cellAt(s, `B${HEADER + 1}`)).toMatch(/No indicators/);
    expect(s.charts).toEqual([]);
  });
});
