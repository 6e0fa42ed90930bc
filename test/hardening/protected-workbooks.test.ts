/**
 * Issue 7, part 6 — protected workbooks. A generated sheet a person protected
 * (Review > Protect Sheet) is rebuilt and protected again with the same
 * settings and password hash, so a refresh never unlocks it. A workbook whose
 * structure is protected (Review > Protect Workbook) cannot take new or
 * replaced sheets: build refuses it in one sentence and writes nothing, as the
 * add-in does in Excel.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { applyPlanToWorkbook, WorkbookProtectedError } from "../../src/xlsx/applyPlan";
import { loadWorkbook } from "../support/loadWorkbook";
import { scorecard, scratch } from "../cli/run";
import { dataSheetPlan, DASHBOARD } from "../xlsx/fixtures/smallPlan";

let dir: string;

/** Writes `bytes` as `name` in the scratch folder and returns its path. */
function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe("protection", () => {
  let built: string;
  beforeAll(async () => {
    dir = scratch();
    const sample = join(dir, "sample-p.xlsx");
    built = join(dir, "built-p.xlsx");
    expect((await scorecard("init", sample)).code).toBe(0);
    expect((await scorecard("build", sample, "-o", built, "--period", "2012-10")).code).toBe(0);
  });

  it("a protected dashboard sheet is rebuilt and stays protected, with the same password", async () => {
    const wb = await loadWorkbook(new Uint8Array(readFileSync(built)));
    await wb.getWorksheet(DASHBOARD)!.protect("members only", { formatColumns: true });
    const protection = wb.getWorksheet(DASHBOARD)!.sheetProtection;
    const input = file("protected-sheet.xlsx", await wb.xlsx.writeBuffer());

    const out = join(dir, "protected-sheet-out.xlsx");
    const run = await scorecard("build", input, "-o", out, "--period", "2012-11");
    expect(run.code).toBe(0);
    const dashboard = (await loadWorkbook(new Uint8Array(readFileSync(out)))).getWorksheet(DASHBOARD)!;
    expect(JSON.stringify(dashboard.getSheetValues())).toMatch(/November 2012/);
    expect(dashboard.sheetProtection).toEqual(protection);
    expect(protection).toMatchObject({ sheet: true, formatColumns: true, hashValue: expect.any(String) });
  });

  it("a workbook whose structure is protected is refused in one sentence, and nothing is written", async () => {
    const wb = await loadWorkbook(new Uint8Array(readFileSync(built)));
    await wb.protect("structure", { lockStructure: true });
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const input = file("protected-book.xlsx", bytes);

    await expect(applyPlanToWorkbook(bytes, { sheets: [dataSheetPlan()] })).rejects.toMatchObject({
      constructor: WorkbookProtectedError,
      code: "STRUCTURE_PROTECTED",
    });
    const out = join(dir, "protected-book-out.xlsx");
    const run = await scorecard("build", input, "-o", out);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/structure is protected.*Unprotect the workbook/);
    expect(existsSync(out)).toBe(false);
  });
});
