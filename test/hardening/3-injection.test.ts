/**
 * Issue 7, part 3 — injection, end to end through the command line: workbook
 * text that starts with "=", "+", "-" or "@" reaches the generated sheets as
 * text, never as a formula or a number, and keeps a text format so it stays
 * text when someone edits the cell in Excel.
 *
 * Elsewhere: the shells' own tests (test/xlsx/applyPlan.test.ts,
 * test/excel/textCells.test.ts), the fuzz suite's plans (test/fuzz), and the task
 * pane rendering `<img src=x onerror=alert(1)>` as text (test/browser,
 * test/taskpane/noMarkup.test.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { looksLikeFormula } from "../../src/report/plan/textSafety";
import { loadWorkbook } from "../support/loadWorkbook";
import { scorecard, scratch } from "../cli/run";
import { partNames, partText } from "../xlsx/fixtures/zipParts";
import { decodeXml, packageCells, sheetParts, type PackageCell } from "./support/packageCells";

const HYPERLINK = '=HYPERLINK("http://x","y")';
const INPUT_SHEETS = ["Indicators", "IndicatorData", "Budget", "Actions"];
const TEXT_FORMAT = 49; // Excel's built-in "@"

/** Where each hostile string goes in the sample's tables (row 2 is UNALLOC28, row 3 the next dashboard indicator). */
const PLANTED = [
  { sheet: "Indicators", cell: "B2", text: HYPERLINK, what: "indicator name" },
  { sheet: "Indicators", cell: "I2", text: "@SUM(A1)", what: "definition" },
  { sheet: "Indicators", cell: "J2", text: "+1", what: "impact" },
  { sheet: "Indicators", cell: "B3", text: "-1", what: "indicator name" },
] as const;

describe("workbook text that looks like a formula, through init → build", () => {
  let output: Uint8Array;
  let generated: Map<string, PackageCell[]>;
  let notesPlanted = 0;

  beforeAll(async () => {
    const dir = scratch();
    const sample = join(dir, "sample.xlsx");
    expect((await scorecard("init", sample)).code).toBe(0);
    const wb = await loadWorkbook(new Uint8Array(readFileSync(sample)));
    for (const p of PLANTED) wb.getWorksheet(p.sheet)!.getCell(p.cell).value = p.text;
    wb.getWorksheet("IndicatorData")!.eachRow((row, r) => {
      if (r > 1 && row.getCell(1).value === "UNALLOC28") {
        row.getCell(8).value = HYPERLINK; // Note
        notesPlanted++;
      }
    });
    const hostile = join(dir, "hostile.xlsx");
    writeFileSync(hostile, await wb.xlsx.writeBuffer());

    const out = join(dir, "out.xlsx");
    const run = await scorecard("build", hostile, "-o", out, "--period", "2012-10");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    output = new Uint8Array(readFileSync(out));
    generated = new Map();
    for (const { name, path } of await sheetParts(output)) {
      if (!INPUT_SHEETS.includes(name)) generated.set(name, await packageCells(output, path));
    }
  });

  it("builds the generated sheets", () => {
    expect([...generated.keys()]).toContain("Member Dashboard");
    expect(notesPlanted).toBeGreaterThan(0);
  });

  it("writes no formula anywhere in the package (the sample has none either)", async () => {
    const sheets = (await partNames(output)).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets.length).toBe(INPUT_SHEETS.length + generated.size);
    for (const path of sheets) expect(await partText(output, path), path).not.toMatch(/<f[\s>/]/);
  });

  it.each(PLANTED)("puts the $what $text on the Member Dashboard as a text cell", ({ text }) => {
    const cells = generated.get("Member Dashboard")!.filter((c) => c.value === text);
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      expect(["s", "inlineStr", "str"]).toContain(c.type);
      expect(c.formula).toBe(false);
    }
  });

  it("formats every generated cell that starts like a formula as text", () => {
    let checked = 0;
    for (const [sheet, cells] of generated) {
      for (const c of cells) {
        if (c.value === undefined || c.type === "n" || !looksLikeFormula(c.value)) continue;
        expect({ sheet, address: c.address, numFmtId: c.numFmtId }).toEqual({
          sheet,
          address: c.address,
          numFmtId: TEXT_FORMAT,
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(PLANTED.length);
  });

  it("keeps the planted Note text a string in the carried-over IndicatorData sheet", async () => {
    const path = (await sheetParts(output)).find((s) => s.name === "IndicatorData")!.path;
    const notes = (await packageCells(output, path)).filter((c) => c.value === HYPERLINK);
    expect(notes).toHaveLength(notesPlanted);
    expect(notes.every((c) => c.type === "s" && !c.formula)).toBe(true);
  });

  it("points every chart formula at a generated sheet's cells, never at workbook text", async () => {
    const charts = (await partNames(output)).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      for (const [, f] of (await partText(output, chart)).matchAll(/<c:f>([^<]*)<\/c:f>/g)) {
        expect(decodeXml(f!)).toMatch(/^'[^']+'!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/);
      }
    }
  });
});
