/** Fake Range and its format proxies. */
import { type FakeRect, MAX_COLUMNS, MAX_ROWS, qualifiedAddress } from "./fakeAddress";
import { formatCells, mergeCells, readNumberFormats, readValues, readValueTypes, writeNumberFormats, writeValues } from "./fakeCells";
import { FakeOfficeError } from "./fakeErrors";
import { FakeProxy, type Runtime } from "./fakeRuntime";
import type { CellFormat, SheetState } from "./fakeState";

export interface RangeTarget {
  sheet: SheetState;
  rect: FakeRect;
  /** Every rectangle, for the format of a RangeAreas (`rect` is then the first). */
  areas?: FakeRect[];
}

export class FakeRange extends FakeProxy<RangeTarget> {
  protected readonly typeName = "Range";

  constructor(rt: Runtime, path: string, resolver: () => RangeTarget | null, creation?: { op: string; args: readonly unknown[]; apiSet?: string }) {
    super(rt, path, resolver, creation);
  }

  protected snapshot(t: RangeTarget, props: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p === "values") out[p] = readValues(t.sheet, t.rect);
      else if (p === "numberFormat") out[p] = readNumberFormats(t.sheet, t.rect);
      else if (p === "address") out[p] = qualifiedAddress(t.sheet.name, t.rect);
      else if (p === "rowIndex") out[p] = t.rect.row;
      else if (p === "columnIndex") out[p] = t.rect.column;
      else if (p === "rowCount") out[p] = t.rect.rows;
      else if (p === "columnCount") out[p] = t.rect.columns;
      else if (p === "valueTypes") out[p] = readValueTypes(t.sheet, t.rect);
      else if (p === "columnHidden") out[p] = allOrNone(t.rect.columns, (i) => t.sheet.hiddenColumns.has(t.rect.column + i));
      else this.unknownProp(p);
    }
    return out;
  }

  get values(): unknown[][] {
    return this.read("values") as unknown[][];
  }
  set values(v: unknown[][]) {
    this.act("values", [v], (t) => writeValues(t.sheet, t.rect, v));
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes") as string[][];
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat") as unknown[][];
  }
  set numberFormat(v: unknown[][]) {
    this.act("numberFormat", [v], (t) => writeNumberFormats(t.sheet, t.rect, v));
  }
  get address(): string {
    return this.read("address") as string;
  }
  get rowIndex(): number {
    return this.read("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.read("columnIndex") as number;
  }
  get rowCount(): number {
    return this.read("rowCount") as number;
  }
  get columnCount(): number {
    return this.read("columnCount") as number;
  }
  set columnHidden(hidden: boolean) {
    this.act(
      "columnHidden",
      [hidden],
      (t) => {
        t.sheet.guardWritable("hide columns");
        for (let c = t.rect.column; c < t.rect.column + t.rect.columns; c++) {
          if (hidden) t.sheet.hiddenColumns.add(c);
          else t.sheet.hiddenColumns.delete(c);
        }
      },
      "1.2",
    );
  }

  /** Like Excel, selecting a range on another sheet needs that sheet active first. */
  select(): void {
    this.act("select", [], (t) => {
      if (t.sheet.deleted) throw new FakeOfficeError("ItemNotFound", "The sheet was deleted.");
      if (this.rt.state.activeSheet !== t.sheet) throw new FakeOfficeError("InvalidSelection", "The range is not on the active sheet.");
      this.rt.state.selection = { sheet: t.sheet, rect: t.rect };
    });
  }

  merge(across = false): void {
    this.act("merge", [across], (t) => mergeCells(t.sheet, t.rect), "1.2");
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.rt, `${this.path}.format`, () => this.target());
  }

  /** `dataValidation.prompt` only (write-only here): the input message shown when the cell is selected. */
  get dataValidation(): { prompt: { title?: string; message?: string; showPrompt?: boolean } } {
    const act = this.act.bind(this);
    return {
      set prompt(v: { title?: string; message?: string; showPrompt?: boolean }) {
        act("dataValidation.prompt", [v], (t) => (t.sheet.prompts[qualifiedAddress(t.sheet.name, t.rect)] = v), "1.8");
      },
      get prompt(): { title?: string; message?: string; showPrompt?: boolean } {
        throw new FakeOfficeError("PropertyNotLoaded", "Fake: data validation is write-only.");
      },
    };
  }

  /** A range derived from this one (rows below, columns after, one column), made when the request runs. */
  private derived(name: string, args: readonly unknown[], apiSet: string, rect: (r: FakeRect) => FakeRect): FakeRange {
    return new FakeRange(this.rt, `${this.path}.${name}(${args.join(",")})`, () => {
      const t = this.target();
      const next = rect(t.rect);
      if (next.row < 0 || next.column < 0 || next.row + next.rows > MAX_ROWS || next.column + next.columns > MAX_COLUMNS) {
        throw new FakeOfficeError("InvalidArgument", `${name} goes past the edge of the sheet.`);
      }
      return { sheet: t.sheet, rect: next };
    }, { op: `Range.${name}`, args: [this, ...args], apiSet });
  }
  getRowsBelow(count = 1): FakeRange {
    return this.derived("getRowsBelow", [count], "1.2", (r) => ({ ...r, row: r.row + r.rows, rows: count }));
  }
  getColumnsAfter(count = 1): FakeRange {
    return this.derived("getColumnsAfter", [count], "1.2", (r) => ({ ...r, column: r.column + r.columns, columns: count }));
  }
  getColumn(index: number): FakeRange {
    return this.derived("getColumn", [index], "1.1", (r) => ({ ...r, column: r.column + index, columns: 1 }));
  }
  getVisibleView(): FakeRangeView {
    return new FakeRangeView(this.rt, `${this.path}.visibleView`, () => this.target(), { op: "Range.getVisibleView", args: [this], apiSet: "1.3" });
  }
  /** The merged areas overlapping the range; a null object when there are none (ExcelApi 1.13). */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.rt, `${this.path}.mergedAreas`, () => {
      const t = this.target();
      const merges = t.sheet.merges.filter((m) => overlaps(m, t.rect)).sort((a, b) => a.row - b.row || a.column - b.column);
      return merges.length === 0 ? null : { sheet: t.sheet, rects: merges };
    }, { op: "Range.getMergedAreasOrNullObject", args: [this], apiSet: "1.13" });
  }
}

/** true when every one is, false when none is, null when they differ (how Excel reports a mixed range). */
function allOrNone(count: number, test: (i: number) => boolean): boolean | null {
  let yes = 0;
  for (let i = 0; i < Math.min(count, MAX_COLUMNS); i++) if (test(i)) yes++;
  return yes === 0 ? false : yes === Math.min(count, MAX_COLUMNS) ? true : null;
}

function overlaps(a: FakeRect, b: FakeRect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

/** The visible cells of a range: rows and columns hidden on the sheet are left out. */
export class FakeRangeView extends FakeProxy<RangeTarget> {
  protected readonly typeName = "RangeView";
  constructor(rt: Runtime, path: string, resolver: () => RangeTarget | null, creation: { op: string; args: readonly unknown[]; apiSet?: string }) {
    super(rt, path, resolver, creation);
  }
  protected snapshot(t: RangeTarget, props: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p !== "cellAddresses") this.unknownProp(p);
      const rows: string[][] = [];
      for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
        if (t.sheet.hiddenRows.has(r)) continue;
        const row: string[] = [];
        for (let c = t.rect.column; c < t.rect.column + t.rect.columns; c++) {
          if (!t.sheet.hiddenColumns.has(c)) row.push(qualifiedAddress(t.sheet.name, { row: r, column: c, rows: 1, columns: 1 }));
        }
        if (row.length > 0) rows.push(row);
      }
      out[p] = rows;
    }
    return out;
  }
  get cellAddresses(): string[][] {
    return this.read("cellAddresses") as string[][];
  }
}

/** Several rectangles on one sheet, as `getMergedAreasOrNullObject` returns them. */
export class FakeRangeAreas extends FakeProxy<{ sheet: SheetState; rects: FakeRect[] }> {
  protected readonly typeName = "RangeAreas";
  constructor(rt: Runtime, path: string, resolver: () => { sheet: SheetState; rects: FakeRect[] } | null, creation: { op: string; args: readonly unknown[]; apiSet?: string }) {
    super(rt, path, resolver, creation);
  }
  protected snapshot(t: { sheet: SheetState; rects: FakeRect[] }, props: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p === "address") out[p] = t.rects.map((r) => qualifiedAddress(t.sheet.name, r)).join(",");
      else if (p === "areaCount") out[p] = t.rects.length;
      else this.unknownProp(p);
    }
    return out;
  }
  get address(): string {
    return this.read("address") as string;
  }
  /** One format for every rectangle (ExcelApi 1.9). */
  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.rt, `${this.path}.format`, () => {
      const t = this.target();
      return { sheet: t.sheet, rect: t.rects[0]!, areas: t.rects };
    });
  }
}

abstract class CellFormatProxy extends FakeProxy<RangeTarget> {
  constructor(rt: Runtime, path: string, resolver: () => RangeTarget | null) {
    super(rt, path, resolver);
  }
  protected snapshot(_target: RangeTarget, _props: readonly string[]): Record<string, unknown> {
    return this.unknownProp("(format properties are write-only in this fake)");
  }
  protected setCells(name: string, value: unknown, change: (f: CellFormat) => void): void {
    this.act(name, [value], (t) => {
      for (const rect of t.areas ?? [t.rect]) formatCells(t.sheet, rect, (cell) => change(cell.format));
    });
  }
}

export class FakeRangeFormat extends CellFormatProxy {
  protected readonly typeName = "RangeFormat";

  set horizontalAlignment(v: string) {
    this.setCells("horizontalAlignment", v, (f) => (f.horizontalAlignment = v));
  }
  set verticalAlignment(v: string) {
    this.setCells("verticalAlignment", v, (f) => (f.verticalAlignment = v));
  }
  set wrapText(v: boolean) {
    this.setCells("wrapText", v, (f) => (f.wrapText = v));
  }
  set columnWidth(points: number) {
    this.act(
      "columnWidth",
      [points],
      (t) => {
        t.sheet.guardWritable("change column widths");
        for (let c = t.rect.column; c < t.rect.column + t.rect.columns; c++) t.sheet.columnWidths.set(c, points);
      },
      "1.2",
    );
  }
  set rowHeight(points: number) {
    this.act(
      "rowHeight",
      [points],
      (t) => {
        t.sheet.guardWritable("change row heights");
        for (const rect of t.areas ?? [t.rect]) for (let r = rect.row; r < rect.row + rect.rows; r++) t.sheet.rowHeights.set(r, points);
      },
      "1.2",
    );
  }
  autofitColumns(): void {
    this.act("autofitColumns", [], (t) => t.sheet.guardWritable("autofit columns"), "1.2");
  }
  get font(): FakeFont {
    return new FakeFont(this.rt, `${this.path}.font`, () => this.target());
  }
  get fill(): FakeFill {
    return new FakeFill(this.rt, `${this.path}.fill`, () => this.target());
  }
  get borders(): FakeBorders {
    return new FakeBorders(this.rt, `${this.path}.borders`, () => this.target());
  }
  get protection(): FakeFormatProtection {
    return new FakeFormatProtection(this.rt, `${this.path}.protection`, () => this.target());
  }
}

/** Whether cells are locked (ExcelApi 1.2): every cell is, until unlocked; it matters once the sheet is protected. */
export class FakeFormatProtection extends CellFormatProxy {
  protected readonly typeName = "FormatProtection";
  protected override snapshot(t: RangeTarget, props: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p !== "locked") this.unknownProp(p);
      const states = new Set<boolean>();
      for (let r = 0; r < t.rect.rows; r++) for (let c = 0; c < t.rect.columns; c++) states.add(t.sheet.cell(t.rect.row + r, t.rect.column + c)?.locked !== false);
      out[p] = states.size === 1 ? [...states][0] : null;
    }
    return out;
  }
  get locked(): boolean | null {
    return this.read("locked") as boolean | null;
  }
  set locked(v: boolean) {
    this.act("locked", [v], (t) => formatCells(t.sheet, t.rect, (cell) => (v ? delete cell.locked : (cell.locked = false))), "1.2");
  }
}

export class FakeFont extends CellFormatProxy {
  protected readonly typeName = "RangeFont";
  set bold(v: boolean) {
    this.setCells("bold", v, (f) => (f.bold = v));
  }
  set italic(v: boolean) {
    this.setCells("italic", v, (f) => (f.italic = v));
  }
  set size(v: number) {
    this.setCells("size", v, (f) => (f.size = v));
  }
  set color(v: string) {
    this.setCells("color", v, (f) => (f.fontColor = v));
  }
}

/**
 * A fill's colour and pattern are loadable: Excel reports "#FFFFFF" and
 * "None" for no fill, and null for either when the range's cells differ.
 */
export class FakeFill extends CellFormatProxy {
  protected readonly typeName = "RangeFill";
  protected override snapshot(t: RangeTarget, props: readonly string[]): Record<string, unknown> {
    const fills = new Set<string | undefined>();
    for (let r = 0; r < t.rect.rows; r++) for (let c = 0; c < t.rect.columns; c++) fills.add(t.sheet.cell(t.rect.row + r, t.rect.column + c)?.format.fill);
    const [only] = [...fills];
    const uniform = fills.size === 1;
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p === "color") out[p] = uniform ? (only === undefined ? "#FFFFFF" : only.toUpperCase()) : null;
      else if (p === "pattern") {
        if (!this.rt.supports("1.9")) throw new FakeOfficeError("ApiNotFound", `RangeFill.pattern needs ExcelApi 1.9; this host has ${this.rt.apiVersion}.`);
        out[p] = uniform ? (only === undefined ? "None" : "Solid") : null;
      } else this.unknownProp(p);
    }
    return out;
  }
  get color(): string {
    return this.read("color") as string;
  }
  set color(v: string) {
    this.setCells("color", v, (f) => (f.fill = v));
  }
  get pattern(): string {
    return this.read("pattern") as string;
  }
  clear(): void {
    this.setCells("clear", undefined, (f) => delete f.fill);
  }
}

export class FakeBorders extends CellFormatProxy {
  protected readonly typeName = "RangeBorderCollection";
  getItem(edge: string): FakeBorder {
    return new FakeBorder(this.rt, `${this.path}[${edge}]`, () => this.target(), edge);
  }
}

export class FakeBorder extends CellFormatProxy {
  protected readonly typeName = "RangeBorder";
  constructor(
    rt: Runtime,
    path: string,
    resolver: () => RangeTarget | null,
    private readonly edge: string,
  ) {
    super(rt, path, resolver);
  }
  private setEdge(name: "style" | "color" | "weight", v: string): void {
    this.setCells(name, v, (f) => {
      const borders = (f.borders ??= {});
      (borders[this.edge] ??= {})[name] = v;
    });
  }
  set style(v: string) {
    this.setEdge("style", v);
  }
  set color(v: string) {
    this.setEdge("color", v);
  }
  set weight(v: string) {
    this.setEdge("weight", v);
  }
}
