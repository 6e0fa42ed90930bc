/** The Settings table: each setting read, and each fault reported at its cell. */
import { describe, expect, it } from "vitest";
import { analyseTables } from "../../../src/domain/analyse";
import { DEFAULT_CATALOGUE } from "../../../src/domain/catalogue/defaultCatalogue";
import { dashboardCodes, DEFAULT_SETTINGS, readSettings, settingsRows, splitCodes } from "../../../src/domain/settings";
import type { CellValue, RawTable, ValidationIssue } from "../../../src/domain/types";

function settingsTable(rows: CellValue[][], headers = ["Setting", "Value"]): RawTable {
  // On its own sheet at B3, so cells are not the table's origin by accident.
  return { name: "Settings", sheet: "Options", origin: { row: 3, column: 2 }, headers, rows, source: "table" };
}
const at = (issues: ValidationIssue[]) => issues.map((i) => `${i.rule} ${i.severity} ${i.sheet}!${i.cell}`);
const read = (rows: CellValue[][]) => readSettings(settingsTable(rows), DEFAULT_CATALOGUE, DEFAULT_SETTINGS);

describe("reading the Settings table", () => {
  it("reads the three settings, names matched ignoring case, spaces and a (%)", () => {
    const { given, issues, rows } = read([
      ["Dashboard indicators", "ni60, ia_oot;CA_OOT"],
      ["months SHOWN", 6],
      ["Default tolerance (%)", "5%"],
    ]);
    expect(issues).toEqual([]);
    expect(given.monthsShown).toBe(6);
    expect(given.tolerancePercent).toBe(5);
    expect(rows).toEqual({ indicators: 0, monthsShown: 1, tolerancePercent: 2 });
    // Exactly the listed codes, in their order, with the catalogue's spelling.
    expect(dashboardCodes(DEFAULT_CATALOGUE, given.indicators)).toEqual(["NI60", "IA_OOT", "CA_OOT"]);
  });

  it("gives nothing for a missing table, blank values or blank rows", () => {
    expect(readSettings(undefined, DEFAULT_CATALOGUE, DEFAULT_SETTINGS)).toEqual({ given: {}, issues: [], rows: {} });
    const { given, issues } = read([
      ["Dashboard indicators", " , "],
      [null, null],
      ["Months shown", null],
    ]);
    expect(given).toEqual({});
    expect(issues).toEqual([]);
  });

  it("warns at the Setting cell about a setting it does not have", () => {
    const { given, issues } = read([
      ["Months shown", 12],
      ["Colour scheme", "blue"],
    ]);
    expect(at(issues)).toEqual(["setting-unknown warning Options!B5"]);
    expect(issues[0]!.message).toContain('"Colour scheme"');
    expect(given).toEqual({ monthsShown: 12 });
  });

  it("reports codes not in the catalogue at the Value cell and leaves them off", () => {
    const { given, issues } = read([
      ["Months shown", 12],
      ["Dashboard indicators", "NI60, NI26, XX"],
    ]);
    expect(at(issues)).toEqual(["setting-unknown-code error Options!C5"]);
    expect(issues[0]!.message).toMatch(/"NI26", "XX" are not codes/);
    expect(dashboardCodes(DEFAULT_CATALOGUE, given.indicators)).toEqual(["NI60"]);
  });

  it.each([
    ["Months shown", "n/a", /"n\/a", which is not a number.*default of 13 is used/],
    ["Months shown", 2.5, /whole number/],
    ["Months shown", 37, /between 1 and 36/],
    ["Default tolerance", -1, /between 0% and 100%.*default of 10% is used/],
    ["Default tolerance", "#N/A", /Excel error #N\/A/],
  ])("reports %s = %s at its Value cell and uses the default", (setting, value, message) => {
    const { given, issues } = read([[setting, value]]);
    expect(at(issues)).toEqual(["setting-bad-number error Options!C4"]);
    expect(issues[0]!.message).toMatch(message);
    expect(given).toEqual({});
  });

  it("uses the first of two rows for one setting and warns at the second", () => {
    const { given, issues } = read([
      ["Months shown", 6],
      ["Months shown", 9],
    ]);
    expect(given.monthsShown).toBe(6);
    expect(at(issues)).toEqual(["setting-repeated warning Options!B5"]);
  });

  it("needs both columns", () => {
    const { issues, given } = readSettings(
      settingsTable([["Months shown", 6]], ["Setting", "Amount"]),
      DEFAULT_CATALOGUE,
      DEFAULT_SETTINGS,
    );
    expect(at(issues)).toEqual(["missing-column error Options!B3"]);
    expect(given).toEqual({});
  });

  it("splits codes on commas, semicolons and line breaks", () => {
    expect(splitCodes("A, B;C\nD ,, ")).toEqual(["A", "B", "C", "D"]);
  });
});

describe("settings as rows", () => {
  it("writes the resolved dashboard choice, so reading the rows back gives the same dashboard", () => {
    const settings = {
      tolerancePercent: 7.5,
      monthsShown: 6,
      indicators: [
        { code: "NI60", shown: true },
        { code: "UNALLOC28", shown: false },
      ],
    };
    const rows = settingsRows(settings, DEFAULT_CATALOGUE);
    expect(rows.map(([name]) => name)).toEqual(["Dashboard indicators", "Months shown", "Default tolerance"]);
    const back = read(rows);
    expect(back.issues).toEqual([]);
    expect(back.given.monthsShown).toBe(6);
    expect(back.given.tolerancePercent).toBe(7.5);
    expect(dashboardCodes(DEFAULT_CATALOGUE, back.given.indicators)).toEqual(
      dashboardCodes(DEFAULT_CATALOGUE, settings.indicators),
    );
  });
});

describe("validation checks the Settings table", () => {
  it("includes its issues with the other tables'", () => {
    const data: RawTable = {
      name: "IndicatorData",
      sheet: "IndicatorData",
      origin: { row: 1, column: 1 },
      headers: ["Code", "Period", "Value"],
      rows: [["IA_OOT", "2012-10", 63]],
      source: "table",
    };
    const analysis = analyseTables(
      new Map([
        ["indicatordata", data],
        ["settings", settingsTable([["Months shown", "lots"]])],
      ]),
    );
    expect(at(analysis.issues)).toContain("setting-bad-number error Options!C4");
    expect(analysis.summary.errors).toBe(1);
  });
});
