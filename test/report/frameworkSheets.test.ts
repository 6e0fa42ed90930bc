/** The Notice tracker and area scorecards sheets as plans: where things are, how they look, what is kept on refresh. */
import { describe, expect, it } from "vitest";
import { parseA1 } from "../../src/domain/a1";
import { areaScorecards, trendValues, WHOLE_AUTHORITY } from "../../src/report/areas/areaScorecards";
import { areaScorecardsSheet, SCORECARD_COLUMNS } from "../../src/report/areas/areaScorecardsSheet";
import { noticeTracker } from "../../src/report/tracker/noticeTracker";
import { noticeTrackerSheet, NO_NOTICE_TARGETS, TRACKER_COLUMNS, TRACKER_PLACEHOLDER } from "../../src/report/tracker/noticeTrackerSheet";
import type { SheetPlan } from "../../src/report/plan/plan";
import { ragStyle } from "../../src/report/layout/ragStyle";
import { OCT_2012, indicator, result, target } from "./fixtures";
import { sampleOctober } from "./frameworkFixtures";
import { cellAt } from "./planCells";

/** The style a cell ends up with, applying matching styles in order (borders left out). */
function styleAt(sheet: SheetPlan, cell: string): Record<string, unknown> {
  const { row, column } = parseA1(cell);
  const merged: Record<string, unknown> = {};
  for (const s of sheet.styles) {
    const [from, to = from] = s.range.split(":").map((a) => parseA1(a));
    if (row >= from!.row && row <= to!.row && column >= from!.column && column <= to!.column) Object.assign(merged, s.style);
  }
  return merged;
}

describe("Notice tracker sheet", () => {
  const { analysis, results } = sampleOctober();
  const rows = noticeTracker(analysis.catalogue, results, OCT_2012, analysis.benchmarks, analysis.actions);
  const sheet = noticeTrackerSheet({ rows, month: OCT_2012, asAt: "2012-11-11" });

  it("has its title, month and extract date above the header on row 5", () => {
    expect(cellAt(sheet, "B1")).toBe("Improvement Notice tracker");
    expect(cellAt(sheet, "B2")).toBe("Reporting month: October 2012");
    expect(String(cellAt(sheet, "I2"))).toBe("Figures as at 11/11/2012");
    expect(TRACKER_COLUMNS.map((_, i) => cellAt(sheet, `${String.fromCharCode(66 + i)}5`))).toEqual(TRACKER_COLUMNS.map((c) => c.header));
  });

  it("has one commentary input per target in column N, keyed by code and target, one per row", () => {
    expect(sheet.inputs).toHaveLength(rows.length);
    expect(sheet.inputs[0]).toEqual({ key: `tracker:${rows[0]!.code}:${rows[0]!.index}`, address: "N6", placeholder: TRACKER_PLACEHOLDER });
    const inputRows = sheet.inputs.map((i) => parseA1(i.address).row);
    expect(new Set(inputRows).size).toBe(inputRows.length);
    expect(sheet.inputs.every((i) => i.address.startsWith("N"))).toBe(true);
  });

  it("writes each row's figures, RAG word and fill, and verdict", () => {
    const i = rows.findIndex((r) => r.code === "CP_2YR");
    const row = 6 + i;
    expect(cellAt(sheet, `G${row}`)).toBe(0.073);
    expect(styleAt(sheet, `G${row}`).numberFormat).toBe("0.0%");
    expect(cellAt(sheet, `I${row}`)).toBe("Red");
    expect(styleAt(sheet, `I${row}`)).toMatchObject(ragStyle("red"));
    // "6% over 2012-13" is the year's figure: 7.7% so far is not met (the council: "not yet met").
    expect(cellAt(sheet, `J${row}`)).toBe("Not met");
  });

  it("names the indicator on the first of its targets only", () => {
    const i = rows.findIndex((r, k) => k > 0 && rows[k - 1]!.code === r.code);
    const first = rows[i]!;
    expect(first.kind).toBe("measure");
    expect(cellAt(sheet, `B${6 + i - 1}`)).toBe(first.kind === "measure" ? first.indicator.name : "");
    expect(cellAt(sheet, `B${6 + i}`)).toBeNull();
  });

  it("prints A4 landscape, one page wide, repeating the title and header rows", () => {
    expect(sheet.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToPagesWide: 1, titleRows: { first: 1, last: 5 }, area: `B1:N${5 + rows.length}` });
    expect(sheet.columnWidths[1]).toBe(0);
    expect(sheet.freeze).toEqual({ rows: 5, columns: 0 });
  });

  it("says so when the catalogue has no Notice targets", () => {
    const empty = noticeTrackerSheet({ rows: [], month: OCT_2012 });
    expect(cellAt(empty, "B6")).toBe(NO_NOTICE_TARGETS);
    expect(empty.inputs).toEqual([]);
  });
});

describe("area scorecards", () => {
  const counts = indicator("CNT", { targets: [target("statutory", 200, { label: "≤ 200" })] });
  const authority = result(counts, { values: [10, 9, 8, 7, 6, 5, 4], rag: "green", gap: 196, direction: "improving" });
  // As the engine returns an area of a count indicator: no targets, and a note saying why.
  const { statutory: _unused, ...eastResult } = result(counts, { values: [5, null, 3], area: "East Kent" });
  const east = { ...eastResult, gaps: [], rag: "none" as const, notes: ["The targets are for the whole authority; no target is set for one area."] };
  const other = result(indicator("OTHER", { dashboard: false }), { values: [1] });
  const empty = { ...result(indicator("EMPTY", { dashboard: false }), { values: [null] }), series: [] };

  it("groups every measure with figures, the whole authority and its areas, leaving out only measures with none", () => {
    const groups = areaScorecards([authority, east, other, empty], OCT_2012);
    expect(groups.map((g) => g.indicator.code)).toEqual(["CNT", "OTHER"]);
    expect(groups[0]!.rows.map((r) => r.area)).toEqual([WHOLE_AUTHORITY, "East Kent"]);
    expect(groups[0]!.rows[1]).toMatchObject({ target: "None", ragText: "No target", note: "The targets are for the whole authority; no target is set for one area." });
  });

  it("draws the last six months, a month with no figure as a gap", () => {
    expect(trendValues(authority)).toEqual([9, 8, 7, 6, 5, 4]);
    expect(trendValues(east)).toEqual([null, null, null, 5, null, 3]);
    const [group] = areaScorecards([authority, east], OCT_2012);
    expect(group!.rows.map((r) => r.trend)).toEqual(["█▇▅▄▂▁", "···█·▁"]);
  });

  it("draws an annual indicator's last yearly figures, not empty months", () => {
    const annual = result(indicator("ANN", { frequency: "annual" }), { values: [30, null, null, null, null, null, null, null, null, null, null, null, 31] });
    expect(trendValues(annual)).toEqual([30, 31]);
  });

  it("lays each group out under its heading with RAG fills, formats and the trend", () => {
    const sheet = areaScorecardsSheet({ groups: areaScorecards([authority, east], OCT_2012), month: OCT_2012 });
    expect(SCORECARD_COLUMNS.map((_, i) => cellAt(sheet, `${String.fromCharCode(66 + i)}5`))).toEqual(SCORECARD_COLUMNS.map((c) => c.header));
    expect(cellAt(sheet, "B6")).toBe(counts.name);
    expect(["B7", "C7", "F7", "G7", "H7", "I7", "J7"].map((c) => cellAt(sheet, c))).toEqual([WHOLE_AUTHORITY, 4, "≤ 200", "None", 196, "Green", "█▇▅▄▂▁"]);
    expect(styleAt(sheet, "I7")).toMatchObject(ragStyle("green"));
    expect(styleAt(sheet, "I8")).toMatchObject(ragStyle("none"));
    expect(styleAt(sheet, "H7").numberFormat).toMatch(/better/);
    expect(sheet.inputs).toEqual([]);
    expect(sheet.print?.area).toBe("B1:L8");
  });

  it("on the sample, shows the four areas of the September 2012 structure under the three count indicators that have them", () => {
    const { results } = sampleOctober();
    const groups = areaScorecards(results, OCT_2012);
    const withAreas = groups.filter((g) => g.rows.length > 1).map((g) => g.indicator.code);
    expect(withAreas).toEqual(["UNALLOC28", "IA_OOT", "CA_OOT"]);
    for (const g of groups.filter((x) => x.rows.length > 1)) expect(g.rows.map((r) => r.area)).toEqual([WHOLE_AUTHORITY, "East Kent", "North Kent", "South Kent", "West Kent"]);
  });
});
