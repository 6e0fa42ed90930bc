/** Sparklines on the area scorecards: figures in hidden columns right of the table, one trend line per row. */
import { describe, expect, it } from "vitest";
import { areaScorecards } from "../../src/report/areas/areaScorecards";
import { AREA_SCORECARDS_NAME, areaScorecardsSheet, SCORECARD_COLUMNS } from "../../src/report/areas/areaScorecardsSheet";
import { PALETTE } from "../../src/report/layout/palette";
import { hiddenColumns, trendSparklines } from "../../src/report/areas/trendSparklines";
import { OCT_2012, indicator, result, target } from "./fixtures";
import { cellAt } from "./planCells";

describe("trendSparklines", () => {
  const base = { sheet: "S", firstRow: 7, trendColumn: 11, dataColumn: 12, unit: "count" as const, color: "#1F4E79" };

  it.each([
    { name: "a count as it is", unit: "count" as const, figures: [[3, null, 5]], cells: { L7: 3, M7: null, N7: 5 } },
    { name: "a percentage as a fraction", unit: "percent" as const, figures: [[88.1, 12.5]], cells: { L7: 0.881, M7: 0.125 } },
    { name: "a shorter row padded with blanks", unit: "count" as const, figures: [[1, 2, 3], [4]], cells: { L8: 4, M8: null, N8: null } },
  ])("writes $name", ({ unit, figures, cells }) => {
    const { parts } = trendSparklines({ ...base, unit, figures });
    const sheet = { key: "s", name: "S", blocks: parts.blocks, styles: parts.styles, merges: [], columnWidths: {}, charts: [], inputs: [] };
    for (const [cell, value] of Object.entries(cells)) expect(cellAt(sheet, cell), cell).toBe(value);
  });

  it("plans one sparkline per row, in the trend cell, over that row's figures", () => {
    const { sparklines, parts } = trendSparklines({ ...base, figures: [[1, 2, 3], [4, 5, 6]] });
    expect(sparklines).toEqual([
      { location: "K7", dataSheet: "S", dataRange: "L7:N7", color: "#1F4E79", connectGaps: true },
      { location: "K8", dataSheet: "S", dataRange: "L8:N8", color: "#1F4E79", connectGaps: true },
    ]);
    expect(parts.styles).toEqual([{ range: "L7:N8", style: { numberFormat: "#,##0" } }]);
  });

  it("plans nothing for no rows or rows without points", () => {
    expect(trendSparklines({ ...base, figures: [] }).sparklines).toEqual([]);
    expect(trendSparklines({ ...base, figures: [[]] }).parts.blocks).toEqual([]);
  });

  it("hides columns by giving them zero width", () => {
    expect(hiddenColumns(12, 3)).toEqual({ 12: 0, 13: 0, 14: 0 });
  });
});

describe("the area scorecards' trend lines", () => {
  const counts = indicator("CNT", { targets: [target("statutory", 200)] });
  const authority = result(counts, { values: [10, 9, 8, 7, 6, 5, 4], rag: "green", gap: 196 });
  const east = result(counts, { values: [5, null, 3], area: "East Kent" });
  const sheet = areaScorecardsSheet({ groups: areaScorecards([authority, east], OCT_2012), month: OCT_2012 });
  const trendLine = SCORECARD_COLUMNS.findIndex((c) => c.header === "Trend line");

  it("draws a sparkline in the Trend line column of each row, beside the text trend", () => {
    expect(trendLine).toBe(SCORECARD_COLUMNS.findIndex((c) => c.header === "Trend (last 6)") + 1);
    expect(cellAt(sheet, "K5")).toBe("Trend line");
    expect(sheet.sparklines).toEqual([
      { location: "K7", dataSheet: AREA_SCORECARDS_NAME, dataRange: "M7:R7", color: PALETTE.value, connectGaps: true },
      { location: "K8", dataSheet: AREA_SCORECARDS_NAME, dataRange: "M8:R8", color: PALETTE.value, connectGaps: true },
    ]);
    expect(cellAt(sheet, "J7")).toBe("█▇▅▄▂▁");
  });

  it("keeps the last six figures, oldest first, in hidden columns outside the print area", () => {
    expect(["M7", "N7", "O7", "P7", "Q7", "R7"].map((c) => cellAt(sheet, c))).toEqual([9, 8, 7, 6, 5, 4]);
    expect(["M8", "N8", "O8", "P8", "Q8", "R8"].map((c) => cellAt(sheet, c) ?? null)).toEqual([null, null, null, 5, null, 3]);
    expect([13, 14, 15, 16, 17, 18].map((c) => sheet.columnWidths[c])).toEqual([0, 0, 0, 0, 0, 0]);
    expect(sheet.print?.area).toBe("B1:L8");
  });

  it("plans no sparklines and no hidden columns when there is nothing to show", () => {
    const empty = areaScorecardsSheet({ groups: [], month: OCT_2012 });
    expect(empty.sparklines).toBeUndefined();
    expect(empty.columnWidths[13]).toBeUndefined();
  });
});
