/** Fake workbook, tables, application and request context. */
import { type FakeRect, parseAddress } from "./fakeAddress";
import { writeValues } from "./fakeCells";
import { FakeOfficeError } from "./fakeErrors";
import { FakeRange } from "./fakeRange";
import { FakeProxy, type Runtime } from "./fakeRuntime";
import type { TableState, WorkbookState } from "./fakeState";
import { FakeWorksheet, FakeWorksheetCollection, itemProps } from "./fakeWorksheet";

export class FakeTable extends FakeProxy<TableState> {
  protected readonly typeName = "Table";
  constructor(rt: Runtime, path: string, resolver: () => TableState | null) {
    super(rt, path, resolver);
  }
  propsOf(t: TableState, props: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p === "name") out[p] = t.name;
      else if (p === "showHeaders") out[p] = t.showHeaders;
      else if (p === "showTotals") out[p] = t.showTotals;
      else this.unknownProp(p);
    }
    return out;
  }
  protected snapshot(t: TableState, props: readonly string[]): Record<string, unknown> {
    return this.propsOf(t, props);
  }
  get name(): string {
    return this.read("name") as string;
  }
  set name(v: string) {
    this.act("name", [v], (t) => {
      checkTableName(this.rt.state, v, t);
      t.name = v;
    });
  }
  get showHeaders(): boolean {
    return this.read("showHeaders") as boolean;
  }
  get showTotals(): boolean {
    return this.read("showTotals") as boolean;
  }
  getRange(): FakeRange {
    return new FakeRange(this.rt, `${this.path}.range`, () => {
      const t = this.target();
      return { sheet: t.sheet, rect: t.rect };
    }, { op: "Table.getRange", args: [this] });
  }
  /** The data rows only: no header row, no total row (null-object semantics aside, an empty table has one blank row). */
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.rt, `${this.path}.dataBody`, () => {
      const t = this.target();
      const top = t.showHeaders ? 1 : 0;
      const rows = t.rect.rows - top - (t.showTotals ? 1 : 0);
      return { sheet: t.sheet, rect: { ...t.rect, row: t.rect.row + top, rows } };
    }, { op: "Table.getDataBodyRange", args: [this] });
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.rt, `${this.path}.worksheet`, () => this.target().sheet);
  }
  /** `rows.add(index, values)`: rows at the end only (what the pane's Settings table needs). */
  get rows(): { add(index: number | undefined, values: (string | number | boolean | null)[][]): void } {
    return {
      add: (index, values) => {
        this.act("rows.add", [index, values], (t) => {
          if (index !== undefined && index !== null) throw new FakeOfficeError("InvalidArgument", "Fake: rows are only added at the end.");
          t.sheet.guardWritable("add table rows");
          writeValues(t.sheet, { row: t.rect.row + t.rect.rows, column: t.rect.column, rows: values.length, columns: t.rect.columns }, values);
          t.rect = { ...t.rect, rows: t.rect.rows + values.length };
        });
      },
    };
  }
}

export class FakeTableCollection extends FakeProxy<WorkbookState> {
  protected readonly typeName = "TableCollection";
  constructor(rt: Runtime) {
    super(rt, "workbook.tables", () => rt.state);
  }
  protected snapshot(state: WorkbookState, props: readonly string[]): Record<string, unknown> {
    const names = itemProps(props, this.typeName);
    return {
      items: state.tables.map((table) => {
        const proxy = new FakeTable(this.rt, `tables['${table.name}']`, () => table);
        proxy.preload(proxy.propsOf(table, names));
        return proxy;
      }),
    };
  }
  get items(): FakeTable[] {
    return this.read("items") as FakeTable[];
  }
  /** `tables.getItem(name)`: case-insensitive, ItemNotFound when absent. */
  getItem(name: string): FakeTable {
    return new FakeTable(this.rt, `tables['${name}']`, () => {
      const table = this.rt.state.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (!table) throw new FakeOfficeError("ItemNotFound", `No table named '${name}'.`);
      return table;
    });
  }

  /** `tables.add("Sheet!A1:C4", true)`: a table named TableN over the range (on the active sheet when the address names none). */
  add(address: string, hasHeaders: boolean): FakeTable {
    let created: TableState | undefined;
    const table = new FakeTable(this.rt, `tables.add(${address})`, () => created ?? null);
    this.rt.enqueue("TableCollection.add", [address, hasHeaders], () => {
      const state = this.rt.state;
      const { sheet: sheetName, local } = splitAddress(address);
      const sheet = sheetName === undefined ? state.activeSheet : state.get(sheetName);
      if (!sheet) throw new FakeOfficeError("InvalidArgument", "Fake: no active sheet for tables.add.");
      sheet.guardWritable("add a table");
      const rect = parseAddress(local);
      if (state.tables.some((t) => t.sheet === sheet && overlaps(t.rect, rect))) throw new FakeOfficeError("InvalidArgument", "A table can't overlap another table.");
      let n = state.tables.length + 1;
      while (state.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
      created = { name: `Table${n}`, sheet, rect, showHeaders: hasHeaders, showTotals: false };
      state.tables.push(created);
    });
    return table;
  }
}

function overlaps(a: FakeRect, b: FakeRect): boolean {
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

/** Excel's rules for a table name: a letter, _ or \ first, no cell-like names, unique in the workbook. */
function checkTableName(state: WorkbookState, name: string, except: TableState): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
    throw new FakeOfficeError("InvalidArgument", `The table name '${name}' is not valid.`);
  }
  const clash = state.tables.find((t) => t !== except && t.name.toLowerCase() === name.toLowerCase());
  if (clash) throw new FakeOfficeError("ItemAlreadyExists", `A table named '${name}' already exists.`);
}

export class FakeWorkbookProtection extends FakeProxy<WorkbookState> {
  protected readonly typeName = "WorkbookProtection";
  constructor(rt: Runtime) {
    super(rt, "workbook.protection", () => rt.state);
  }
  protected snapshot(state: WorkbookState, props: readonly string[]): Record<string, unknown> {
    return Object.fromEntries(props.map((p) => (p === "protected" ? [p, state.structureProtected] : this.unknownProp(p))));
  }
  get protected(): boolean {
    return this.read("protected") as boolean;
  }
}

export class FakeApplication extends FakeProxy<WorkbookState> {
  protected readonly typeName = "Application";
  screenUpdatingSuspensions = 0;
  constructor(rt: Runtime) {
    super(rt, "application", () => rt.state);
  }
  protected snapshot(): Record<string, unknown> {
    return this.unknownProp("(not loadable)");
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.act("suspendScreenUpdatingUntilNextSync", [], () => this.screenUpdatingSuspensions++, "1.9");
  }
  suspendApiCalculationUntilNextSync(): void {
    this.act("suspendApiCalculationUntilNextSync", [], () => {}, "1.6");
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly protection: FakeWorkbookProtection;
  readonly application: FakeApplication;
  constructor(rt: Runtime, application: FakeApplication) {
    this.worksheets = new FakeWorksheetCollection(rt);
    this.tables = new FakeTableCollection(rt);
    this.protection = new FakeWorkbookProtection(rt);
    this.application = application;
  }
}

/** The fake's Excel.RequestContext: a workbook, an application and `sync()`. */
export class FakeRequestContext {
  readonly application: FakeApplication;
  readonly workbook: FakeWorkbook;
  constructor(private readonly rt: Runtime) {
    this.application = new FakeApplication(rt);
    this.workbook = new FakeWorkbook(rt, this.application);
  }
  sync(): Promise<void> {
    return this.rt.sync();
  }
}
