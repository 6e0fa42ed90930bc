import { describe, expect, it } from "vitest";
import { DATA_RULES, normaliseArea, readObservations } from "../../src/domain/observations";
import { monthIndex } from "../../src/domain/periods";
import type { CellValue, Indicator, RawTable, Unit, ValidationIssue } from "../../src/domain/types";

// Columns A Code, B Period, C Area, D Value, E Numerator, F Denominator, G As at, H Note.
// The header is row 1, so data row r (0-based) is sheet row r + 2.
const HEADERS = ["Code", "Period", "Area", "Value", "Numerator", "Denominator", "As at", "Note"];

function table(rows: CellValue[][], extra: Partial<RawTable> = {}): RawTable {
  return {
    name: "IndicatorData",
    sheet: "Data",
    origin: { row: 1, column: 1 },
    headers: HEADERS,
    rows,
    source: "table",
    ...extra,
  };
}

function ind(code: string, unit: Unit, extra: Partial<Indicator> = {}): Indicator {
  return { code, name: code, unit, polarity: "lower", targets: [], dashboard: true, ...extra };
}

const CATALOGUE = [
  ind("UNALLOC28", "count"),
  ind("NI59", "percent", { polarity: "higher" }),
  ind("CASELOAD", "count"),
  ind("IA_RATE", "rate", { polarity: "higher" }),
  ind("KS2_GAP", "pp", { frequency: "annual" }),
];

const OCT12 = monthIndex(2012, 10);

function read(rows: CellValue[][], extra: Partial<RawTable> = {}) {
  return readObservations(table(rows, extra), CATALOGUE);
}

/** [rule, severity, cell] of every issue with the rule, to assert ids, severities and addresses together. */
function found(issues: ValidationIssue[], rule: string): [string, string, string][] {
  return issues.filter((i) => i.rule === rule).map((i) => [i.rule, i.severity, `${i.sheet}!${i.cell}`]);
}

describe("issue order", () => {
  it("lists issues down the table, row by row and left to right", () => {
    const { issues } = read([
      ["NI59", "Oct 2012", "", 120],
      ["NI95", "Nov 2012", "", 1, "x"],
      ["NI59", "Oct 2012", "", 1],
    ]);
    expect(issues.map((i) => i.cell)).toEqual(["D2", "A3", "E3", "A4"]);
  });
});

describe("DATA_RULES", () => {
  it("lists each rule once with a summary", () => {
    const ids = DATA_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of DATA_RULES) expect(rule.summary.length).toBeGreaterThan(10);
  });
});

describe("reading a clean table", () => {
  it("turns each row into an observation at its Value cell, with no issues", () => {
    const { observations, issues } = read([
      ["NI59", "Oct 2012", "", 87.5, 70, 80, "13/11/2012", "  provisional "],
      ["UNALLOC28", "2012-10", "East Kent", 12],
    ]);
    expect(issues).toEqual([]);
    expect(observations).toEqual([
      {
        code: "NI59",
        month: OCT12,
        area: "",
        value: 87.5,
        numerator: 70,
        denominator: 80,
        asAt: "2012-11-13",
        note: "provisional",
        at: { sheet: "Data", cell: "D2" },
        row: 0,
      },
      { code: "UNALLOC28", month: OCT12, area: "East Kent", value: 12, at: { sheet: "Data", cell: "D3" }, row: 1 },
    ]);
  });

  it("skips fully blank rows silently", () => {
    const { observations, issues } = read([[null, "", "  ", null], ["NI59", "Oct 2012", null, 87.5], []]);
    expect(issues).toEqual([]);
    expect(observations.map((o) => o.row)).toEqual([1]);
  });

  it("addresses cells from the table's origin", () => {
    const { issues } = readObservations(
      table([["NI59", "Oct 2012", "", "tbc"]], { origin: { row: 5, column: 3 } }),
      CATALOGUE,
    );
    expect(found(issues, "value-not-number")).toEqual([["value-not-number", "error", "Data!F6"]]);
  });
});

describe("columns", () => {
  it("matches headers case- and space-insensitively", () => {
    const headers = ["  CODE", "period ", "  VALUE ", "as at", "AREA"];
    const { observations, issues } = readObservations(
      { ...table([["NI59", "Oct 2012", 87.5, "13/11/2012", "West Kent"]]), headers },
      CATALOGUE,
    );
    expect(issues).toEqual([]);
    expect(observations[0]).toMatchObject({ value: 87.5, asAt: "2012-11-13", area: "West Kent", at: { cell: "C2" } });
  });

  it("reports a missing Value column with a did-you-mean, and reads nothing", () => {
    const headers = ["Code", "Period", "Valeu"];
    const { observations, issues } = readObservations({ ...table([["NI59", "Oct 2012", 87.5]]), headers }, CATALOGUE);
    expect(observations).toEqual([]);
    expect(found(issues, "missing-column")).toEqual([["missing-column", "error", "Data!A1"]]);
    expect(issues[0]!.message).toContain('"Valeu"');
  });

  it("does not need the optional columns", () => {
    const { observations, issues } = readObservations(
      { ...table([["NI59", "Oct 2012", 87.5]]), headers: ["Code", "Period", "Value"] },
      CATALOGUE,
    );
    expect(issues).toEqual([]);
    expect(observations).toHaveLength(1);
  });
});

describe("codes", () => {
  it("unknown-indicator: a code not in the catalogue, with a near code suggested", () => {
    const { observations, issues } = read([["NI95", "Oct 2012", "", 87.5]]);
    expect(found(issues, "unknown-indicator")).toEqual([["unknown-indicator", "error", "Data!A2"]]);
    expect(issues[0]!.message).toContain("NI59");
    expect(observations).toEqual([]);
  });

  it("unknown-indicator: no suggestion for a code far from every other", () => {
    const { issues } = read([["FOSTERING", "Oct 2012", "", 3]]);
    expect(found(issues, "unknown-indicator")).toHaveLength(1);
    expect(issues[0]!.message).not.toContain("Did you mean");
  });

  it("not unknown-indicator: codes match trimmed and case-insensitively, and take the catalogue's spelling", () => {
    const { observations, issues } = read([["  ni59 ", "Oct 2012", "", 87.5]]);
    expect(issues).toEqual([]);
    expect(observations[0]!.code).toBe("NI59");
  });

  it("missing-code: a blank code on a row with figures", () => {
    const { issues } = read([[null, "Oct 2012", "", 87.5]]);
    expect(found(issues, "missing-code")).toEqual([["missing-code", "error", "Data!A2"]]);
  });
});

describe("periods", () => {
  it.each([["Octember 2012"], ["2012-13"], [""], [true]])("bad-period: %s", (period) => {
    const { observations, issues } = read([["NI59", period, "", 87.5]]);
    expect(found(issues, "bad-period")).toEqual([["bad-period", "error", "Data!B2"]]);
    expect(observations).toEqual([]);
  });

  it.each([["Oct 2012"], ["October 2012"], ["2012-10"], ["31/10/2012"], [41183], [new Date(Date.UTC(2012, 9, 1))]])(
    "not bad-period: %s is Oct 2012",
    (period) => {
      const { observations, issues } = read([["NI59", period, "", 87.5]]);
      expect(issues).toEqual([]);
      expect(observations[0]!.month).toBe(OCT12);
    },
  );
});

describe("areas", () => {
  it.each([[null], [""], ["All"], ["TOTAL"], [" kent "], ["Authority"], ["whole  Authority"]])(
    "%s means the whole authority",
    (area) => {
      expect(normaliseArea(area)).toBe("");
    },
  );

  it("keeps other areas trimmed, and joins case variants under the first spelling", () => {
    const { observations } = read([
      ["UNALLOC28", "Oct 2012", "  East Kent ", 3],
      ["UNALLOC28", "Nov 2012", "EAST KENT", 4],
    ]);
    expect(observations.map((o) => o.area)).toEqual(["East Kent", "East Kent"]);
  });
});

describe("duplicate-row", () => {
  it("reports a repeat at the later row, names the first, and keeps the first", () => {
    const { observations, issues } = read([
      ["NI59", "Oct 2012", "", 87.5],
      ["UNALLOC28", "Oct 2012", "", 3],
      ["ni59", "2012-10", "Total", 90],
    ]);
    expect(found(issues, "duplicate-row")).toEqual([["duplicate-row", "error", "Data!A4"]]);
    expect(issues[0]!.message).toContain("A2");
    expect(observations.map((o) => o.value)).toEqual([87.5, 3]);
  });

  it("not for the same code and month in different areas, or different months", () => {
    const { issues } = read([
      ["NI59", "Oct 2012", "", 87.5],
      ["NI59", "Oct 2012", "East Kent", 86],
      ["NI59", "Nov 2012", "", 88],
    ]);
    expect(issues).toEqual([]);
  });
});

describe("values", () => {
  it.each([["#N/A"], ["#DIV/0!"], ["n/a"], ["12 cases"], [true]])(
    "value-not-number: %s, kept with no figure",
    (value) => {
      const { observations, issues } = read([["NI59", "Oct 2012", "", value]]);
      expect(found(issues, "value-not-number")).toEqual([["value-not-number", "error", "Data!D2"]]);
      expect(observations[0]!.value).toBeNull();
    },
  );

  it("not value-not-number: number-like text is read", () => {
    const { observations, issues } = read([["UNALLOC28", "Oct 2012", "", "1,234"]]);
    expect(issues).toEqual([]);
    expect(observations[0]!.value).toBe(1234);
  });

  it("value-missing: a blank value is a warning and the row is kept", () => {
    const { observations, issues } = read([
      ["NI59", "Oct 2012", "", "  "],
      ["NI59", "Nov 2012"],
    ]);
    expect(found(issues, "value-missing")).toEqual([
      ["value-missing", "warning", "Data!D2"],
      ["value-missing", "warning", "Data!D3"],
    ]);
    expect(observations.map((o) => o.value)).toEqual([null, null]);
  });

  it("negative-count: a count below zero", () => {
    const { issues } = read([["UNALLOC28", "Oct 2012", "", "(3)"]]);
    expect(found(issues, "negative-count")).toEqual([["negative-count", "error", "Data!D2"]]);
  });

  it("not negative-count: zero counts, and negative values of other units", () => {
    const { issues } = read([
      ["UNALLOC28", "Oct 2012", "", 0],
      ["KS2_GAP", "Jul 2012", "", -2],
    ]);
    expect(issues).toEqual([]);
  });
});

describe("percent scale and range", () => {
  it("percent-out-of-range: below 0 or above 100", () => {
    const { issues } = read([
      ["NI59", "Oct 2012", "", 120],
      ["NI59", "Nov 2012", "", -5],
      ["NI59", "Dec 2012", "", 88],
    ]);
    expect(found(issues, "percent-out-of-range")).toEqual([
      ["percent-out-of-range", "error", "Data!D2"],
      ["percent-out-of-range", "error", "Data!D3"],
    ]);
  });

  it("not percent-out-of-range: 0 and 100, or above 100 for a count", () => {
    const { issues } = read([
      ["NI59", "Oct 2012", "", 0],
      ["NI59", "Nov 2012", "", 100],
      ["UNALLOC28", "Oct 2012", "", 973],
    ]);
    expect(issues).toEqual([]);
  });

  it("percent-scale-fraction: all values within 0..1 are fractions, multiplied by 100 with one note", () => {
    const { observations, issues } = read([
      ["UNALLOC28", "Oct 2012", "", 0.5],
      ["NI59", "Oct 2012", "", 0.875],
      ["NI59", "Nov 2012", "", 0.123],
      ["NI59", "Nov 2012", "West Kent", 1],
    ]);
    expect(issues.map((i) => [i.rule, i.severity, i.cell])).toEqual([["percent-scale-fraction", "info", "D3"]]);
    expect(observations.map((o) => o.value)).toEqual([0.5, 87.5, 12.3, 100]);
  });

  it("percent-scale-fraction: text with % is on 0–100 already; the plain fractions beside it are rescaled", () => {
    const { observations, issues } = read([
      ["NI59", "Oct 2012", "", "87.5%"],
      ["NI59", "Nov 2012", "", 0.9],
    ]);
    expect(found(issues, "percent-scale-fraction")).toEqual([["percent-scale-fraction", "info", "Data!D3"]]);
    expect(observations.map((o) => o.value)).toEqual([87.5, 90]);
  });

  it.each<[string, CellValue[]]>([
    ["values on 0–100", [87.5, 90]],
    ["all zeros", [0, 0]],
    ["small values written with %", ["0.5%", "0.8%"]],
  ])("not percent-scale-fraction: %s", (_name, values) => {
    const { observations, issues } = read(values.map((v, i) => ["NI59", ["Oct 2012", "Nov 2012"][i]!, "", v]));
    expect(issues).toEqual([]);
    expect(observations.every((o) => o.value! <= 90)).toBe(true);
  });

  it("percent-mixed-scale: a fraction among 0–100 values, at each minority cell", () => {
    const { issues } = read([
      ["NI59", "Oct 2012", "", 87.5],
      ["NI59", "Nov 2012", "", 0.88],
      ["NI59", "Dec 2012", "", 89],
      ["NI59", "Jan 2013", "", 0.9],
      ["NI59", "Feb 2013", "", 90],
    ]);
    expect(found(issues, "percent-mixed-scale")).toEqual([
      ["percent-mixed-scale", "error", "Data!D3"],
      ["percent-mixed-scale", "error", "Data!D5"],
    ]);
  });

  it("not percent-mixed-scale: whole numbers and values written with % among 0–100 values", () => {
    const { issues } = read([
      ["NI59", "Oct 2012", "", 87.5],
      ["NI59", "Nov 2012", "", 1],
      ["NI59", "Dec 2012", "", "0.5%"],
      ["NI59", "Jan 2013", "", 0],
    ]);
    expect(issues).toEqual([]);
  });
});

describe("numerator and denominator", () => {
  it("bad-numerator and bad-denominator: not numbers, at their cells", () => {
    const { observations, issues } = read([["NI59", "Oct 2012", "", 87.5, "tbc", "#REF!"]]);
    expect(issues.map((i) => [i.rule, i.severity, i.cell])).toEqual([
      ["bad-numerator", "error", "E2"],
      ["bad-denominator", "error", "F2"],
    ]);
    expect(observations[0]).not.toHaveProperty("numerator");
  });

  it("not bad-numerator: blank numerator and denominator are fine", () => {
    const { issues } = read([["NI59", "Oct 2012", "", 87.5, " ", null]]);
    expect(issues).toEqual([]);
  });

  it("zero-denominator: a numerator over a zero denominator", () => {
    const { issues } = read([["NI59", "Oct 2012", "", 87.5, 5, 0]]);
    expect(found(issues, "zero-denominator")).toEqual([["zero-denominator", "error", "Data!F2"]]);
    expect(found(issues, "ratio-mismatch")).toEqual([]);
  });

  it("not zero-denominator: a zero denominator with no numerator", () => {
    const { issues } = read([["NI59", "Oct 2012", "", 87.5, null, 0]]);
    expect(issues).toEqual([]);
  });

  it("numerator-above-denominator: for a percent indicator, at the numerator", () => {
    const { issues } = read([["NI59", "Oct 2012", "", 100, 12, 10]]);
    expect(found(issues, "numerator-above-denominator")).toEqual([["numerator-above-denominator", "error", "Data!E2"]]);
  });

  it("not numerator-above-denominator: an average such as caseload", () => {
    const { issues } = read([["CASELOAD", "Oct 2012", "", 17.6, 176, 10]]);
    expect(issues).toEqual([]);
  });

  it.each<[string, CellValue[]]>([
    ["a percent", ["NI59", "Oct 2012", "", 80, 7, 8]],
    ["a percent given as a fraction", ["NI59", "Oct 2012", "", 0.8, 7, 8]],
    ["a count average", ["CASELOAD", "Oct 2012", "", 20, 176, 10]],
  ])("ratio-mismatch: %s that does not match its numerator and denominator", (_name, row) => {
    const { issues } = read([row]);
    expect(found(issues, "ratio-mismatch")).toEqual([["ratio-mismatch", "warning", "Data!D2"]]);
  });

  it.each<[string, CellValue[]]>([
    ["an exact percent", ["NI59", "Oct 2012", "", 87.5, 7, 8]],
    ["a percent rounded to one place", ["NI59", "Oct 2012", "", 66.7, 2, 3]],
    ["a fraction that matches once rescaled", ["NI59", "Oct 2012", "", 0.875, 7, 8]],
    ["a rate (its base is unknown)", ["IA_RATE", "Oct 2012", "", 36, 1200, 330000]],
  ])("not ratio-mismatch: %s", (_name, row) => {
    const { issues } = read([row]);
    expect(found(issues, "ratio-mismatch")).toEqual([]);
  });
});

describe("as at", () => {
  it("bad-as-at: not a date, a warning, and the row is kept", () => {
    const { observations, issues } = read([["NI59", "Oct 2012", "", 87.5, null, null, "soon"]]);
    expect(issues.map((i) => [i.rule, i.severity, i.cell])).toEqual([["bad-as-at", "warning", "G2"]]);
    expect(observations[0]).not.toHaveProperty("asAt");
  });

  it("as-at-before-period: extracted before the month began", () => {
    const { issues } = read([["NI59", "Mar 2011", "", 87.5, null, null, "28/02/2011"]]);
    expect(issues.map((i) => [i.rule, i.severity, i.cell])).toEqual([["as-at-before-period", "warning", "G2"]]);
  });

  it.each([
    ["13/03/2011", "2011-03-13"],
    ["01/03/2011", "2011-03-01"],
    [40615, "2011-03-13"],
  ])("not as-at-before-period: %s", (asAt, iso) => {
    const { observations, issues } = read([["NI59", "Mar 2011", "", 87.5, null, null, asAt]]);
    expect(issues).toEqual([]);
    expect(observations[0]!.asAt).toBe(iso);
  });
});

describe("table layout", () => {
  it("merged-cells: one error per merged area over the data, at its first data cell", () => {
    const { issues } = read(
      [
        ["NI59", "Oct 2012", "", 87.5],
        ["NI59", "Nov 2012", "", 88],
      ],
      { mergedAreas: ["D2:D3", "A1:B3"] },
    );
    expect(found(issues, "merged-cells")).toEqual([
      ["merged-cells", "error", "Data!A2"],
      ["merged-cells", "error", "Data!D2"],
    ]);
  });

  it("not merged-cells: merged areas only in the header or beside the table", () => {
    const { issues } = read([["NI59", "Oct 2012", "", 87.5]], { mergedAreas: ["A1:B1", "J2:K2", "A9:B9"] });
    expect(issues).toEqual([]);
  });

  it("hidden-rows: one note for all hidden rows, at the first; they are still read", () => {
    const rows: CellValue[][] = ["Oct 2012", "Nov 2012", "Dec 2012", "Jan 2013"].map((p) => ["NI59", p, "", 87.5]);
    const { observations, issues } = read(rows, { hiddenRows: [3, 1, 1] });
    expect(issues.map((i) => [i.rule, i.severity, i.cell])).toEqual([["hidden-rows", "info", "A3"]]);
    expect(issues[0]!.message).toContain("2 data rows");
    expect(observations).toHaveLength(4);
  });

  it("not hidden-rows: none hidden", () => {
    const { issues } = read([["NI59", "Oct 2012", "", 87.5]], { hiddenRows: [] });
    expect(issues).toEqual([]);
  });
});

describe("regressions found by fuzzing", () => {
  const LINE_BREAK = /[\r\n\u2028\u2029]/;

  it("reads a row whose Area and Note hold invalid dates without throwing", () => {
    const { observations } = read([["UNALLOC28", "Oct 2012", new Date(Number.NaN), 120, null, null, null, new Date(Number.NaN)]]);
    expect(observations).toHaveLength(1);
    expect(observations[0]).toMatchObject({ area: "", value: 120 });
    expect(observations[0]!.note).toBeUndefined();
  });

  it("quotes a paragraph pasted into Period on one short line", () => {
    const { issues } = read([["UNALLOC28", `line one\nline two ${"x".repeat(500)}`, "", 120]]);
    expect(found(issues, "bad-period")).toEqual([["bad-period", "error", "Data!B2"]]);
    const message = issues.find((i) => i.rule === "bad-period")!.message;
    expect(message).not.toMatch(LINE_BREAK);
    expect(message.length).toBeLessThan(300);
  });

  it("names a repeated header with a line break in it on one line", () => {
    const { issues } = read([["NI59", "Oct 2012", "", 87.5]], { headers: [...HEADERS, "Notes and more", "notes\nand more"] });
    expect(found(issues, "duplicate-column")).toEqual([["duplicate-column", "warning", "Data!J1"]]);
    expect(issues[0]!.message).not.toMatch(LINE_BREAK);
  });

  it("suggests a near-miss header with a line break in it on one line", () => {
    const headers = HEADERS.map((h) => (h === "Period" ? "Perio\nds" : h));
    const { issues } = read([["NI59", "Oct 2012", "", 87.5]], { headers });
    expect(found(issues, "missing-column")).toEqual([["missing-column", "error", "Data!A1"]]);
    expect(issues[0]!.message).not.toMatch(LINE_BREAK);
  });

  it("quotes an unreadable As at date on one line", () => {
    const { issues } = read([["NI59", "Oct 2012", "", 87.5, null, null, "13/03\n2011"]]);
    expect(found(issues, "bad-as-at")).toEqual([["bad-as-at", "warning", "Data!G2"]]);
    expect(issues[0]!.message).not.toMatch(LINE_BREAK);
  });

  it("quotes a long unknown code briefly", () => {
    const { issues } = read([["X".repeat(5_000), "Oct 2012", "", 1]]);
    expect(found(issues, "unknown-indicator")).toEqual([["unknown-indicator", "error", "Data!A2"]]);
    expect(issues[0]!.message.length).toBeLessThan(300);
  });

  it("names a very long area briefly", () => {
    const { issues } = read([["UNALLOC28", "Oct 2012", "word ".repeat(2_000), null]]);
    expect(found(issues, "value-missing")).toEqual([["value-missing", "warning", "Data!D2"]]);
    expect(issues.find((i) => i.rule === "value-missing")!.message.length).toBeLessThan(300);
  });

  it("matches a code with a line break typed into it to the same code on one line", () => {
    const catalogue = [ind("CIN AUDIT", "count")];
    const { observations, issues } = readObservations(table([["cin\naudit", "Oct 2012", "", 3]]), catalogue);
    expect(issues).toEqual([]);
    expect(observations.map((o) => o.code)).toEqual(["CIN AUDIT"]);
  });

  it("does not take a figure beyond ±1e15, which would overflow sums and forecasts", () => {
    const { observations, issues } = read([["UNALLOC28", "Oct 2012", "", 1e308]]);
    expect(found(issues, "value-not-number")).toEqual([["value-not-number", "error", "Data!D2"]]);
    expect(observations[0]!.value).toBeNull();
  });
});
