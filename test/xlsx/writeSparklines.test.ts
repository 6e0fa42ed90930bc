/** The area scorecards' trend lines as native sparklines in the .xlsx file (the x14 extension of the sheet part). */
import { beforeAll, describe, expect, it } from "vitest";
import { areaScorecards } from "../../src/report/areas/areaScorecards";
import { AREA_SCORECARDS_NAME, areaScorecardsSheet } from "../../src/report/areas/areaScorecardsSheet";
import type { SheetPlan, SparklinePlan, WorkbookPlan } from "../../src/report/plan/plan";
import { applyPlanToWorkbook } from "../../src/xlsx/applyPlan";
import { writeTablesWorkbook } from "../../src/xlsx/writeTables";
import { sparklineGroupOptions } from "../../src/xlsx/writeSparklines";
import { OCT_2012, indicator, result, target } from "../report/fixtures";
import { sheetPath } from "./fixtures/packageSheets";
import { partText } from "./fixtures/zipParts";

const SPARKLINE_EXT = "{05C60535-1F16-4fd2-B633-F4F36F0B64E0}";

function scorecardsPlan(): SheetPlan {
  const counts = indicator("CNT", { targets: [target("statutory", 200)] });
  const rate = indicator("PCT", { unit: "percent", polarity: "higher" });
  const results = [
    result(counts, { values: [10, 9, 8, 7, 6, 5, 4], rag: "green", gap: 196 }),
    result(counts, { values: [5, null, 3], area: "East Kent" }),
    result(rate, { values: [80, 82.5] }),
  ];
  return areaScorecardsSheet({ groups: areaScorecards(results, OCT_2012), month: OCT_2012 });
}

/** Each sparkline in a sheet part: its data formula (apostrophes unescaped) and its cell. */
function sparklinesIn(xml: string): { f: string; sqref: string }[] {
  return [...xml.matchAll(/<x14:sparkline><xm:f>([^<]*)<\/xm:f><xm:sqref>([^<]*)<\/xm:sqref><\/x14:sparkline>/g)].map((m) => ({
    f: m[1]!.replace(/&apos;/g, "'"),
    sqref: m[2]!,
  }));
}

const expected = (planned: readonly SparklinePlan[], sheet: string) => planned.map((s) => ({ f: `'${sheet}'!${s.dataRange}`, sqref: s.location }));

describe("sparklineGroupOptions", () => {
  const line = (location: string, over: Partial<SparklinePlan> = {}): SparklinePlan => ({ location, dataSheet: "It's data", dataRange: `L${location.slice(1)}:Q${location.slice(1)}`, ...over });

  it("puts sparklines of one look in one group, reading ranges on a quoted sheet", () => {
    const groups = sparklineGroupOptions([
      line("J7", { color: "#1f4e79", markers: true }),
      line("J8", { color: "#1f4e79", markers: true }),
      line("J9"),
      line("J10", { connectGaps: true }),
    ]);
    expect(groups.map((g) => g.sparklines)).toEqual([
      [
        { dataRef: "'It''s data'!L7:Q7", cellRef: "J7" },
        { dataRef: "'It''s data'!L8:Q8", cellRef: "J8" },
      ],
      [{ dataRef: "'It''s data'!L9:Q9", cellRef: "J9" }],
      [{ dataRef: "'It''s data'!L10:Q10", cellRef: "J10" }],
    ]);
    expect(groups[0]).toMatchObject({ type: "line", markers: true, lineColor: "FF1F4E79", displayEmptyCellsAs: "gap" });
    expect(groups[1]).toMatchObject({ markers: false, displayEmptyCellsAs: "gap" });
    expect(groups[1]!.lineColor).toBeUndefined();
    expect(groups[2]).toMatchObject({ displayEmptyCellsAs: "span" });
  });

  it("makes no group without sparklines", () => {
    expect(sparklineGroupOptions([])).toEqual([]);
  });
});

describe("sparklines in the written file", () => {
  const sheet = scorecardsPlan();
  const planned = sheet.sparklines ?? [];
  let input: Uint8Array;
  let output: Uint8Array;

  beforeAll(async () => {
    input = await writeTablesWorkbook([{ sheet: "Data", table: "IndicatorData", headers: ["Code", "Value"], rows: [["CNT", 4]] }]);
    ({ bytes: output } = await applyPlanToWorkbook(input, { sheets: [sheet] }));
  });

  it("has one sparkline per planned row, each reading its row's figures and drawn in its trend cell", async () => {
    expect(planned).toHaveLength(3);
    const xml = await partText(output, await sheetPath(output, AREA_SCORECARDS_NAME));
    expect(xml).toContain(`<ext uri="${SPARKLINE_EXT}"`);
    expect(xml.match(/<x14:sparklineGroups /g)).toHaveLength(1);
    expect(sparklinesIn(xml)).toEqual(expected(planned, AREA_SCORECARDS_NAME));
    // The figures sit in hidden columns, which Excel leaves out of a sparkline unless told.
    expect(xml).toMatch(/<x14:sparklineGroup [^>]*displayHidden="1"/);
    // A missing month is bridged, so East Kent's figures either side of one still make a line.
    expect(xml).toMatch(/<x14:sparklineGroup [^>]*displayEmptyCellsAs="span"/);
    expect(xml).toContain('<x14:colorSeries rgb="FF1F4E79"/>');
  });

  it("writes the figures as numbers (percentages as fractions) in hidden columns", async () => {
    const xml = await partText(output, await sheetPath(output, AREA_SCORECARDS_NAME));
    for (const column of [13, 14, 15, 16, 17, 18]) expect(xml).toMatch(new RegExp(`<col min="${column}" max="${column}"[^>]*hidden="1"`));
    const row = planned[2]!.location.slice(1);
    expect(xml).toMatch(new RegExp(`<c r="Q${row}"[^>]*><v>0\\.8</v></c><c r="R${row}"[^>]*><v>0\\.825</v>`));
  });

  it("draws them once again on a refresh, not twice", async () => {
    const { bytes } = await applyPlanToWorkbook(output, { sheets: [sheet] });
    const xml = await partText(bytes, await sheetPath(bytes, AREA_SCORECARDS_NAME));
    expect(sparklinesIn(xml)).toEqual(expected(planned, AREA_SCORECARDS_NAME));
  });

  it("follows the sheet to its new name when a person's sheet holds the planned one", async () => {
    const theirs = await writeTablesWorkbook([{ sheet: AREA_SCORECARDS_NAME, table: "Mine", headers: ["Note"], rows: [["mine"]] }]);
    const plan: WorkbookPlan = { sheets: [sheet] };
    const { bytes, report } = await applyPlanToWorkbook(theirs, plan);
    const used = report.renamed[0]?.used;
    expect(used).toBeDefined();
    const xml = await partText(bytes, await sheetPath(bytes, used!));
    expect(sparklinesIn(xml)).toEqual(expected(planned, used!));
    expect(await partText(bytes, await sheetPath(bytes, AREA_SCORECARDS_NAME))).not.toContain("sparkline");
  });
});
