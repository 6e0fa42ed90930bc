/** Fake worksheets: the collection, a worksheet, its panes and page layout. */
import { parseAddress } from "./fakeAddress";
import { FakeChartCollection } from "./fakeChart";
import { FakeOfficeError } from "./fakeErrors";
import { FakeRange, FakeRangeAreas } from "./fakeRange";
import { FakeProxy, type Runtime } from "./fakeRuntime";
import { DEFAULT_PROTECTION, type SheetState, type WorkbookState } from "./fakeState";

/** Splits "items/name,items/position" into the item properties; rejects anything else. */
export function itemProps(props: readonly string[], typeName: string): string[] {
  return props.map((p) => {
    if (!p.startsWith("items/")) throw new FakeOfficeError("InvalidArgument", `Fake: load ${typeName} items as "items/<property>", got '${p}'.`);
    return p.slice("items/".length);
  });
}

export class FakeWorksheetCollection extends FakeProxy<WorkbookState> {
  protected readonly typeName = "WorksheetCollection";
  constructor(rt: Runtime) {
    super(rt, "workbook.worksheets", () => rt.state);
  }

  protected snapshot(state: WorkbookState, props: readonly string[]): Record<string, unknown> {
    const names = itemProps(props, this.typeName);
    const items = state.sheets.map((sheet) => {
      const ws = new FakeWorksheet(this.rt, `worksheet#${sheet.id}`, () => sheet);
      ws.preload(ws.propsOf(sheet, names));
      return ws;
    });
    return { items };
  }

  get items(): FakeWorksheet[] {
    return this.read("items") as FakeWorksheet[];
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.rt, `worksheets.add(${name ?? ""})`, () => this.rt.state.addSheet(name ?? `Sheet${this.rt.state.sheets.length + 1}`), {
      op: "WorksheetCollection.add",
      args: [name],
    });
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.rt, `worksheets['${name}']`, () => this.rt.state.get(name), { op: "WorksheetCollection.getItem", args: [name] });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.rt, `worksheets['${name}']?`, () => this.rt.state.find(name) ?? null, {
      op: "WorksheetCollection.getItemOrNullObject",
      args: [name],
      apiSet: "1.4",
    });
  }
}

export class FakeWorksheet extends FakeProxy<SheetState> {
  protected readonly typeName = "Worksheet";
  constructor(rt: Runtime, path: string, resolver: () => SheetState | null, creation?: { op: string; args: readonly unknown[]; apiSet?: string }) {
    super(rt, path, resolver, creation);
  }

  /** The loadable properties' current values. */
  propsOf(sheet: SheetState, props: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p === "name") out[p] = sheet.name;
      else if (p === "position") out[p] = this.rt.state.sheets.indexOf(sheet);
      else if (p === "tabColor") out[p] = sheet.tabColor;
      else if (p === "showGridlines") out[p] = sheet.showGridlines;
      else if (p === "id") out[p] = `{sheet-${sheet.id}}`;
      else if (p === "visibility") out[p] = sheet.visibility;
      else this.unknownProp(p);
    }
    return out;
  }

  protected snapshot(sheet: SheetState, props: readonly string[]): Record<string, unknown> {
    return this.propsOf(sheet, props);
  }

  get name(): string {
    return this.read("name") as string;
  }
  set name(v: string) {
    this.act("name", [v], (sheet) => {
      this.rt.state.guardStructure("rename a sheet");
      this.rt.state.checkName(v, sheet);
      sheet.name = v;
    });
  }
  get position(): number {
    return this.read("position") as number;
  }
  get id(): string {
    return this.read("id") as string;
  }
  set position(v: number) {
    this.act("position", [v], (sheet) => this.rt.state.moveSheet(sheet, v));
  }
  set tabColor(v: string) {
    this.act("tabColor", [v], (sheet) => (sheet.tabColor = v), "1.7");
  }
  get visibility(): string {
    return this.read("visibility") as string;
  }
  set visibility(v: string) {
    this.act("visibility", [v], (sheet) => {
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw new FakeOfficeError("InvalidArgument", `Unknown visibility '${v}'.`);
      if (v !== "Visible" && sheet.visibility === "Visible" && this.rt.state.sheets.filter((s) => s.visibility === "Visible").length === 1) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      sheet.visibility = v;
    });
  }
  set showGridlines(v: boolean) {
    this.act("showGridlines", [v], (sheet) => (sheet.showGridlines = v), "1.8");
  }

  delete(): void {
    this.act("delete", [], (sheet) => this.rt.state.deleteSheet(sheet));
  }
  activate(): void {
    this.act("activate", [], (sheet) => (this.rt.state.activeSheet = sheet));
  }

  getRange(address = "A1"): FakeRange {
    const rect = parseAddress(address);
    return new FakeRange(this.rt, `${this.path}!${address}`, () => ({ sheet: this.target(), rect }), { op: "Worksheet.getRange", args: [this, address] });
  }

  /** Several ranges as one ("B5,B7:K7"), ExcelApi 1.9. */
  getRanges(address: string): FakeRangeAreas {
    const rects = address.split(/[,;]/).map((a) => parseAddress(a.trim()));
    return new FakeRangeAreas(this.rt, `${this.path}!{${address}}`, () => ({ sheet: this.target(), rects }), { op: "Worksheet.getRanges", args: [this, address], apiSet: "1.9" });
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.rt, `${this.path}!R${row}C${column}`, () => ({ sheet: this.target(), rect: { row, column, rows, columns } }), {
      op: "Worksheet.getRangeByIndexes",
      args: [this, row, column, rows, columns],
      apiSet: "1.7",
    });
  }

  /** The used range; the top-left cell A1 when the sheet is blank, as Excel documents. */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.rt,
      `${this.path}.usedRange!`,
      () => {
        const sheet = this.target();
        return { sheet, rect: sheet.usedRect(valuesOnly) ?? { row: 0, column: 0, rows: 1, columns: 1 } };
      },
      { op: "Worksheet.getUsedRange", args: [this, valuesOnly], apiSet: valuesOnly ? "1.2" : "1.1" },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.rt,
      `${this.path}.usedRange`,
      () => {
        const sheet = this.target();
        const rect = sheet.usedRect(valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      { op: "Worksheet.getUsedRangeOrNullObject", args: [this, valuesOnly], apiSet: "1.4" },
    );
  }

  get freezePanes(): FakeFreezePanes {
    return new FakeFreezePanes(this.rt, `${this.path}.freezePanes`, () => this.target());
  }
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.rt, `${this.path}.charts`, () => this.target(), this.rt.state);
  }
  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.rt, `${this.path}.pageLayout`, () => this.target());
  }
  get protection(): FakeWorksheetProtection {
    return new FakeWorksheetProtection(this.rt, `${this.path}.protection`, () => this.target());
  }
}

/**
 * Sheet protection as Excel reports it: whether the sheet is protected and
 * with which options, never the password. Protecting a protected sheet fails;
 * unprotecting needs the password the sheet was protected with.
 */
export class FakeWorksheetProtection extends FakeProxy<SheetState> {
  protected readonly typeName = "WorksheetProtection";
  constructor(rt: Runtime, path: string, resolver: () => SheetState | null) {
    super(rt, path, resolver);
  }
  protected snapshot(sheet: SheetState, props: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p === "protected") out[p] = sheet.protected;
      else if (p === "options") out[p] = { ...sheet.protectionOptions };
      else this.unknownProp(p);
    }
    return out;
  }
  get protected(): boolean {
    return this.read("protected") as boolean;
  }
  get options(): Record<string, boolean | string | null> {
    return this.read("options") as Record<string, boolean | string | null>;
  }
  protect(options?: Record<string, boolean | string | null>, password?: string): void {
    this.act(
      "protect",
      [options, password],
      (sheet) => {
        // The options Excel reports can hold nulls; handing them back fails (office-js #1931).
        if (options && Object.values(options).some((v) => v === null)) {
          throw new FakeOfficeError("GeneralException", "There was an internal error while processing the request.");
        }
        if (sheet.deleted) throw new FakeOfficeError("ItemNotFound", "The sheet was deleted; cannot protect it.");
        if (sheet.protected) throw new FakeOfficeError("InvalidOperation", `The sheet '${sheet.name}' is already protected.`);
        sheet.protected = true;
        sheet.protectionOptions = { ...DEFAULT_PROTECTION, ...((options ?? {}) as Record<string, boolean | string>) };
        sheet.password = password === "" ? undefined : password;
      },
      // A password needs ExcelApi 1.7.
      password === undefined ? "1.2" : "1.7",
    );
  }
  unprotect(password?: string): void {
    this.act(
      "unprotect",
      [password],
      (sheet) => {
        if (sheet.password !== undefined && password !== sheet.password) throw new FakeOfficeError("InvalidArgument", "The password is incorrect.");
        sheet.protected = false;
        sheet.password = undefined;
      },
      password === undefined ? "1.2" : "1.7",
    );
  }
}

export class FakeFreezePanes extends FakeProxy<SheetState> {
  protected readonly typeName = "WorksheetFreezePanes";
  constructor(rt: Runtime, path: string, resolver: () => SheetState | null) {
    super(rt, path, resolver);
  }
  protected snapshot(): Record<string, unknown> {
    return this.unknownProp("(not loadable)");
  }
  /** Office 2019 builds refuse to freeze panes on a sheet that is not the active one. */
  private guardActive(sheet: SheetState): void {
    if (this.rt.quirks.freezeNeedsActiveSheet && this.rt.state.activeSheet !== sheet) {
      throw new FakeOfficeError("GeneralException", "There was an internal error while processing the request.");
    }
  }
  freezeAt(range: FakeRange | string): void {
    this.act(
      "freezeAt",
      [range],
      (sheet) => {
        this.guardActive(sheet);
        const rect = typeof range === "string" ? parseAddress(range) : range.target().rect;
        sheet.freeze = { rows: rect.row + rect.rows, columns: rect.column + rect.columns };
      },
      "1.7",
    );
  }
  freezeRows(count = 1): void {
    this.act("freezeRows", [count], (sheet) => {
      this.guardActive(sheet);
      sheet.freeze = { rows: count, columns: 0 };
    }, "1.7");
  }
  freezeColumns(count = 1): void {
    this.act("freezeColumns", [count], (sheet) => {
      this.guardActive(sheet);
      sheet.freeze = { rows: 0, columns: count };
    }, "1.7");
  }
}

export class FakePageLayout extends FakeProxy<SheetState> {
  protected readonly typeName = "PageLayout";
  constructor(rt: Runtime, path: string, resolver: () => SheetState | null) {
    super(rt, path, resolver);
  }
  protected snapshot(sheet: SheetState, props: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p === "zoom") out[p] = sheet.pageLayout.zoom ?? { scale: 100 };
      else if (p === "orientation") out[p] = sheet.pageLayout.orientation ?? "Portrait";
      else this.unknownProp(p);
    }
    return out;
  }
  get zoom(): unknown {
    return this.read("zoom");
  }
  set orientation(v: string) {
    this.act("orientation", [v], (s) => (s.pageLayout.orientation = v), "1.9");
  }
  set paperSize(v: string) {
    this.act("paperSize", [v], (s) => (s.pageLayout.paperSize = v), "1.9");
  }
  set zoom(v: unknown) {
    this.act(
      "zoom",
      [v],
      (s) => {
        const fit = typeof v === "object" && v !== null && ("horizontalFitToPages" in v || "verticalFitToPages" in v);
        if (!(fit && this.rt.quirks.fitToPagesIgnored)) s.pageLayout.zoom = v;
      },
      "1.9",
    );
  }
  setPrintTitleRows(rows: string): void {
    this.act("setPrintTitleRows", [rows], (s) => (s.pageLayout.printTitleRows = rows), "1.9");
  }
  setPrintArea(area: string): void {
    this.act("setPrintArea", [area], (s) => (s.pageLayout.printArea = area), "1.9");
  }
  private margin(name: string, v: number): void {
    this.act(name, [v], (s) => (s.pageLayout.margins = { ...(s.pageLayout.margins ?? {}), [name]: v }), "1.9");
  }
  set topMargin(v: number) { this.margin("topMargin", v); }
  set bottomMargin(v: number) { this.margin("bottomMargin", v); }
  set leftMargin(v: number) { this.margin("leftMargin", v); }
  set rightMargin(v: number) { this.margin("rightMargin", v); }
  set headerMargin(v: number) { this.margin("headerMargin", v); }
  set footerMargin(v: number) { this.margin("footerMargin", v); }
  /** `headersFooters.defaultForAllPages` with the three footer sections (write-only here). */
  get headersFooters(): { defaultForAllPages: { leftFooter: string; centerFooter: string; rightFooter: string } } {
    const act = this.act.bind(this);
    const set = (section: "left" | "center" | "right", v: string): void =>
      act(`headersFooters.defaultForAllPages.${section}Footer`, [v], (s) => (s.pageLayout.footer = { ...(s.pageLayout.footer ?? {}), [section]: v }), "1.9");
    const fail = (): never => {
      throw new FakeOfficeError("PropertyNotLoaded", "Fake: footers are write-only.");
    };
    return {
      defaultForAllPages: {
        set leftFooter(v: string) { set("left", v); },
        get leftFooter(): string { return fail(); },
        set centerFooter(v: string) { set("center", v); },
        get centerFooter(): string { return fail(); },
        set rightFooter(v: string) { set("right", v); },
        get rightFooter(): string { return fail(); },
      },
    };
  }
}
