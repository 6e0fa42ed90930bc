/**
 * The shell contract (src/build/shellContract.ts), one suite run against both
 * shells: the .xlsx file shell and the Office.js shell on the fake Excel. Each
 * case is written once; the adapters turn its workbook into a file or a fake.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { INPUT_TABLES, type ReadyBuild } from "../../src/build";
import { analyseTables } from "../../src/domain/analyse";
import { a1, parseA1 } from "../../src/domain/a1";
import type { WorkbookPlan } from "../../src/report/plan/plan";
import { officeAdapter } from "./officeAdapter";
import { samplePlan } from "./samplePlan";
import type { OpenWorkbook, SheetLook, ShellAdapter } from "./shellAdapter";
import type { WorkbookSpec } from "./workbookSpec";
import { xlsxAdapter } from "./xlsxAdapter";

const SHELLS: ShellAdapter[] = [xlsxAdapter, officeAdapter];
const DATA = [
  ["Code", "Period", "Value"],
  ["IA_OOT", "2012-09", 70],
  ["IA_OOT", "2012-10", 63],
  ["CA_OOT", "2012-10", 41],
];
const dataSheet = (extra: Partial<WorkbookSpec["sheets"][number]> = {}): WorkbookSpec => ({
  sheets: [{ name: "Figures", tables: [{ name: "IndicatorData", address: "A1", values: DATA }], ...extra }],
});

/** The values a look holds over a block's rectangle, blanks as null. */
function valuesAt(
  look: SheetLook,
  address: string,
  rows: number,
  columns: number,
): (string | number | boolean | null)[][] {
  const { row, column } = parseA1(address.split(":")[0]!);
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => look.values[row - 1 + r]?.[column - 1 + c] ?? null),
  );
}
const planned = (values: (string | number | null)[][]) => values.map((r) => r.map((v) => (v === "" ? null : v)));

describe.each(SHELLS)("$name reads the input tables", (shell) => {
  const read = async (spec: WorkbookSpec) => (await shell.open(spec)).readTables();

  it("reads an Excel table where it stands: name, sheet, origin, headers and rows", async () => {
    const tables = await read({
      sheets: [
        {
          name: "Monthly figures",
          cells: [["October return"]],
          tables: [{ name: "IndicatorData", address: "B3", values: DATA }],
        },
      ],
    });
    expect(tables.get("indicatordata")).toMatchObject({
      name: "IndicatorData",
      sheet: "Monthly figures",
      origin: { row: 3, column: 2 },
      headers: DATA[0],
      rows: DATA.slice(1),
      source: "table",
    });
  });

  it("reads every input table the core lists, keyed in lower case, and no other table", async () => {
    const tables = await read({
      sheets: INPUT_TABLES.map((name, i) => ({
        name: `Sheet ${i}`,
        tables: [
          {
            name: name as string,
            address: "A1",
            values: [
              ["Code", "Value"],
              ["X", i],
            ],
          },
        ],
      })).concat([
        {
          name: "Mine",
          tables: [
            {
              name: "Notes",
              address: "A1",
              values: [
                ["Code", "Value"],
                ["Y", 1],
              ],
            },
          ],
        },
      ]),
    });
    expect([...tables.keys()].sort()).toEqual(INPUT_TABLES.map((n) => n.toLowerCase()).sort());
  });

  it("reads a sheet named like a table, from A1, when there is no Excel table of that name", async () => {
    const tables = await read({ sheets: [{ name: "IndicatorData", cells: DATA }] });
    expect(tables.get("indicatordata")).toMatchObject({
      sheet: "IndicatorData",
      origin: { row: 1, column: 1 },
      headers: DATA[0],
      rows: DATA.slice(1),
      source: "sheet",
    });
  });

  it("reads a Settings sheet without a table the same way", async () => {
    const tables = await read({
      sheets: [
        ...dataSheet().sheets,
        {
          name: "Settings",
          cells: [
            ["Setting", "Value"],
            ["Months shown", 6],
          ],
        },
      ],
    });
    expect(tables.get("settings")).toMatchObject({
      source: "sheet",
      headers: ["Setting", "Value"],
      rows: [["Months shown", 6]],
    });
  });

  it("prefers the Excel table to a sheet of the same name", async () => {
    const tables = await read({ sheets: [{ name: "IndicatorData", cells: [["old", "copy"]] }, ...dataSheet().sheets] });
    expect(tables.get("indicatordata")).toMatchObject({ sheet: "Figures", source: "table", rows: DATA.slice(1) });
  });

  it("leaves a totals row out of the data", async () => {
    const tables = await read({
      sheets: [
        { name: "Figures", tables: [{ name: "IndicatorData", address: "A1", values: DATA, totalsLabel: "Total" }] },
      ],
    });
    expect(tables.get("indicatordata")?.rows).toEqual(DATA.slice(1));
  });

  it("reports merged areas over the data rows", async () => {
    const tables = await read(dataSheet({ merges: ["B3:C3"] }));
    expect(tables.get("indicatordata")?.mergedAreas).toEqual(["B3:C3"]);
  });

  it("reports hidden data rows by their index", async () => {
    const tables = await read(dataSheet({ hiddenRows: [3] }));
    expect(tables.get("indicatordata")?.hiddenRows).toEqual([1]);
  });

  it("reports a figure pasted just below the table", async () => {
    const tables = await read(dataSheet({ cells: [[], [], [], [], ["CA_OOT", "2012-11", 38]] }));
    expect(tables.get("indicatordata")?.adjacentCell).toEqual({ cell: "A5", side: "below" });
  });

  it("gives the validation the same shape issues: merged cells and hidden rows", async () => {
    const tables = await read(dataSheet({ merges: ["B3:C3"], hiddenRows: [4] }));
    const rules = analyseTables(tables).issues.map((i) => i.rule);
    expect(rules).toContain("merged-cells");
    expect(rules).toContain("hidden-rows");
  });
});

describe("both shells read one workbook alike", () => {
  it("gives the same tables, the sheet fallback included", async () => {
    const spec: WorkbookSpec = {
      sheets: [
        { name: "Monthly figures", tables: [{ name: "IndicatorData", address: "C2", values: DATA }] },
        {
          name: "Budget",
          cells: [
            ["Line", "Allocated"],
            ["Social workers", 120000],
          ],
        },
        {
          name: "Options",
          tables: [
            {
              name: "Settings",
              address: "A1",
              values: [
                ["Setting", "Value"],
                ["Dashboard indicators", "IA_OOT, CA_OOT"],
              ],
            },
          ],
        },
      ],
    };
    const [fromFile, fromExcel] = await Promise.all(SHELLS.map(async (s) => (await s.open(spec)).readTables()));
    expect(fromExcel).toEqual(fromFile);
  });
});

describe.each(SHELLS)("$name writes a plan", (shell) => {
  let build: ReadyBuild;
  let plan: WorkbookPlan;
  let workbook: OpenWorkbook;
  let report: Record<string, unknown>;
  beforeAll(async () => {
    build = samplePlan();
    plan = build.plan;
    workbook = await shell.open(dataSheet());
    report = await workbook.apply(plan);
  });
  const dashboard = () => plan.sheets[0]!;

  it("adds the plan's sheets after the person's, in plan order", async () => {
    expect(await workbook.sheetNames()).toEqual(["Figures", ...plan.sheets.map((s) => s.name)]);
  });

  it("reports in the one shape: written, renamed, skipped", () => {
    expect(report).toMatchObject({
      written: plan.sheets.map((s) => s.name),
      renamed: [],
      skipped: expect.any(Array) as unknown,
    });
  });

  it("writes every planned value where the plan puts it", async () => {
    for (const sheet of plan.sheets) {
      const look = await workbook.look(sheet.name);
      // Input cells start with the build's draft, or empty: their prompt is a note, never a value.
      const prompts = new Map(sheet.inputs.map((i) => [i.address, i.draft ?? null]));
      for (const block of sheet.blocks) {
        const { row, column } = parseA1(block.address.split(":")[0]!);
        const want = planned(block.values).map((r, i) =>
          r.map((v, j) => {
            const at = a1(row + i, column + j);
            return prompts.has(at) ? prompts.get(at)! : v;
          }),
        );
        expect(
          valuesAt(look, block.address, block.values.length, block.values[0]?.length ?? 0),
          `${sheet.name}!${block.address}`,
        ).toEqual(want);
      }
    }
  });

  it("sets the planned number formats", async () => {
    const look = await workbook.look(dashboard().name);
    const formatted = dashboard().styles.filter((s) => s.style.numberFormat !== undefined);
    expect(formatted.length).toBeGreaterThan(0);
    for (const { range, style } of formatted)
      expect(look.numberFormat(range.split(":")[0]!), range).toBe(style.numberFormat);
  });

  it("draws one chart per planned chart, over the planned ranges", async () => {
    const look = await workbook.look(dashboard().name);
    const want = dashboard().charts.map((c) =>
      c.series.flatMap((s) => [s.values, c.categories]).map((r) => `${c.dataSheet}!${r.replace(/\$/g, "")}`),
    );
    expect(look.charts.map((c) => c.map((r) => r.replace(/'/g, "")))).toEqual(want);
  });

  it("sets the print settings and freeze panes as planned", async () => {
    const look = await workbook.look(dashboard().name);
    const print = dashboard().print!;
    expect(look.print).toEqual({
      orientation: print.orientation,
      area: print.area,
      titleRows: `${print.titleRows!.first}:${print.titleRows!.last}`,
    });
    expect(look.freeze).toEqual(dashboard().freeze);
  });

  it("hides the marker column A of every generated sheet, and writes no formula", async () => {
    for (const sheet of plan.sheets) {
      const look = await workbook.look(sheet.name);
      expect(look.columnAHidden, sheet.name).toBe(true);
      expect(look.formulas, sheet.name).toEqual([]);
    }
  });

  it("writes workbook text that starts with = as text, never as a formula", async () => {
    const hostile = await shell.open(dataSheet());
    const named = samplePlan({ firstName: '=HYPERLINK("http://example.com","x")' });
    await hostile.apply(named.plan);
    const look = await hostile.look(named.plan.sheets[0]!.name);
    expect(look.formulas).toEqual([]);
    expect(look.values.flat()).toContain('=HYPERLINK("http://example.com","x")');
  });

  it("leaves a person's sheet under a planned name alone and writes the new one beside it", async () => {
    const mine = await shell.open({
      sheets: [...dataSheet().sheets, { name: "Member Dashboard", cells: [["my own notes"]] }],
    });
    const again = await mine.apply(plan);
    expect((await mine.look("Member Dashboard")).values).toEqual([["my own notes"]]);
    expect(again.renamed).toEqual([{ wanted: "Member Dashboard", used: "Member Dashboard (2)" }]);
    expect(await mine.sheetNames()).toContain("Member Dashboard (2)");
  });

  it("keeps typed commentary over a rebuild", async () => {
    const input = dashboard().inputs[0]!;
    await workbook.type(dashboard().name, input.address, "Discussed at the October board.");
    await workbook.apply(plan);
    expect(valuesAt(await workbook.look(dashboard().name), input.address, 1, 1)).toEqual([
      ["Discussed at the October board."],
    ]);
  });

  it("protects a protected generated sheet again after a rebuild", async () => {
    await workbook.protect(dashboard().name);
    await workbook.apply(plan);
    expect((await workbook.look(dashboard().name)).protected).toBe(true);
    expect((await workbook.look(plan.sheets[1]!.name)).protected).toBe(false);
  });
});

describe("both shells write one plan alike", () => {
  it("give the same sheets, values, formats, charts, print settings and protection", async () => {
    const { plan } = samplePlan();
    const looks = await Promise.all(
      SHELLS.map(async (shell) => {
        const workbook = await shell.open(dataSheet());
        await workbook.apply(plan);
        const names = await workbook.sheetNames();
        const sheets = await Promise.all(names.map(async (n) => ({ n, look: await workbook.look(n) })));
        return sheets.map(({ n, look }) => ({ n, ...look, numberFormat: dashboardFormats(plan, n, look) }));
      }),
    );
    expect(looks[1]).toEqual(looks[0]);
  });
});

/** The planned number formats, at each formatted range's first cell, to compare the shells. */
function dashboardFormats(plan: WorkbookPlan, sheet: string, look: SheetLook): Record<string, string> {
  const styled = (plan.sheets.find((s) => s.name === sheet)?.styles ?? []).filter(
    (s) => s.style.numberFormat !== undefined,
  );
  return Object.fromEntries(styled.map((s) => [s.range, look.numberFormat(s.range.split(":")[0]!)]));
}
