/** Fake workbook, tables, application and request context. */
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
  get showHeaders(): boolean {
    return this.read("showHeaders") as boolean;
  }
  getRange(): FakeRange {
    return new FakeRange(this.rt, `${this.path}.range`, () => {
      const t = this.target();
      return { sheet: t.sheet, rect: t.rect };
    }, { op: "Table.getRange", args: [this] });
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.rt, `${this.path}.worksheet`, () => this.target().sheet);
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
