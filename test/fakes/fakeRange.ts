/** Fake Range and its format proxies. */
import { type FakeRect, qualifiedAddress } from "./fakeAddress";
import { formatCells, mergeCells, readNumberFormats, readValues, writeNumberFormats, writeValues } from "./fakeCells";
import { FakeOfficeError } from "./fakeErrors";
import { FakeProxy, type Runtime } from "./fakeRuntime";
import type { CellFormat, SheetState } from "./fakeState";

export interface RangeTarget {
  sheet: SheetState;
  rect: FakeRect;
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
}

abstract class CellFormatProxy extends FakeProxy<RangeTarget> {
  constructor(rt: Runtime, path: string, resolver: () => RangeTarget | null) {
    super(rt, path, resolver);
  }
  protected snapshot(_target: RangeTarget, _props: readonly string[]): Record<string, unknown> {
    return this.unknownProp("(format properties are write-only in this fake)");
  }
  protected setCells(name: string, value: unknown, change: (f: CellFormat) => void): void {
    this.act(name, [value], (t) => formatCells(t.sheet, t.rect, (cell) => change(cell.format)));
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
        for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) t.sheet.rowHeights.set(r, points);
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
