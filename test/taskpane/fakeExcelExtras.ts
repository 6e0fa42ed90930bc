/**
 * The few Excel features the task pane needs that the shared fake
 * (test/fakes) does not model yet, added to its classes from outside so the
 * fake's own files stay as they are:
 * - `Range.select()`, remembered per workbook (read with `selectionOf`);
 * - `RangeFill` loadable `color` (Excel reports "#FFFFFF" for no fill) and
 *   `pattern` ("None" / "Solid", ExcelApi 1.9), and `RangeFill.clear()`;
 * - `RangeFormat.autofitColumns()`;
 * - `workbook.tables.add(address, hasHeaders)` and setting a table's name;
 * - `workbook.tables.getItem(name)` and `Table.rows.add(index, values)` (rows at the end only).
 *
 * Importing this module installs them (idempotent). Plain TypeScript with no
 * Node imports, so the browser harness bundles it too.
 */
import { formatAddress, parseAddress } from "../fakes/fakeAddress";
import { writeValues } from "../fakes/fakeCells";
import { FakeOfficeError } from "../fakes/fakeErrors";
import type { FakeExcel } from "../fakes/fakeExcel";
import { FakeFill, FakeRange, FakeRangeFormat, type RangeTarget } from "../fakes/fakeRange";
import type { Runtime } from "../fakes/fakeRuntime";
import type { TableState, WorkbookState } from "../fakes/fakeState";
import { FakeTable, FakeTableCollection } from "../fakes/fakeWorkbook";

/** What a proxy keeps protected, reached from outside the class. */
interface ProxyInternals<T> {
  rt: Runtime;
  path: string;
  act(name: string, args: readonly unknown[], run: (target: T) => void, apiSet?: string): void;
  target(): T;
}

function internals<T>(proxy: object): ProxyInternals<T> {
  return proxy as unknown as ProxyInternals<T>;
}

export interface FakeSelection {
  sheet: string;
  address: string;
}

const selections = new WeakMap<WorkbookState, FakeSelection>();

/** The range last selected with `Range.select()`, with the sheet's current name. */
export function selectionOf(fake: FakeExcel): FakeSelection | undefined {
  return selections.get(fake.state);
}

/** Excel's answer for a cell's fill: its colour, white when it has none. */
export function fillColorOf(fake: FakeExcel, sheet: string, address: string): { color: string; pattern: "None" | "Solid" } {
  const fill = fake.sheet(sheet).cell(address).format.fill;
  return fill === undefined ? { color: "#FFFFFF", pattern: "None" } : { color: fill.toUpperCase(), pattern: "Solid" };
}

function versionAtLeast(have: string, want: string): boolean {
  const n = (v: string): number => {
    const [major = "0", minor = "0"] = v.split(".");
    return Number(major) * 1000 + Number(minor);
  };
  return n(have) >= n(want);
}

function overlaps(a: TableState["rect"], b: TableState["rect"]): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

/** "'My sheet'!A1:B2" → { sheet: "My sheet", local: "A1:B2" }. */
function splitAddress(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, local: address.slice(bang + 1) };
}

function checkTableName(state: WorkbookState, name: string, except: TableState): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
    throw new FakeOfficeError("InvalidArgument", `The table name '${name}' is not valid.`);
  }
  const clash = state.tables.find((t) => t !== except && t.name.toLowerCase() === name.toLowerCase());
  if (clash) throw new FakeOfficeError("ItemAlreadyExists", `A table named '${name}' already exists.`);
}

let installed = false;

/** Adds the features above to the shared fake's classes. */
export function installFakeExcelExtras(): void {
  if (installed) return;
  installed = true;

  Object.defineProperty(FakeRange.prototype, "select", {
    configurable: true,
    value(this: FakeRange): void {
      const self = internals<RangeTarget>(this);
      self.act("select", [], (t) => {
        if (t.sheet.deleted) throw new FakeOfficeError("ItemNotFound", "The sheet was deleted.");
        // Like Excel, selecting on another sheet needs that sheet active first.
        if (self.rt.state.activeSheet !== t.sheet) throw new FakeOfficeError("InvalidSelection", "The range is not on the active sheet.");
        selections.set(self.rt.state, { sheet: t.sheet.name, address: formatAddress(t.rect) });
      });
    },
  });

  Object.defineProperty(FakeRangeFormat.prototype, "autofitColumns", {
    configurable: true,
    value(this: FakeRangeFormat): void {
      internals<RangeTarget>(this).act("autofitColumns", [], (t) => t.sheet.guardWritable("autofit columns"), "1.2");
    },
  });

  // A fill's colour and pattern are loadable (one cell at a time is all the pane needs).
  Object.defineProperty(FakeFill.prototype, "snapshot", {
    configurable: true,
    value(this: FakeFill, t: RangeTarget, props: readonly string[]): Record<string, unknown> {
      const rt = internals<RangeTarget>(this).rt;
      const fills = new Set<string | undefined>();
      for (let r = 0; r < t.rect.rows; r++) for (let c = 0; c < t.rect.columns; c++) fills.add(t.sheet.cell(t.rect.row + r, t.rect.column + c)?.format.fill);
      const uniform = fills.size === 1;
      const [only] = [...fills];
      const out: Record<string, unknown> = {};
      for (const p of props) {
        if (p === "color") out[p] = uniform ? (only === undefined ? "#FFFFFF" : only.toUpperCase()) : null;
        else if (p === "pattern") {
          if (!versionAtLeast(rt.apiVersion, "1.9")) throw new FakeOfficeError("ApiNotFound", `RangeFill.pattern needs ExcelApi 1.9; this host has ${rt.apiVersion}.`);
          out[p] = uniform ? (only === undefined ? "None" : "Solid") : null;
        } else throw new FakeOfficeError("InvalidArgument", `Fake: RangeFill has no loadable property '${p}'.`);
      }
      return out;
    },
  });
  for (const prop of ["color", "pattern"] as const) {
    const setter = Object.getOwnPropertyDescriptor(FakeFill.prototype, prop)?.set;
    Object.defineProperty(FakeFill.prototype, prop, {
      configurable: true,
      get(this: FakeFill): unknown {
        return (this as unknown as { read(p: string): unknown }).read(prop);
      },
      ...(setter ? { set: setter } : {}),
    });
  }
  Object.defineProperty(FakeFill.prototype, "clear", {
    configurable: true,
    value(this: FakeFill): void {
      internals<RangeTarget>(this).act("clear", [], (t) => {
        t.sheet.guardWritable("clear fills");
        for (let r = 0; r < t.rect.rows; r++) {
          for (let c = 0; c < t.rect.columns; c++) {
            const cell = t.sheet.cell(t.rect.row + r, t.rect.column + c);
            if (cell) delete cell.format.fill;
          }
        }
      });
    },
  });

  Object.defineProperty(FakeTableCollection.prototype, "add", {
    configurable: true,
    value(this: FakeTableCollection, address: string, hasHeaders: boolean): FakeTable {
      const rt = internals<WorkbookState>(this).rt;
      let created: TableState | undefined;
      const table = new FakeTable(rt, `tables.add(${address})`, () => created ?? null);
      rt.enqueue("TableCollection.add", [address, hasHeaders], () => {
        const state = rt.state;
        const { sheet: sheetName, local } = splitAddress(address);
        const sheet = sheetName === undefined ? state.activeSheet : state.get(sheetName);
        if (!sheet) throw new FakeOfficeError("InvalidArgument", "Fake: no active sheet for tables.add.");
        sheet.guardWritable("add a table");
        const rect = parseAddress(local);
        if (state.tables.some((t) => t.sheet === sheet && overlaps(t.rect, rect))) {
          throw new FakeOfficeError("InvalidArgument", "A table can't overlap another table.");
        }
        let n = state.tables.length + 1;
        while (state.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
        created = { name: `Table${n}`, sheet, rect, showHeaders: hasHeaders };
        state.tables.push(created);
      });
      return table;
    },
  });

  Object.defineProperty(FakeTableCollection.prototype, "getItem", {
    configurable: true,
    value(this: FakeTableCollection, name: string): FakeTable {
      const rt = internals<WorkbookState>(this).rt;
      const find = () => {
        const table = rt.state.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
        if (!table) throw new FakeOfficeError("ItemNotFound", `No table named '${name}'.`);
        return table;
      };
      return new FakeTable(rt, `tables['${name}']`, find);
    },
  });

  Object.defineProperty(FakeTable.prototype, "rows", {
    configurable: true,
    get(this: FakeTable) {
      const self = internals<TableState>(this);
      return {
        add: (index: number | undefined, values: (string | number | boolean | null)[][]): void => {
          self.act("rows.add", [index, values], (t) => {
            if (index !== undefined && index !== null) throw new FakeOfficeError("InvalidArgument", "Fake: rows are only added at the end.");
            t.sheet.guardWritable("add table rows");
            writeValues(t.sheet, { row: t.rect.row + t.rect.rows, column: t.rect.column, rows: values.length, columns: t.rect.columns }, values);
            t.rect = { ...t.rect, rows: t.rect.rows + values.length };
          });
        },
      };
    },
  });

  const nameGetter = Object.getOwnPropertyDescriptor(FakeTable.prototype, "name")?.get;
  Object.defineProperty(FakeTable.prototype, "name", {
    configurable: true,
    ...(nameGetter ? { get: nameGetter } : {}),
    set(this: FakeTable, v: string) {
      const self = internals<TableState>(this);
      self.act("name", [v], (t) => {
        checkTableName(self.rt.state, v, t);
        t.name = v;
      });
    },
  });
}

installFakeExcelExtras();
