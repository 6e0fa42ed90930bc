/**
 * A month pasted under the IndicatorData table without the table being
 * extended: validate points at it, and the build neither reports the month
 * before as if it were the latest without a word nor reads the pasted rows.
 */
import { describe, expect, it } from "vitest";
import { analyseTables } from "../../../src/domain/analyse";
import { buildNotices } from "../../../src/domain/buildNotices";
import { DEFAULT_CATALOGUE } from "../../../src/domain/catalogue/defaultCatalogue";
import { catalogueToTable } from "../../../src/domain/catalogue/readCatalogue";
import { computeResults } from "../../../src/domain/gaps";
import { monthIndex } from "../../../src/domain/periods";
import { sampleAreaRows, sampleObservationRows } from "../../../src/sample/sampleData";
import type { RawTable } from "../../../src/domain/types";
import { analyse, found, monthly, rawTable } from "./fixtures";

/** The sample workbook's tables with IndicatorData ending at `last`, and what lies under it. */
function sampleTables(last: string, adjacentCell?: RawTable["adjacentCell"]): Map<string, RawTable> {
  const catalogue = catalogueToTable(DEFAULT_CATALOGUE);
  const data = sampleObservationRows();
  const rows = data.rows.filter((r) => String(r[1]) <= last);
  const areas = sampleAreaRows();
  return new Map([
    ["indicators", rawTable("Indicators", catalogue.headers, catalogue.rows)],
    ["indicatordata", rawTable("IndicatorData", data.headers, rows, adjacentCell ? { adjacentCell } : {})],
    ["areas", rawTable("Areas", areas.headers, areas.rows)],
  ]);
}

describe("rows-outside-table", () => {
  it("warns at the first cell under the table, saying how to extend it in Excel and in files", () => {
    const { issues } = analyse(monthly("CASES", null, [2012, 1], [5, 6]), [], {
      adjacentCell: { cell: "A4", side: "below" },
    });
    expect(found(issues, "rows-outside-table")).toEqual([["rows-outside-table", "warning", "IndicatorData!A4"]]);
    const message = issues.find((i) => i.rule === "rows-outside-table")!.message;
    expect(message).toMatch(/A4/);
    expect(message).toMatch(/Table Design > Resize Table/);
    expect(message).toMatch(/corner/);
    expect(message).toMatch(/\.xlsx file/);
  });

  it("warns for a column beside any input table, at that cell", () => {
    const areas = rawTable("Areas", ["Area"], [["East"]], { adjacentCell: { cell: "B2", side: "right" } });
    const { issues } = analyse(monthly("CASES", "East", [2012, 1], [5]), [areas]);
    expect(found(issues, "rows-outside-table")).toEqual([["rows-outside-table", "warning", "Areas!B2"]]);
    expect(issues.find((i) => i.rule === "rows-outside-table")!.message).toMatch(
      /just right of the table's last column Areas/,
    );
  });

  it("is quiet when nothing touches the table", () => {
    expect(found(analyse(monthly("CASES", null, [2012, 1], [5, 6])).issues, "rows-outside-table")).toEqual([]);
  });
});

describe("a month appended under IndicatorData without extending the table", () => {
  // The table holds the sample to January 2013; February 2013 was pasted under it, starting at A{n}.
  const inTable = sampleTables("2013-01");
  const firstBelow = `A${inTable.get("indicatordata")!.rows.length + 2}`;
  const appended = sampleTables("2013-01", { cell: firstBelow, side: "below" });

  it("validate points at the first pasted cell", () => {
    const analysis = analyseTables(appended);
    expect(found(analysis.issues, "rows-outside-table")).toEqual([
      ["rows-outside-table", "warning", `IndicatorData!${firstBelow}`],
    ]);
    expect(analysis.summary.warnings).toBe(1);
  });

  it("the build reports January 2013 and says the pasted cells were left out, instead of passing it off silently", () => {
    const analysis = analyseTables(appended);
    const results = computeResults(analysis.catalogue, analysis.observations);
    expect(results[0]!.month).toBe(monthIndex(2013, 1));
    const notices = buildNotices(analysis, monthIndex(2013, 1));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`Cell ${firstBelow} on sheet IndicatorData`);
    expect(notices[0]).toMatch(/newer month, this dashboard for January 2013 leaves it out\. Extend the table/);
  });

  it("once the table is extended over the new month, the build reports February 2013 and has nothing to add", () => {
    const analysis = analyseTables(sampleTables("2013-02"));
    expect(found(analysis.issues, "rows-outside-table")).toEqual([]);
    const results = computeResults(analysis.catalogue, analysis.observations);
    expect(results[0]!.month).toBe(monthIndex(2013, 2));
    expect(buildNotices(analysis, monthIndex(2013, 2))).toEqual([]);
  });
});

describe("rows-outside-table and a person's own tables", () => {
  it("leaves tables that are not input tables alone", () => {
    const own = rawTable("MyNotes", ["Text"], [["x"]], { adjacentCell: { cell: "A3", side: "below" } });
    expect(found(analyse(monthly("CASES", null, [2012, 1], [5]), [own]).issues, "rows-outside-table")).toEqual([]);
  });
});
