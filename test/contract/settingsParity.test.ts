/**
 * A workbook with a Settings table builds the same dashboard from the command
 * line (the .xlsx shell) and from the pane (the Office.js shell on the fake):
 * the indicators the table names, in its order, with its months and tolerance.
 */
import { writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOGUE } from "../../src/domain/catalogue/defaultCatalogue";
import { catalogueToTable } from "../../src/domain/catalogue/readCatalogue";
import { parseMonthKey } from "../../src/domain/periods";
import { sampleObservationRows } from "../../src/sample/sampleData";
import { buildDashboard } from "../../src/taskpane/operations/buildDashboard";
import { DEFAULT_PANE_SETTINGS } from "../../src/taskpane/paneSettings";
import { scorecard, scratch } from "../cli/run";
import { fakeServices } from "../taskpane/paneWorkbooks";
import { fakeOf, lookInFake } from "./officeAdapter";
import type { SheetLook } from "./shellAdapter";
import type { WorkbookSpec } from "./workbookSpec";
import { bytesOf, lookInFile } from "./xlsxAdapter";

function workbook(settings: (string | number)[][]): WorkbookSpec {
  const catalogue = catalogueToTable(DEFAULT_CATALOGUE);
  const data = sampleObservationRows();
  return {
    sheets: [
      {
        name: "Indicators",
        tables: [{ name: "Indicators", address: "A1", values: [catalogue.headers, ...catalogue.rows] }],
      },
      {
        name: "IndicatorData",
        tables: [{ name: "IndicatorData", address: "A1", values: [data.headers, ...data.rows] }],
      },
      { name: "Settings", tables: [{ name: "Settings", address: "A1", values: [["Setting", "Value"], ...settings] }] },
    ],
  };
}

/** The dashboard and its chart data as each front end leaves them. */
async function bothFrontEnds(spec: WorkbookSpec, period?: string) {
  const dir = scratch();
  const input = join(dir, "in.xlsx");
  const output = join(dir, "out.xlsx");
  writeFileSync(input, await bytesOf(spec));
  const run = await scorecard("build", input, "-o", output, ...(period ? ["--period", period] : []));
  expect(run.code, run.stderr).toBe(0);
  const bytes = new Uint8Array(readFileSync(output));
  const cli = {
    dashboard: await lookInFile(bytes, "Member Dashboard"),
    data: await lookInFile(bytes, "Dashboard Data"),
  };

  const fake = fakeOf(spec);
  // The pane's own settings differ from the table's: the table must win.
  const month = period === undefined ? undefined : parseMonthKey(period);
  const built = await buildDashboard(fakeServices(fake), {
    ...(month === undefined ? {} : { month }),
    allowErrors: false,
    settings: { ...DEFAULT_PANE_SETTINGS, monthsShown: 24, tolerancePercent: 50 },
  });
  expect(built.kind).toBe("built");
  const pane = { dashboard: lookInFake(fake, "Member Dashboard"), data: lookInFake(fake, "Dashboard Data") };
  return { cli, pane };
}

/** Each chart's first series range. */
const chartRanges = (look: SheetLook) => look.charts.map((c) => c[0]);
const monthsIn = (look: SheetLook) =>
  look.values.flat().filter((v) => typeof v === "string" && /^[A-Z][a-z]{2} \d{4}$/.test(v));

describe("a workbook's Settings table, from the command line and from the pane", () => {
  it("gives the same dashboard: the indicators named, in that order, over the months given", async () => {
    const { cli, pane } = await bothFrontEnds(
      workbook([
        ["Dashboard indicators", "NI60, UNALLOC28, CA_OOT"],
        ["Months shown", 6],
        ["Default tolerance", 0],
      ]),
    );
    expect(pane.data.values).toEqual(cli.data.values);
    expect(pane.dashboard.values).toEqual(cli.dashboard.values);
    expect(chartRanges(pane.dashboard)).toEqual(chartRanges(cli.dashboard));
    expect(cli.dashboard.charts).toHaveLength(3);
    // The headline table lists them in the table's order.
    const cells = cli.dashboard.values.flat();
    const at = (code: string) => cells.indexOf(DEFAULT_CATALOGUE.find((i) => i.code === code)!.name);
    expect([at("NI60"), at("UNALLOC28"), at("CA_OOT")].every((i) => i >= 0)).toBe(true);
    expect(at("NI60")).toBeLessThan(at("UNALLOC28"));
    expect(at("UNALLOC28")).toBeLessThan(at("CA_OOT"));
    expect(cells.indexOf(DEFAULT_CATALOGUE.find((i) => i.code === "NI59")!.name)).toBe(-1);
    expect(monthsIn(cli.data)).toHaveLength(3 * 6);
  });

  it("rates with the table's default tolerance in both", async () => {
    const rated = async (tolerance: number) => {
      const { cli, pane } = await bothFrontEnds(workbook([["Default tolerance", tolerance]]), "2011-11");
      expect(pane.dashboard.values).toEqual(cli.dashboard.values);
      return JSON.stringify(cli.dashboard.values);
    };
    expect(await rated(0)).not.toEqual(await rated(100));
  });
});
