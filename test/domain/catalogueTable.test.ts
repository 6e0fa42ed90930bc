import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOGUE, findIndicator } from "../../src/domain/catalogue/defaultCatalogue";
import { CATALOGUE_RULES, INDICATOR_HEADERS, catalogueToTable, readCatalogue } from "../../src/domain/catalogue/readCatalogue";
import { monthIndex } from "../../src/domain/periods";
import type { CellValue, Indicator, RawTable } from "../../src/domain/types";

type Row = Partial<Record<(typeof INDICATOR_HEADERS)[number], CellValue>>;

// The header row sits at B3, so data row 0 is row 4 and the columns run
// Code B, Indicator C, Unit D, Polarity E, Target F, Target date G,
// Internal target H, Tolerance I, Definition J, Impact K, Dashboard L.
function table(rows: Row[], headers: readonly string[] = INDICATOR_HEADERS): RawTable {
  return {
    name: "Indicators",
    sheet: "Catalogue",
    origin: { row: 3, column: 2 },
    headers: [...headers],
    rows: rows.map((row) => headers.map((h) => row[h] ?? null)),
    source: "table",
  };
}

const row = (extra: Row = {}): Row => ({
  Code: "NEW1",
  Indicator: "A new measure",
  Unit: "count",
  Polarity: "lower",
  ...extra,
});

function only(rows: Row[]): Indicator {
  const { catalogue, issues } = readCatalogue(table(rows), DEFAULT_CATALOGUE);
  expect(issues).toEqual([]);
  expect(catalogue).toHaveLength(1);
  return catalogue[0]!;
}

describe("readCatalogue", () => {
  it("uses the defaults when the workbook has no Indicators table", () => {
    expect(readCatalogue(undefined, DEFAULT_CATALOGUE)).toEqual({ catalogue: DEFAULT_CATALOGUE, issues: [] });
  });

  it("reports a missing required column and falls back to the defaults", () => {
    const headers = INDICATOR_HEADERS.filter((h) => h !== "Polarity");
    const { catalogue, issues } = readCatalogue(table([row()], headers), DEFAULT_CATALOGUE);
    expect(issues.map((i) => [i.rule, i.cell])).toEqual([["missing-column", "B3"]]);
    expect(catalogue).toBe(DEFAULT_CATALOGUE);
  });

  it("matches headers whatever their case and spacing, and needs only the four required columns", () => {
    const t: RawTable = {
      ...table([]),
      headers: [" code", "INDICATOR", "unit ", "Polarity"],
      rows: [["X", "X things", "count", "higher"]],
    };
    const { catalogue, issues } = readCatalogue(t, DEFAULT_CATALOGUE);
    expect(issues).toEqual([]);
    expect(catalogue).toEqual([
      { code: "X", name: "X things", unit: "count", polarity: "higher", targets: [], dashboard: false },
    ]);
  });

  it("is the catalogue: its rows, in their order, and only those", () => {
    const { catalogue } = readCatalogue(
      table([
        row({ Code: "NI60", Dashboard: "yes" }),
        row({ Code: "B", Dashboard: "no" }),
        row({ Code: "UNALLOC28", Dashboard: "Y" }),
        row({ Code: "C", Dashboard: "TRUE" }),
      ]),
      DEFAULT_CATALOGUE,
    );
    expect(catalogue.map((i) => i.code)).toEqual(["NI60", "B", "UNALLOC28", "C"]);
    expect(catalogue.filter((i) => i.dashboard).map((i) => i.code)).toEqual(["NI60", "UNALLOC28", "C"]);
  });

  it("gives a new code a simple by-date target, applying at every month when Target date is blank", () => {
    const dated = only([row({ Target: 50, "Target date": "Mar 2013", "Internal target": 40 })]);
    expect(dated.targets).toEqual([
      {
        kind: "by-date",
        level: "statutory",
        value: 50,
        from: monthIndex(2013, 3),
        label: "≤ 50 by Mar 2013",
        source: "Indicators table",
      },
      { kind: "by-date", level: "internal", value: 40, label: "≤ 40", source: "Internal target (Indicators table)" },
    ]);
    const undated = only([row({ Unit: "percent", Polarity: "higher", Target: 65 })]);
    expect(undated.targets).toEqual([
      { kind: "by-date", level: "statutory", value: 65, label: "≥ 65%", source: "Indicators table" },
    ]);
  });

  it("keeps a default indicator's richer targets while the row agrees with its headline target", () => {
    const indicator = only([
      { Code: "REF_TO_IA", Indicator: "", Unit: "percent", Polarity: "higher", Target: 65, "Target date": "Mar 2012" },
    ]);
    const original = findIndicator(DEFAULT_CATALOGUE, "REF_TO_IA")!;
    expect(indicator.targets).toEqual(original.targets);
    expect(indicator.baseline).toEqual(original.baseline);
    expect(indicator.name).toBe(original.name);
    expect(indicator.definition).toBe(original.definition);
    expect(indicator.targets).not.toBe(original.targets);
  });

  it("replaces the default's statutory targets when Target or Target date changes, keeping internal ones", () => {
    const base = { Code: "IA_OOT", Indicator: "IAs late", Unit: "count", Polarity: "lower", "Internal target": 100 };
    const moved = only([{ ...base, Target: 200, "Target date": new Date(Date.UTC(2011, 11, 1)) }]);
    expect(moved.targets.map((t) => [t.level, t.value, t.from, t.source])).toEqual([
      ["statutory", 200, monthIndex(2011, 12), "Indicators table"],
      ["internal", 100, undefined, "Internal target"],
    ]);
    const cleared = only([{ ...base, Target: null, "Target date": null }]);
    expect(cleared.targets.map((t) => t.level)).toEqual(["internal"]);
    const stretched = only([{ ...base, Target: 200, "Target date": "Aug 2011", "Internal target": 80 }]);
    expect(stretched.targets.map((t) => [t.level, t.value, t.source])).toEqual([
      ["statutory", 200, "Improvement Notice target 3"],
      ["internal", 80, "Internal target (Indicators table)"],
    ]);
  });

  it("starts afresh when a row changes a default indicator's polarity", () => {
    const flipped = only([
      { Code: "UNALLOC28", Indicator: "x", Unit: "count", Polarity: "higher", Target: 200, "Target date": "Aug 2011" },
    ]);
    expect(flipped.targets).toEqual([
      {
        kind: "by-date",
        level: "statutory",
        value: 200,
        from: monthIndex(2011, 8),
        label: "≥ 200 by Aug 2011",
        source: "Indicators table",
      },
    ]);
  });

  it("overrides text and tolerance the row fills in; a blank Tolerance means 10% of target", () => {
    const filled = only([
      row({ Code: "NI59", Unit: "percent", Polarity: "higher", Definition: "Ours", Impact: "Why", Tolerance: 2.5 }),
    ]);
    expect(filled).toMatchObject({
      name: "A new measure",
      definition: "Ours",
      impact: "Why",
      tolerance: 2.5,
      yearToDate: true,
    });
    expect(only([row({ Tolerance: null })]).tolerance).toBeUndefined();
  });

  it.each<[CellValue, string]>([
    ["count", "count"],
    ["Number", "count"],
    ["percent", "percent"],
    ["%", "percent"],
    ["Percentage", "percent"],
    ["rate", "rate"],
    ["per 10,000", "rate"],
    ["pp", "pp"],
    ["percentage points", "pp"],
    ["£", "currency"],
    ["Currency", "currency"],
  ])("reads the unit %j as %s", (unit, expected) => {
    expect(only([row({ Unit: unit })]).unit).toBe(expected);
  });

  it.each<[CellValue, string]>([
    ["lower", "lower"],
    ["Lower is better", "lower"],
    ["LOWER", "lower"],
    ["low", "lower"],
    ["higher", "higher"],
    ["Higher is better", "higher"],
    ["High", "higher"],
  ])("reads the polarity %j as %s", (polarity, expected) => {
    expect(only([row({ Polarity: polarity })]).polarity).toBe(expected);
  });

  it.each<[string, CellValue, number]>([
    ["count", 200, 200],
    ["count", "1,234", 1234],
    ["percent", "65%", 65],
    ["percent", " 65 ", 65],
    ["percent", 0.5, 0.5 * 100],
    ["pp", "34 pp", 34],
    ["currency", "£1,000", 1000],
    ["rate", "13.6", 13.6],
  ])("reads a %s Target written %j as %d", (unit, cell, expected) => {
    const { catalogue } = readCatalogue(table([row({ Unit: unit, Target: cell })]), DEFAULT_CATALOGUE);
    expect(catalogue[0]?.targets[0]?.value).toBe(expected);
  });

  it("reads a fraction in a percent target as a percentage, with a warning", () => {
    const { catalogue, issues } = readCatalogue(
      table([row({ Unit: "percent", Polarity: "higher", "Internal target": 0.65 })]),
      DEFAULT_CATALOGUE,
    );
    expect(issues.map((i) => [i.rule, i.severity, i.cell])).toEqual([["catalogue-target-scale", "warning", "H4"]]);
    expect(issues[0]?.message).toContain("65%");
    expect(catalogue[0]?.targets[0]?.value).toBe(65);
  });

  it("skips wholly blank rows silently", () => {
    const { catalogue, issues } = readCatalogue(table([{}, row(), { Code: "  ", Indicator: "" }]), DEFAULT_CATALOGUE);
    expect(issues).toEqual([]);
    expect(catalogue.map((i) => i.code)).toEqual(["NEW1"]);
  });

  // [what, rows, rule, severity, cell]
  it.each<[string, Row[], string, string, string]>([
    ["no polarity", [row({ Polarity: null })], "catalogue-no-polarity", "error", "E4"],
    ["a polarity that is no direction", [row({ Polarity: "good" })], "catalogue-no-polarity", "error", "E4"],
    ["no unit", [row({ Unit: "" })], "catalogue-unknown-unit", "error", "D4"],
    ["an unknown unit", [row({ Unit: "widgets" })], "catalogue-unknown-unit", "error", "D4"],
    [
      "an unreadable target date",
      [row({ Target: 5, "Target date": "soon" })],
      "catalogue-bad-target-date",
      "error",
      "G4",
    ],
    ["a percent target over 100", [row({ Unit: "percent", Target: 150 })], "catalogue-target-scale", "error", "F4"],
    [
      "a negative percent target",
      [row({ Unit: "percent", "Internal target": -5 })],
      "catalogue-target-scale",
      "error",
      "H4",
    ],
    ["a target that is not a number", [row({ Target: "two hundred" })], "catalogue-bad-number", "error", "F4"],
    [
      "an internal target that is a date",
      [row({ "Internal target": new Date(Date.UTC(2012, 0, 1)) })],
      "catalogue-bad-number",
      "error",
      "H4",
    ],
    ["a tolerance that is not a number", [row({ Tolerance: "some" })], "catalogue-bad-number", "error", "I4"],
    ["a negative tolerance", [row({ Tolerance: -1 })], "catalogue-bad-number", "error", "I4"],
    ["a code used twice", [row(), row({ Code: "new1" })], "catalogue-duplicate-code", "error", "B5"],
    ["a row without a code", [row({ Code: null })], "catalogue-blank-code", "error", "B4"],
    [
      "a dashboard flag that is not yes or no",
      [row({ Dashboard: "maybe" })],
      "catalogue-bad-dashboard",
      "warning",
      "L4",
    ],
  ])("reports %s at its cell", (_what, rows, rule, severity, cell) => {
    const { issues } = readCatalogue(table(rows), DEFAULT_CATALOGUE);
    expect(issues.map((i) => [i.rule, i.severity, i.sheet, i.cell])).toEqual([[rule, severity, "Catalogue", cell]]);
    expect(issues[0]?.message).toContain(`cell ${cell}`);
    expect(issues[0]?.message).toContain("Indicators");
  });

  it("leaves out a new indicator whose unit or polarity cannot be read, but keeps a default one on its defaults", () => {
    const { catalogue } = readCatalogue(
      table([row({ Polarity: "sideways" }), { Code: "NI59", Indicator: "x", Unit: "?", Polarity: "higher" }]),
      DEFAULT_CATALOGUE,
    );
    expect(catalogue.map((i) => [i.code, i.unit])).toEqual([["NI59", "percent"]]);
  });

  it("keeps the default targets when the Target cell is at fault", () => {
    const { catalogue } = readCatalogue(
      table([{ Code: "CA_OOT", Indicator: "x", Unit: "count", Polarity: "lower", Target: "lots" }]),
      DEFAULT_CATALOGUE,
    );
    expect(catalogue[0]?.targets).toEqual(findIndicator(DEFAULT_CATALOGUE, "CA_OOT")!.targets);
  });

  it("reads Definition from and Definition note as a series break", () => {
    const indicator = only([row({ "Definition from": "Apr 2013", "Definition note": "35 working days from the start of the assessment (DfE)" })]);
    expect(indicator.seriesBreak).toEqual({ from: monthIndex(2013, 4), note: "35 working days from the start of the assessment (DfE)" });
    expect(only([row({ "Definition from": "" })]).seriesBreak).toBeUndefined();
  });

  it("catalogue-bad-definition-from: a Definition from that is not a month records no break", () => {
    const { catalogue, issues } = readCatalogue(table([row({ "Definition from": "soon" })]), DEFAULT_CATALOGUE);
    expect(issues.map((i) => [i.rule, i.severity, `${i.sheet}!${i.cell}`])).toEqual([["catalogue-bad-definition-from", "error", "Catalogue!M4"]]);
    expect(catalogue[0]!.seriesBreak).toBeUndefined();
  });

  it("declares every rule it reports", () => {
    expect(CATALOGUE_RULES.map((r) => r.id).sort()).toEqual([
      "catalogue-bad-dashboard",
      "catalogue-bad-definition-from",
      "catalogue-bad-number",
      "catalogue-bad-target-date",
      "catalogue-blank-code",
      "catalogue-duplicate-code",
      "catalogue-no-polarity",
      "catalogue-target-scale",
      "catalogue-unknown-unit",
    ]);
  });
});

describe("catalogueToTable", () => {
  const written = catalogueToTable(DEFAULT_CATALOGUE);

  it("writes one row per indicator under the Indicators headers", () => {
    expect(written.headers).toEqual([
      "Code",
      "Indicator",
      "Unit",
      "Polarity",
      "Target",
      "Target date",
      "Internal target",
      "Tolerance",
      "Definition",
      "Impact",
      "Dashboard",
      "Definition from",
      "Definition note",
    ]);
    expect(written.rows.map((r) => r[0])).toEqual(DEFAULT_CATALOGUE.map((i) => i.code));
  });

  it.each<[string, CellValue, CellValue, CellValue, CellValue]>([
    ["UNALLOC28", 200, "Aug 2011", null, "yes"],
    ["IA_OOT", 200, "Aug 2011", 100, "yes"],
    ["NI59", null, null, null, "yes"],
    ["REF_TO_IA", 65, "Mar 2012", null, "no"],
    ["CP_REPEAT", null, null, 13.6, "no"],
    ["QSW_VACANCY", 10, null, null, "no"],
    ["DENTAL_CHECKS", 85, "Mar 2012", 90, "no"],
  ])(
    "writes %s's headline target %j, date %j, internal %j, dashboard %j",
    (code, target, date, internal, dashboard) => {
      const r = written.rows.find((x) => x[0] === code)!;
      expect([r[4], r[5], r[6], r[10]]).toEqual([target, date, internal, dashboard]);
    },
  );

  it("round-trips the default catalogue through readCatalogue unchanged", () => {
    const { catalogue, issues } = readCatalogue(
      { ...table([]), headers: written.headers, rows: written.rows },
      DEFAULT_CATALOGUE,
    );
    expect(issues).toEqual([]);
    expect(catalogue).toEqual(DEFAULT_CATALOGUE);
  });

  it("round-trips a table-made catalogue too", () => {
    const { catalogue: first } = readCatalogue(
      table([row({ Target: 5, "Target date": "Jan 2014", "Internal target": 3, Tolerance: 1, Dashboard: "yes" })]),
      [],
    );
    const again = catalogueToTable(first);
    expect(readCatalogue({ ...table([]), headers: again.headers, rows: again.rows }, [])).toEqual({
      catalogue: first,
      issues: [],
    });
  });
});

describe("regressions found by fuzzing", () => {
  const read = (rows: Row[]) => readCatalogue(table(rows), DEFAULT_CATALOGUE);
  const at = (issues: { rule: string; cell: string }[]) => issues.map((i) => [i.rule, i.cell]);

  it.each(["constructor", "__proto__"])("does not take %s (an inherited property name) as a unit", (unit) => {
    const { catalogue, issues } = read([row({ Unit: unit })]);
    expect(catalogue).toEqual([]);
    expect(at(issues)).toEqual([["catalogue-unknown-unit", "D4"]]);
  });

  it.each<[string, CellValue]>([
    ["400 digits", "9".repeat(400)],
    ["a number past 1e15", 1e308],
  ])("does not take %s as a target", (_name, target) => {
    const { catalogue, issues } = read([row({ Target: target })]);
    expect(at(issues)).toEqual([["catalogue-bad-number", "F4"]]);
    expect(catalogue[0]!.targets).toEqual([]);
  });

  it("names a header and quotes a cell with line breaks in them on one line", () => {
    const headers = INDICATOR_HEADERS.map((h) => (h === "Polarity" ? "Po\nlarity" : h));
    const { issues } = readCatalogue(table([{ ...row(), "Po\nlarity": "side\nways" } as Row], headers), DEFAULT_CATALOGUE);
    expect(at(issues)).toEqual([["catalogue-no-polarity", "E4"]]);
    expect(issues[0]!.message).not.toMatch(/[\r\n]/);
  });

  it("reads a code with a line break typed into it as one line", () => {
    expect(only([row({ Code: "NEW\n1" })]).code).toBe("NEW 1");
  });
});
