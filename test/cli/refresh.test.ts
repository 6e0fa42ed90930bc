/**
 * Refreshing a dashboard as analysts do: build, type commentary into the
 * output, build again from that file (same month, then another month).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadWorkbook } from "../support/loadWorkbook";
import { inputCell, scorecard, scratch } from "./run";

const DASHBOARD = "Member Dashboard";

/** The commentary cell of an indicator on the dashboard, and what it holds. */
const commentaryCell = (path: string, code: string) => inputCell(path, DASHBOARD, `commentary:${code}`);

async function typeInto(path: string, code: string, text: string): Promise<void> {
  const { address } = await commentaryCell(path, code);
  const wb = await loadWorkbook(new Uint8Array(readFileSync(path)));
  wb.getWorksheet(DASHBOARD)!.getCell(address).value = text;
  writeFileSync(path, await wb.xlsx.writeBuffer());
}

async function sheetSummary(path: string) {
  const wb = await loadWorkbook(new Uint8Array(readFileSync(path)));
  return {
    names: wb.worksheets.map((ws) => ws.name),
    charts: wb.getWorksheet(DASHBOARD)!.getCharts().length,
  };
}

describe("refreshing the dashboard", () => {
  let dir: string;
  let first: string;
  const typed = "Rising since June: two new starters in West Kent from November.";

  beforeAll(async () => {
    dir = scratch();
    const sample = join(dir, "sample.xlsx");
    first = join(dir, "first.xlsx");
    expect((await scorecard("init", sample)).code).toBe(0);
    expect((await scorecard("build", sample, "-o", first, "--period", "2012-10")).code).toBe(0);
    await typeInto(first, "IA_OOT", typed);
  });

  it("keeps typed commentary and duplicates nothing when built again for the same month", async () => {
    const again = join(dir, "again.xlsx");
    expect((await scorecard("build", first, "-o", again, "--period", "2012-10")).code).toBe(0);
    expect((await commentaryCell(again, "IA_OOT")).text).toBe(typed);
    // Nobody typed here: the build's draft, re-drafted (the same figures, the same draft).
    expect((await commentaryCell(again, "UNALLOC28")).text).toBe("Draft: 0 in Oct 2012, unchanged from the month before; better than the Notice target of 200.");
    expect(await sheetSummary(again)).toEqual(await sheetSummary(first));
  });

  it("keeps typed commentary, matched by indicator, when the reporting month changes", async () => {
    const next = join(dir, "next.xlsx");
    expect((await scorecard("build", first, "-o", next, "--period", "2012-11")).code).toBe(0);
    expect((await commentaryCell(next, "IA_OOT")).text).toBe(typed);
    // An untouched draft is drafted afresh from November's figures, not kept as if typed.
    expect(String((await commentaryCell(next, "UNALLOC28")).text)).toMatch(/^Draft: .* in Nov 2012/);
    const summary = await sheetSummary(next);
    expect(summary.names.filter((n) => n === DASHBOARD)).toHaveLength(1);
    expect(summary.charts).toBe(6);
  });
});
