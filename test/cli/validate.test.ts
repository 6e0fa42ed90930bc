import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleObservationRows } from "../../src/sample/sampleData";
import { DEFAULT_CATALOGUE } from "../../src/domain/catalogue/defaultCatalogue";
import { catalogueToTable } from "../../src/domain/catalogue/readCatalogue";
import type { CellValue } from "../../src/domain/types";
import { writeTablesWorkbook } from "../../src/xlsx/writeTables";
import { initSample, scorecard } from "./run";

interface JsonIssue {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
}

async function workbookWith(rows: CellValue[][], dir: string, name: string): Promise<string> {
  const catalogue = catalogueToTable(DEFAULT_CATALOGUE);
  const data = sampleObservationRows();
  const bytes = await writeTablesWorkbook([
    { sheet: "Indicators", table: "Indicators", headers: catalogue.headers, rows: catalogue.rows },
    { sheet: "IndicatorData", table: "IndicatorData", headers: data.headers, rows },
  ]);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const key = (i: JsonIssue) => `${i.rule} ${i.sheet}!${i.cell}`;

describe("scorecard validate", () => {
  let dir: string;
  let sample: string;
  beforeAll(async () => {
    ({ dir, sample } = await initSample());
  });

  it("reports no errors on the sample workbook from init", async () => {
    const run = await scorecard("validate", sample, "--json");
    expect(run.code).toBe(0);
    const { issues, summary } = JSON.parse(run.stdout) as { issues: JsonIssue[]; summary: { errors: number } };
    expect(summary.errors).toBe(0);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    for (const i of issues) {
      const keys = ["cell", "message", "rule", "severity", "sheet"];
      expect(Object.keys(i).sort()).toEqual(
        "explanation" in i ? [...keys.slice(0, 1), "explanation", ...keys.slice(1)] : keys,
      );
    }
  });

  it("reports 0 errors and 0 unexplained warnings on a fresh init workbook, and lists the explained queries apart", async () => {
    const run = await scorecard("validate", sample, "--json");
    const { issues, summary } = JSON.parse(run.stdout) as {
      issues: (JsonIssue & { explanation?: string })[];
      summary: { errors: number; warnings: number; explained: number };
    };
    expect(summary).toMatchObject({ errors: 0, warnings: 0 });
    const explained = issues.filter((i) => i.explanation !== undefined);
    expect(summary.explained).toBe(explained.length);
    expect(explained.length).toBeGreaterThan(0);
    expect(explained.every((i) => i.severity === "info")).toBe(true);
    // The backlog clearance of 2011 and the permanent posts filled with the September 2012 structure.
    expect(explained.map(key)).toEqual(
      expect.arrayContaining(["implausible-jump IndicatorData!D6", "implausible-jump IndicatorData!D10"]),
    );
    expect(explained.find((i) => i.cell === "D6")!.explanation).toMatch(
      /^the backlog was cleared between February and April 2011/,
    );
    expect(explained.some((i) => /PERM_POSTS/.test(i.message) && /1 September/.test(i.explanation!))).toBe(true);

    const text = await scorecard("validate", sample);
    expect(text.code).toBe(0);
    expect(text.stdout.split("\n")[0]).toBe(
      `${sample}: 0 errors, 0 warnings, ${issues.length - explained.length} notes, ${explained.length} explained queries.`,
    );
    expect(text.stdout).toMatch(/explained +IndicatorData!D6 +implausible-jump .* Explained: the backlog was cleared/);
  });

  it("reports each planted fault at its cell with its rule id, and nothing else", async () => {
    const { headers, rows } = sampleObservationRows();
    const col = (name: string) => headers.indexOf(name);
    const excelRow = (index: number) => index + 2; // header in row 1

    const clean = await scorecard("validate", sample, "--json");
    const baseline = new Set((JSON.parse(clean.stdout) as { issues: JsonIssue[] }).issues.map(key));

    const planted = rows.map((r) => [...r]);
    const expected: string[] = [];
    const find = (code: string, period: string, area = "") =>
      planted.findIndex(
        (r) => r[col("Code")] === code && r[col("Period")] === period && (r[col("Area")] ?? "") === area,
      );
    // A month left out of a series (late in the table, so the rows of the clean run's notes keep their places).
    const gone = find("CASELOAD", "2015-06");
    planted.splice(gone, 1);
    expected.push(`missing-months IndicatorData!D${excelRow(gone)}`);
    // An Excel error where a figure should be.
    const na = find("HEALTH_CHECKS", "2013-05");
    planted[na]![col("Value")] = "#N/A";
    expected.push(`value-not-number IndicatorData!D${excelRow(na)}`);
    // A percentage above 100.
    const over = find("POSTS_FILLED", "2014-05");
    planted[over]![col("Value")] = 112;
    expected.push(`percent-out-of-range IndicatorData!D${excelRow(over)}`);
    // More in time than were completed.
    const ratio = find("CIN_AUDIT", "2014-12");
    planted[ratio]![col("Numerator")] = 120;
    expected.push(`numerator-above-denominator IndicatorData!E${excelRow(ratio)}`);
    // Rows added at the end: a mistyped code, an unreadable month, a repeated row.
    const blank = (code: string, period: string, value: CellValue): CellValue[] =>
      headers.map((h) => (h === "Code" ? code : h === "Period" ? period : h === "Value" ? value : null));
    planted.push(blank("NI95", "2012-10", 80));
    expected.push(`unknown-indicator IndicatorData!A${excelRow(planted.length - 1)}`);
    planted.push(blank("HEALTH_CHECKS", "Smarch 2012", 90));
    expected.push(`bad-period IndicatorData!B${excelRow(planted.length - 1)}`);
    planted.push([...planted[find("DENTAL_CHECKS", "2012-10")]!]);
    expected.push(`duplicate-row IndicatorData!A${excelRow(planted.length - 1)}`);
    // Not a fault: a percentage typed as text with its % sign is read as the number.
    planted[find("HEALTH_CHECKS", "2013-06")]![col("Value")] = "91.5%";

    const path = await workbookWith(planted, dir, "planted.xlsx");
    const run = await scorecard("validate", path, "--json");
    expect(run.code).toBe(1);
    const found = (JSON.parse(run.stdout) as { issues: JsonIssue[] }).issues.map(key).filter((k) => !baseline.has(k));
    expect(found.sort()).toEqual(expected.sort());
  });

  it("prints a readable report and exits 1 when the data has errors", async () => {
    const { rows } = sampleObservationRows();
    const planted = rows.map((r) => [...r]);
    planted[3]![3] = "#DIV/0!";
    const path = await workbookWith(planted, dir, "div0.xlsx");
    const run = await scorecard("validate", path);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/1 error/);
    expect(run.stdout).toMatch(/IndicatorData!D5 +value-not-number/);
  });

  it("exits 2 with one sentence when the file is not a workbook", async () => {
    const path = join(dir, "notes.xlsx");
    writeFileSync(path, "Code,Period,Value\nNI59,2012-10,87.5\n");
    const run = await scorecard("validate", path);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
  });

  it("exits 2 when the file does not exist", async () => {
    const run = await scorecard("validate", join(dir, "missing.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/does not exist/);
  });

  it("exits 2 when the IndicatorData table is missing", async () => {
    const catalogue = catalogueToTable(DEFAULT_CATALOGUE);
    const path = join(dir, "no-data.xlsx");
    writeFileSync(
      path,
      await writeTablesWorkbook([
        { sheet: "Indicators", table: "Indicators", headers: catalogue.headers, rows: catalogue.rows },
      ]),
    );
    const run = await scorecard("validate", path, "--json");
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).issues.map((i: JsonIssue) => i.rule)).toContain("missing-table");
    expect(run.stderr).toMatch(/IndicatorData/);
  });

  it("reports a headers-only IndicatorData table as an error", async () => {
    const path = await workbookWith([], dir, "headers-only.xlsx");
    const run = await scorecard("validate", path, "--json");
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).issues.map((i: JsonIssue) => i.rule)).toContain("empty-table");
  });
});
