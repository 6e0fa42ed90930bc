/** The contract's .xlsx shell: workbooks as file bytes, read and written by src/xlsx. */
import { applyPlanToWorkbook } from "../../src/xlsx/applyPlan";
import { newWorkbook, type Worksheet } from "../../src/xlsx/excelts";
import { loadWorkbook } from "../support/loadWorkbook";
import { readWorkbookTables } from "../../src/xlsx/readWorkbook";
import { toCellValue } from "./toCellValue";
import { chartPartsOf, tabNames } from "../xlsx/fixtures/packageSheets";
import { partText } from "../xlsx/fixtures/zipParts";
import { type OpenWorkbook, plainRef, type ShellAdapter, type SheetLook, trimGrid } from "./shellAdapter";
import type { WorkbookSpec } from "./workbookSpec";

/** The spec as .xlsx bytes, made with excelts. */
export async function bytesOf(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = newWorkbook();
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    (sheet.cells ?? []).forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    for (const t of sheet.tables ?? []) {
      const [headers, ...rows] = t.values;
      ws.addTable({
        name: t.name,
        ref: t.address,
        headerRow: true,
        totalsRow: t.totalsLabel !== undefined,
        columns: headers!.map((h, i) => ({
          name: String(h),
          ...(i === 0 && t.totalsLabel !== undefined ? { totalsRowLabel: t.totalsLabel } : {}),
        })),
        rows,
      });
    }
    for (const m of sheet.merges ?? []) ws.mergeCells(m);
    for (const r of sheet.hiddenRows ?? []) ws.getRow(r).hidden = true;
  }
  return wb.xlsx.writeBuffer();
}

function plainValue(v: ReturnType<typeof toCellValue>): string | number | boolean | null {
  return v instanceof Date ? v.toISOString().slice(0, 10) : v;
}

function valuesOf(ws: Worksheet): SheetLook["values"] {
  const grid: SheetLook["values"] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      while (grid.length < r) grid.push([]);
      grid[r - 1]![c - 1] = plainValue(toCellValue(cell));
    });
  });
  return trimGrid(grid.map((row) => Array.from({ length: row.length }, (_, i) => row[i] ?? null)));
}

function formulasOf(ws: Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => void (cell.formula ? out.push(cell.address) : undefined)),
  );
  return out;
}

async function chartsOf(bytes: Uint8Array, sheet: string): Promise<string[][]> {
  const out: string[][] = [];
  for (const path of await chartPartsOf(bytes, sheet)) {
    const xml = (await partText(bytes, path)).replace(/&apos;/g, "'").replace(/&amp;/g, "&");
    const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => m[1]!);
    out.push(
      series.flatMap((s) => {
        const val = /<c:val>[\s\S]*?<c:f>([^<]+)<\/c:f>/.exec(s)?.[1];
        const cat = /<c:cat>[\s\S]*?<c:f>([^<]+)<\/c:f>/.exec(s)?.[1];
        return [val, cat].filter((r): r is string => r !== undefined).map(plainRef);
      }),
    );
  }
  return out;
}

const local = (ref: string | undefined) => (ref === undefined ? undefined : plainRef(ref).replace(/^.*!/, ""));

/** A sheet of a file, looked at as the contract compares them. */
export async function lookInFile(bytes: Uint8Array, sheet: string): Promise<SheetLook> {
  const ws = (await loadWorkbook(bytes)).getWorksheet(sheet)!;
  const view = ws.views?.[0];
  const frozen = view && view.state === "frozen" ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : undefined;
  const setup = ws.pageSetup;
  return {
    values: valuesOf(ws),
    numberFormat: (address) => {
      const format = ws.getCell(address).numFmt;
      return typeof format === "string" ? format : (format?.formatCode ?? "General");
    },
    charts: await chartsOf(bytes, sheet),
    print: {
      // Portrait is what a file says when nothing was set, as Excel shows a sheet never set up.
      ...(setup.orientation && setup.orientation !== "portrait"
        ? { orientation: setup.orientation.toLowerCase() }
        : {}),
      ...(setup.printArea ? { area: local(setup.printArea) } : {}),
      ...(setup.printTitlesRow ? { titleRows: local(setup.printTitlesRow) } : {}),
    },
    ...(frozen && (frozen.rows || frozen.columns) ? { freeze: frozen } : {}),
    columnAHidden: ws.getColumn(1).hidden === true,
    protected: ws.sheetProtection?.sheet === true,
    formulas: formulasOf(ws),
  };
}

export const xlsxAdapter: ShellAdapter = {
  name: ".xlsx file shell",
  async open(spec) {
    let bytes = await bytesOf(spec);
    const edit = async (sheet: string, change: (ws: Worksheet) => void | Promise<void>) => {
      const wb = await loadWorkbook(bytes);
      await change(wb.getWorksheet(sheet)!);
      bytes = await wb.xlsx.writeBuffer();
    };
    const workbook: OpenWorkbook = {
      readTables: () => readWorkbookTables(bytes),
      async apply(plan) {
        const out = await applyPlanToWorkbook(bytes, plan);
        bytes = out.bytes;
        return out.report as unknown as Record<string, unknown>;
      },
      sheetNames: () => tabNames(bytes),
      look: (sheet) => lookInFile(bytes, sheet),
      type: (sheet, address, text) => edit(sheet, (ws) => void (ws.getCell(address).value = text)),
      protect: (sheet) => edit(sheet, (ws) => ws.protect("members", {})),
    };
    return workbook;
  },
};
