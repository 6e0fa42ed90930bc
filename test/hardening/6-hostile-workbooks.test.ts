/**
 * Issue 7, part 6 — hostile workbooks, through the command line: very long
 * text, sheet and table names with quotes, spaces and unicode, tables on
 * hidden sheets. Each gives a correct result or one clear sentence, within
 * the README's "Limits".
 *
 * Elsewhere: 200,000 data rows (huge-workbook.test.ts); a protected dashboard
 * and a protected workbook (protected-workbooks.test.ts); a person's own sheet
 * called "Member Dashboard" is never touched (test/xlsx/applyPlan.refresh.test.ts);
 * damaged, encrypted and non-workbook files (test/xlsx/readWorkbook.errors.test.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_QUOTED_CHARACTERS } from "../../src/domain/cellText";
import type { ValidationIssue } from "../../src/domain/types";
import { EXCEL_CELL_TEXT_LIMIT } from "../../src/report/plan/textSafety";
import { applyPlanToWorkbook } from "../../src/xlsx/applyPlan";
import { loadWorkbook } from "../support/loadWorkbook";
import { scorecard, scratch } from "../cli/run";
import { handmadeXlsx } from "../xlsx/fixtures/handmadeXlsx";
import { dashboardPlan, dataSheetPlan, DASHBOARD } from "../xlsx/fixtures/smallPlan";
import { partNames, partText } from "../xlsx/fixtures/zipParts";
import { indicatorWorkbook, tableSheet, yearOfData, DATA_HEADERS } from "./support/hostileWorkbook";
import { decodeXml, packageCells, sheetParts } from "./support/packageCells";

/** A message quotes at most a few cells, each cut to MAX_QUOTED_CHARACTERS: short, whatever the cells hold. */
const MAX_MESSAGE = 500;

/** Text of exactly Excel's cell limit, made of `word`s. */
const atLimit = (word: string): string =>
  `${word} `.repeat(Math.ceil(EXCEL_CELL_TEXT_LIMIT / (word.length + 1))).slice(0, EXCEL_CELL_TEXT_LIMIT);

let dir: string;
beforeAll(() => {
  dir = scratch();
});

/** Writes `bytes` as `name` in the scratch folder and returns its path. */
function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function validateJson(
  path: string,
): Promise<{ code: number; issues: ValidationIssue[]; summary: { errors: number; rows: number; indicators: number } }> {
  const run = await scorecard("validate", path, "--json");
  return {
    code: run.code,
    ...(JSON.parse(run.stdout) as {
      issues: ValidationIssue[];
      summary: { errors: number; rows: number; indicators: number };
    }),
  };
}

/** Every cell of every sheet of the package, by sheet name. */
async function allCells(bytes: Uint8Array) {
  const out = new Map<string, Awaited<ReturnType<typeof packageCells>>>();
  for (const { name, path } of await sheetParts(bytes)) out.set(name, await packageCells(bytes, path));
  return out;
}

describe("very long text (32,767 characters, Excel's limit for a cell)", () => {
  const name = atLimit("Name");
  const definition = atLimit("Definition");
  let input: string;

  beforeAll(async () => {
    input = file(
      "long.xlsx",
      await indicatorWorkbook({
        indicators: [
          { code: "LONG1", name, definition, impact: atLimit("Impact") },
          { code: "LONG2", name: "Children seen ✓ 🙂 مؤشر" },
        ],
        data: [
          ...yearOfData(["LONG1", "LONG2"], () => atLimit("Note")), // rows 2-25
          [atLimit("Code"), "2012-10", atLimit("Area"), 5, null], // row 26
          ["LONG1", atLimit("Period"), null, 5, null], // row 27
          ["LONG2", "2012-10", atLimit("Area"), atLimit("x"), null], // row 28
        ],
      }),
    );
  });

  it("reports each bad cell once, with a short message that quotes it cut short", async () => {
    const { code, issues } = await validateJson(input);
    expect(code).toBe(1);
    expect(issues.filter((i) => i.severity === "error").map((i) => [i.rule, i.cell])).toEqual([
      ["unknown-indicator", "A26"],
      ["bad-period", "B27"],
      ["value-not-number", "D28"],
    ]);
    for (const i of issues) {
      expect(i.message.length, i.rule).toBeLessThanOrEqual(MAX_MESSAGE);
      expect(i.message).not.toMatch(new RegExp(`(Name |Code |Area |Period ){${MAX_QUOTED_CHARACTERS}}`));
    }
  });

  it("builds, and the dashboard holds the full name and definition", async () => {
    const out = join(dir, "long-out.xlsx");
    const run = await scorecard("build", input, "-o", out, "--allow-errors", "--period", "2012-10");
    expect(run.code).toBe(0);
    const dashboard = (await allCells(new Uint8Array(readFileSync(out)))).get("Member Dashboard")!;
    expect(dashboard.some((c) => c.value === name)).toBe(true);
    expect(dashboard.some((c) => c.value === definition)).toBe(true);
  });

  describe("in every table of the sample workbook (names, definitions, notes, budget lines, actions)", () => {
    let hostile: string;
    beforeAll(async () => {
      const sample = join(dir, "sample.xlsx");
      expect((await scorecard("init", sample)).code).toBe(0);
      const wb = await loadWorkbook(new Uint8Array(readFileSync(sample)));
      const lengthen = (sheet: string, columns?: number[]) => {
        const ws = wb.getWorksheet(sheet)!;
        for (let r = 2; r <= ws.rowCount; r++) {
          for (let c = 1; c <= ws.columnCount; c++) {
            const value = ws.getCell(r, c).value;
            if ((!columns || columns.includes(c)) && typeof value === "string" && value.trim())
              ws.getCell(r, c).value = atLimit(value);
          }
        }
      };
      lengthen("Indicators", [2, 9, 10]); // Indicator, Definition, Impact
      lengthen("IndicatorData", [8]); // Note
      lengthen("Budget");
      lengthen("Actions");
      hostile = file("sample-long.xlsx", await wb.xlsx.writeBuffer());
    });

    it("builds, and no generated cell is longer than Excel allows", async () => {
      const out = join(dir, "sample-long-out.xlsx");
      const run = await scorecard("build", hostile, "-o", out, "--allow-errors", "--period", "2012-10");
      expect(run.code).toBe(0);
      let atTheLimit = 0;
      for (const [sheet, cells] of await allCells(new Uint8Array(readFileSync(out)))) {
        for (const c of cells) {
          expect(c.value?.length ?? 0, `${sheet}!${c.address}`).toBeLessThanOrEqual(EXCEL_CELL_TEXT_LIMIT);
          if (c.value?.length === EXCEL_CELL_TEXT_LIMIT) atTheLimit++;
        }
      }
      expect(atTheLimit).toBeGreaterThan(0);
    });

    it("keeps every validation message short", async () => {
      const { issues } = await validateJson(hostile);
      expect(issues.length).toBeGreaterThan(0);
      const long = issues
        .filter((i) => i.message.length > MAX_MESSAGE)
        .map((i) => `${i.rule} at ${i.sheet}!${i.cell}: ${i.message.length} characters`);
      expect(long).toEqual([]);
    });
  });
});

describe("sheet and table names with quotes, spaces and unicode", () => {
  const DATA_SHEET = "Data 'Q3' — Kent ✓";
  const INDICATOR_SHEET = "Ind's list ☂ 🙂";
  let input: string;

  beforeAll(async () => {
    const data = yearOfData(["NI62", "NI63"]);
    data[3]![3] = "n/a"; // row 5, Value
    const dataSheet = tableSheet(DATA_SHEET, "IndicatorData", DATA_HEADERS, data);
    input = file(
      "names.xlsx",
      await handmadeXlsx([
        tableSheet(
          INDICATOR_SHEET,
          "Indicators",
          ["Code", "Indicator", "Unit", "Polarity", "Target"],
          [
            ["NI62", "Stability: 3+ placements", "rate", "lower", 12],
            ["NI63", "Stability: 2 years", "rate", "higher", 68],
          ],
        ),
        // A second table beside the data, with a name Excel itself would refuse.
        { ...dataSheet, tables: [...dataSheet.tables!, { name: 'Notes "Q3" ✓', ref: "H1:H2", columns: ["Comment"] }] },
      ]),
    );
  });

  it("names the sheet exactly in issues, and quotes it in the text report", async () => {
    const { code, issues } = await validateJson(input);
    expect(code).toBe(1);
    expect(issues.filter((i) => i.severity === "error").map((i) => [i.rule, i.sheet, i.cell])).toEqual([
      ["value-not-number", DATA_SHEET, "D5"],
    ]);
    const text = await scorecard("validate", input);
    expect(text.stdout).toContain(`'Data ''Q3'' — Kent ✓'!D5`);
  });

  it("builds, leaving the named sheets as they were", async () => {
    const out = join(dir, "names-out.xlsx");
    const run = await scorecard("build", input, "-o", out, "--allow-errors");
    expect(run.code).toBe(0);
    const tabs = (await sheetParts(new Uint8Array(readFileSync(out)))).map((s) => s.name);
    expect(tabs.slice(0, 2)).toEqual([INDICATOR_SHEET, DATA_SHEET]);
    expect(tabs).toContain("Member Dashboard");
  });

  it("quotes such a name in chart references (a generated data sheet called that)", async () => {
    const chartSheet = "Chart data 'Q3' — Kent ✓";
    const { bytes } = await applyPlanToWorkbook(new Uint8Array(readFileSync(input)), {
      sheets: [dashboardPlan(chartSheet), dataSheetPlan(chartSheet)],
      activate: DASHBOARD,
    });
    const chart = (await partNames(bytes)).find((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))!;
    const refs = [...(await partText(bytes, chart)).matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => decodeXml(m[1]!));
    expect(refs).toContain("'Chart data ''Q3'' — Kent ✓'!$C$4:$C$6");
    expect(refs.every((r) => r.startsWith("'Chart data ''Q3'' — Kent ✓'!$"))).toBe(true);
    // And the workbook opens again with the chart on the dashboard.
    expect((await loadWorkbook(bytes)).getWorksheet(DASHBOARD)!.getCharts()).toHaveLength(1);
  });
});

describe("tables on hidden and very hidden sheets", () => {
  it("are read like any other, and stay hidden in the output", async () => {
    const visible = await indicatorWorkbook({
      indicators: [{ code: "NI62", name: "Stability" }],
      data: yearOfData(["NI62"]),
    });
    const wb = await loadWorkbook(visible);
    wb.getWorksheet("Indicators")!.state = "hidden";
    wb.getWorksheet("IndicatorData")!.state = "veryHidden";
    wb.addWorksheet("Front page").getCell("A1").value = "Open the Member Dashboard";
    const hidden = file("hidden.xlsx", await wb.xlsx.writeBuffer());

    const expected = await validateJson(file("visible.xlsx", visible));
    const actual = await validateJson(hidden);
    expect(actual.summary).toEqual(expected.summary);
    expect(actual.summary).toMatchObject({ errors: 0, rows: 12, indicators: 1 });

    const out = join(dir, "hidden-out.xlsx");
    expect((await scorecard("build", hidden, "-o", out)).code).toBe(0);
    const built = await loadWorkbook(new Uint8Array(readFileSync(out)));
    expect(built.getWorksheet("Indicators")!.state).toBe("hidden");
    expect(built.getWorksheet("IndicatorData")!.state).toBe("veryHidden");
    expect(built.getWorksheet("Member Dashboard")!.state).not.toMatch(/hidden/i);
  });
});
