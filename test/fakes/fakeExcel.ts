/**
 * A fake of the part of the Excel JavaScript API the shell uses, close enough
 * to Excel where it matters: operations run only in `sync()`, properties are
 * readable only after load + sync (PropertyNotLoaded otherwise), value shapes
 * are checked, strings written to non-text cells are re-read as if typed
 * ("=…", "+…", "-…", "@…" become formulas), sheet names are unique and at most
 * 31 characters, the last sheet cannot be deleted, newer-API calls fail with
 * ApiNotFound on older hosts, and request/response sizes are measured and
 * capped. Failures can be injected per sync.
 *
 * Plain TypeScript with no Node or test-runner imports, so a browser harness
 * can bundle it too.
 */
import { columnLetters } from "../../src/domain/a1";
import { type FakeRect, formatAddress, MAX_COLUMNS, parseAddress } from "./fakeAddress";
import { storeTyped } from "./fakeCells";
import { FakeOfficeError } from "./fakeErrors";
import { type FakeQuirks, type InjectedFailure, Runtime } from "./fakeRuntime";
import { type CellFormat, DEFAULT_PROTECTION, type ProtectionOptions, refText, type SheetState, type Stored, WorkbookState } from "./fakeState";
import { FakeRequestContext } from "./fakeWorkbook";

export type { FakeQuirks, InjectedFailure } from "./fakeRuntime";
export { FakeOfficeError } from "./fakeErrors";

export interface FakeTableSpec {
  name: string;
  /** Top-left cell of the header row ("B3"). */
  address: string;
  /** Header row first, then data rows. */
  values: (string | number | boolean | null)[][];
  showHeaders?: boolean;
  /** A total row (Table Design > Total Row) placed under the data rows; Excel includes it in `getRange()`. */
  totals?: (string | number | boolean | null)[];
}

export interface FakeSheetSpec {
  name: string;
  /** Values from A1, stored as given (strings stay text). */
  cells?: (string | number | boolean | null)[][];
  tables?: FakeTableSpec[];
  protected?: boolean;
  /** 1-based rows hidden on the sheet. */
  hiddenRows?: number[];
  /** Merged areas ("B4:C4"). */
  merges?: string[];
  visibility?: "Visible" | "Hidden" | "VeryHidden";
}

export interface FakeWorkbookSpec {
  sheets: FakeSheetSpec[];
  active?: string;
  structureProtected?: boolean;
}

export interface FakeOptions {
  /** Highest ExcelApi set the host supports (default "1.17"). */
  apiVersion?: string;
  /** Request cap in bytes (default 5 MB, like Excel on the web); null for none. */
  requestLimit?: number | null;
  responseLimit?: number | null;
  /** Misbehaviours of particular Excel builds to play. */
  quirks?: FakeQuirks;
}

export interface CellView {
  value: Stored | null;
  /** The value is an error such as #N/A, not text. */
  error?: true;
  locked: boolean;
  formula?: string;
  numberFormat: string;
  format: CellFormat;
}

export interface ChartView {
  name: string;
  type: string;
  seriesBy: string;
  title?: string;
  legendPosition?: string;
  valueAxis: { title?: string; minimum?: number; maximum?: number; numberFormat?: string };
  position?: { from: string; to?: string };
  series: { name: string; values?: string; xValues?: string; lineColor?: string; lineStyle?: string; lineWeight?: number; markerStyle?: string }[];
}

function place(sheet: SheetState, topLeft: FakeRect, values: readonly (readonly (string | number | boolean | null)[])[]): void {
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) sheet.ensure(topLeft.row + r, topLeft.column + c).value = v;
    }),
  );
}

/** Read-back of one sheet, for assertions. */
export class SheetView {
  constructor(private readonly sheet: SheetState) {}

  get name(): string {
    return this.sheet.name;
  }

  /** Values from A1 to the last used cell; formulas show as their text, blanks as null. */
  values(): (Stored | null)[][] {
    const used = this.sheet.usedRect(true);
    if (!used) return [];
    const out: (Stored | null)[][] = [];
    for (let r = 0; r < used.row + used.rows; r++) {
      const row: (Stored | null)[] = [];
      for (let c = 0; c < used.column + used.columns; c++) {
        const cell = this.sheet.cell(r, c);
        row.push(cell?.formula ?? cell?.value ?? null);
      }
      out.push(row);
    }
    return out;
  }

  cell(address: string): CellView {
    const rect = parseAddress(address);
    const c = this.sheet.cell(rect.row, rect.column);
    return {
      value: c?.value ?? null,
      ...(c?.error ? { error: true as const } : {}),
      locked: c?.locked !== false,
      ...(c?.formula ? { formula: c.formula } : {}),
      numberFormat: c?.numberFormat ?? "General", format: { ...(c?.format ?? {}) } };
  }

  /** Every cell holding a formula, by address. */
  formulas(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, c] of this.sheet.cells) {
      if (c.formula) out[`${columnLetters((key % MAX_COLUMNS) + 1)}${Math.floor(key / MAX_COLUMNS) + 1}`] = c.formula;
    }
    return out;
  }

  get merges(): string[] {
    return this.sheet.merges.map(formatAddress);
  }
  /** Width in points of a 1-based column, when one was set. */
  columnWidth(column: number): number | undefined {
    return this.sheet.columnWidths.get(column - 1);
  }
  isColumnHidden(column: number): boolean {
    return this.sheet.hiddenColumns.has(column - 1);
  }
  rowHeight(row: number): number | undefined {
    return this.sheet.rowHeights.get(row - 1);
  }
  get freeze(): { rows: number; columns: number } | undefined {
    return this.sheet.freeze;
  }
  get tabColor(): string {
    return this.sheet.tabColor;
  }
  get showGridlines(): boolean {
    return this.sheet.showGridlines;
  }
  get pageLayout(): SheetState["pageLayout"] {
    return { ...this.sheet.pageLayout };
  }
  /** Input messages (data-validation prompts) by qualified range address. */
  get prompts(): SheetState["prompts"] {
    return { ...this.sheet.prompts };
  }
  /** Sheet protection, with the password the fake remembers (Excel never reports it). */
  get protection(): { protected: boolean; options: ProtectionOptions; password?: string } {
    const s = this.sheet;
    return { protected: s.protected, options: { ...s.protectionOptions }, ...(s.password !== undefined ? { password: s.password } : {}) };
  }
  get charts(): ChartView[] {
    return this.sheet.charts.map((c) => ({
      name: c.name,
      type: c.type,
      seriesBy: c.seriesBy,
      ...(c.title !== undefined ? { title: c.title } : {}),
      ...(c.legendPosition !== undefined ? { legendPosition: c.legendPosition } : {}),
      valueAxis: { ...c.valueAxis },
      ...(c.position ? { position: { ...c.position } } : {}),
      series: c.series.map((s) => ({
        name: s.name,
        ...(s.values ? { values: refText(s.values) } : {}),
        ...(s.xValues ? { xValues: refText(s.xValues) } : {}),
        ...(s.lineColor !== undefined ? { lineColor: s.lineColor } : {}),
        ...(s.lineStyle !== undefined ? { lineStyle: s.lineStyle } : {}),
        ...(s.lineWeight !== undefined ? { lineWeight: s.lineWeight } : {}),
        ...(s.markerStyle !== undefined ? { markerStyle: s.markerStyle } : {}),
      })),
    }));
  }

  /** Everything about the sheet as plain data, to compare before and after. */
  snapshot(): unknown {
    const cells = [...this.sheet.cells.entries()].sort(([a], [b]) => a - b).map(([key, c]) => [key, c]);
    return JSON.parse(
      JSON.stringify({
        name: this.sheet.name,
        cells,
        merges: this.merges,
        widths: [...this.sheet.columnWidths.entries()],
        hidden: [...this.sheet.hiddenColumns],
        heights: [...this.sheet.rowHeights.entries()],
        tabColor: this.sheet.tabColor,
        showGridlines: this.sheet.showGridlines,
        freeze: this.sheet.freeze ?? null,
        pageLayout: this.sheet.pageLayout,
        charts: this.charts,
      }),
    ) as unknown;
  }
}

export class FakeExcel {
  readonly state = new WorkbookState();
  readonly runtime = new Runtime(this.state);
  readonly context = new FakeRequestContext(this.runtime);

  /** The context typed as Office.js's, to hand to the code under test. */
  get excelContext(): Excel.RequestContext {
    return this.context as unknown as Excel.RequestContext;
  }
  get syncCount(): number {
    return this.runtime.syncCount;
  }
  get requestSizes(): readonly number[] {
    return this.runtime.requestSizes;
  }
  get largestRequest(): number {
    return Math.max(0, ...this.runtime.requestSizes);
  }
  /** Make sync number `failure.sync` (counted from the fake's creation) fail. */
  failOn(failure: InjectedFailure): void {
    this.runtime.failures.push(failure);
  }
  /** Protect a sheet as a person would (Review > Protect Sheet), with optional settings and password; `on` false removes it. */
  protectSheet(name: string, on = true, settings: { options?: Record<string, boolean | string | null>; password?: string } = {}): void {
    const sheet = this.state.get(name);
    sheet.protected = on;
    sheet.protectionOptions = { ...DEFAULT_PROTECTION, ...(on ? (settings.options ?? {}) : {}) };
    sheet.password = on ? settings.password : undefined;
  }
  /** The range last selected with `Range.select()`, with the sheet's current name. */
  get selection(): { sheet: string; address: string } | undefined {
    const s = this.state.selection;
    return s && !s.sheet.deleted ? { sheet: s.sheet.name, address: formatAddress(s.rect) } : undefined;
  }
  /** Excel's answer for a cell's fill: its colour, white when it has none. */
  fillOf(sheet: string, address: string): { color: string; pattern: "None" | "Solid" } {
    const fill = this.sheet(sheet).cell(address).format.fill;
    return fill === undefined ? { color: "#FFFFFF", pattern: "None" } : { color: fill.toUpperCase(), pattern: "Solid" };
  }
  /**
   * A person typing `text` into a cell and pressing Enter: refused on a
   * protected sheet unless the cell is unlocked; otherwise Excel reads the
   * text as it reads anything typed (per the cell's number format).
   */
  typeInto(sheetName: string, address: string, text: string): void {
    const sheet = this.state.get(sheetName);
    const rect = parseAddress(address);
    const cell = sheet.ensure(rect.row, rect.column);
    if (sheet.protected && cell.locked !== false) {
      throw new FakeOfficeError("AccessDenied", `The cell ${address} on '${sheetName}' is on a protected sheet and locked.`);
    }
    storeTyped(cell, text);
  }
  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }
  get activeSheetName(): string | undefined {
    return this.state.activeSheet?.name;
  }
  hasSheet(name: string): boolean {
    return this.state.find(name) !== undefined;
  }
  sheet(name: string): SheetView {
    return new SheetView(this.state.get(name));
  }
  /** Every chart in the workbook with the sheet it sits on. */
  allCharts(): { sheet: string; chart: ChartView }[] {
    return this.state.sheets.flatMap((s) => new SheetView(s).charts.map((chart) => ({ sheet: s.name, chart })));
  }
}

/** Build a fake workbook from plain data. */
export function createFakeExcel(spec: FakeWorkbookSpec, options: FakeOptions = {}): FakeExcel {
  const fake = new FakeExcel();
  const { state, runtime } = fake;
  for (const s of spec.sheets) {
    const sheet = state.addSheet(s.name);
    if (s.cells) place(sheet, { row: 0, column: 0, rows: 1, columns: 1 }, s.cells);
    for (const t of s.tables ?? []) {
      const start = parseAddress(t.address);
      const values = t.totals ? [...t.values, t.totals] : t.values;
      place(sheet, start, values);
      const rect = { row: start.row, column: start.column, rows: values.length, columns: values[0]?.length ?? 0 };
      state.tables.push({ name: t.name, sheet, rect, showHeaders: t.showHeaders ?? true, showTotals: t.totals !== undefined });
    }
    sheet.protected = s.protected ?? false;
    for (const row of s.hiddenRows ?? []) sheet.hiddenRows.add(row - 1);
    sheet.merges.push(...(s.merges ?? []).map(parseAddress));
    sheet.visibility = s.visibility ?? "Visible";
  }
  state.activeSheet = spec.active ? state.get(spec.active) : state.sheets[0];
  state.structureProtected = spec.structureProtected ?? false;
  if (options.apiVersion) runtime.apiVersion = options.apiVersion;
  if (options.requestLimit !== undefined) runtime.requestLimit = options.requestLimit ?? undefined;
  if (options.responseLimit !== undefined) runtime.responseLimit = options.responseLimit ?? undefined;
  if (options.quirks) runtime.quirks = { ...options.quirks };
  return fake;
}
