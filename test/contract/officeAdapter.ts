/**
 * The contract's Office.js shell: workbooks in the fake Excel (test/fakes),
 * read by readForBuild and written by applyPlan, as the pane does.
 */
import { applyPlan } from "../../src/excel/applyPlan";
import { readForBuild } from "../../src/excel/readForBuild";
import { parseAddress } from "../fakes/fakeAddress";
import { createFakeExcel, type FakeExcel } from "../fakes/fakeExcel";
import { type OpenWorkbook, plainRef, type ShellAdapter, type SheetLook, trimGrid } from "./shellAdapter";
import type { SpecValue, WorkbookSpec } from "./workbookSpec";

/**
 * The fake from the spec. Totals rows and hidden rows are set on the fake's
 * state as `showTotals` (table) and `hiddenRows` (sheet, 0-based) when the
 * fake models them; until it does, the shell cannot see them.
 */
export function fakeOf(spec: WorkbookSpec): FakeExcel {
  const grid = (rows: SpecValue[][]) =>
    rows.map((r) => r.map((v) => (v instanceof Date ? (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : v)));
  const fake = createFakeExcel({
    sheets: spec.sheets.map((s) => ({
      name: s.name,
      ...(s.cells ? { cells: grid(s.cells) } : {}),
      tables: (s.tables ?? []).map((t) => ({
        name: t.name,
        address: t.address,
        values: grid(
          t.totalsLabel === undefined
            ? t.values
            : [...t.values, [t.totalsLabel, ...t.values[0]!.slice(1).map(() => null)]],
        ),
      })),
    })),
  });
  for (const s of spec.sheets) {
    const sheet = fake.state.get(s.name);
    for (const m of s.merges ?? []) sheet.merges.push(parseAddress(m));
    const hidden = (sheet as unknown as { hiddenRows?: Set<number> }).hiddenRows;
    for (const r of s.hiddenRows ?? []) hidden?.add(r - 1);
    for (const t of s.tables ?? []) {
      if (t.totalsLabel === undefined) continue;
      const table = fake.state.tables.find((x) => x.name === t.name) as unknown as Record<string, unknown>;
      table.showTotals = true;
    }
  }
  return fake;
}

const local = (ref: string | undefined) => (ref === undefined ? undefined : plainRef(ref).replace(/^.*!/, ""));

/** A sheet of the fake, looked at as the contract compares them. */
export function lookInFake(fake: FakeExcel, name: string): SheetLook {
  const sheet = fake.sheet(name);
  const layout = sheet.pageLayout;
  return {
    values: trimGrid(
      sheet.values().map((row) => row.map((v) => (v === undefined ? null : (v as string | number | boolean | null)))),
    ),
    numberFormat: (address) => sheet.cell(address).numberFormat,
    charts: sheet.charts.map((c) =>
      c.series.flatMap((s) => [s.values, s.xValues].filter((r): r is string => r !== undefined).map(plainRef)),
    ),
    print: {
      ...(layout.orientation && layout.orientation.toLowerCase() !== "portrait"
        ? { orientation: layout.orientation.toLowerCase() }
        : {}),
      ...(layout.printArea ? { area: local(layout.printArea) } : {}),
      ...(layout.printTitleRows ? { titleRows: local(layout.printTitleRows) } : {}),
    },
    ...(sheet.freeze && (sheet.freeze.rows || sheet.freeze.columns) ? { freeze: sheet.freeze } : {}),
    columnAHidden: sheet.isColumnHidden(1),
    protected: sheet.protection.protected,
    formulas: Object.keys(sheet.formulas()),
  };
}

export const officeAdapter: ShellAdapter = {
  name: "Office.js shell (fake Excel)",
  async open(spec) {
    const fake = fakeOf(spec);
    const context = fake.excelContext;
    const workbook: OpenWorkbook = {
      readTables: async () => (await readForBuild(context, [], { isSetSupported: () => true })).tables,
      apply: async (plan) =>
        (await applyPlan(context, plan, { isSetSupported: () => true })) as unknown as Record<string, unknown>,
      sheetNames: async () => fake.sheetNames(),
      look: async (name) => lookInFake(fake, name),
      async type(sheet, address, text) {
        const { row, column } = parseAddress(address);
        fake.state.get(sheet).ensure(row, column).value = text;
      },
      async protect(sheet) {
        fake.protectSheet(sheet);
      },
    };
    return workbook;
  },
};
