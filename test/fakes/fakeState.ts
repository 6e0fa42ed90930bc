/**
 * The fake workbook's document state: what Excel itself would hold. Proxies
 * change it only while a sync runs. Rows and columns are 0-based here.
 */
import { FakeOfficeError } from "./fakeErrors";
import { type FakeRect, formatAddress, MAX_COLUMNS } from "./fakeAddress";

export type Stored = string | number | boolean;

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Record<string, { style?: string; color?: string; weight?: string }>;
}

export interface CellState {
  value?: Stored;
  /** Set when a written string became a formula (what the injection tests look for). */
  formula?: string;
  numberFormat?: string;
  format: CellFormat;
  /** Set when the value is an error ("#N/A"): Excel reads it back as that text, but it is no text. */
  error?: true;
  /** Cells are locked unless unlocked (Format Cells > Protection); locking matters once the sheet is protected. */
  locked?: false;
}

export interface ChartRef {
  sheet: SheetState;
  rect: FakeRect;
}

export interface SeriesState {
  name: string;
  values?: ChartRef;
  xValues?: ChartRef;
  lineColor?: string;
  lineStyle?: string;
  lineWeight?: number;
  markerStyle?: string;
  smooth?: boolean;
  /** Points given a value label, by index, with the label's position. */
  labels?: Record<number, string | undefined>;
}

export interface ChartState {
  id: number;
  name: string;
  type: string;
  seriesBy: string;
  title?: string;
  legendPosition?: string;
  valueAxis: { title?: string; minimum?: number; maximum?: number; numberFormat?: string; majorUnit?: number };
  position?: { from: string; to?: string };
  series: SeriesState[];
}

export interface PageLayoutState {
  orientation?: string;
  paperSize?: string;
  zoom?: unknown;
  printTitleRows?: string;
  printArea?: string;
  /** Footer sections of every page (headersFooters.defaultForAllPages). */
  footer?: { left?: string; center?: string; right?: string };
  /** Margins in points. */
  margins?: Record<string, number>;
}

/** WorksheetProtectionOptions as plain data: the allow… switches and the selection mode (null where Excel reports no value). */
export type ProtectionOptions = Record<string, boolean | string | null>;

/** What Excel reports for a sheet protected without options (Review > Protect Sheet, then OK). */
export const DEFAULT_PROTECTION: Readonly<ProtectionOptions> = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
};

export class SheetState {
  readonly cells = new Map<number, CellState>();
  merges: FakeRect[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  /** 0-based rows hidden by a person or a filter. */
  readonly hiddenRows = new Set<number>();
  /** Visible, Hidden, or VeryHidden (only code can show a very hidden sheet again). */
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  readonly rowHeights = new Map<number, number>();
  tabColor = "";
  showGridlines = true;
  freeze: { rows: number; columns: number } | undefined;
  charts: ChartState[] = [];
  pageLayout: PageLayoutState = {};
  /** Input messages (data-validation prompts) by qualified address of the range. */
  prompts: Record<string, { title?: string; message?: string; showPrompt?: boolean }> = {};
  protected = false;
  /** The settings the sheet was protected with (WorksheetProtectionOptions), as Excel reports them. */
  protectionOptions: ProtectionOptions = { ...DEFAULT_PROTECTION };
  /** The protection password, which Excel never reports back. */
  password: string | undefined;
  deleted = false;

  constructor(
    readonly id: number,
    public name: string,
  ) {}

  static key(row: number, column: number): number {
    return row * MAX_COLUMNS + column;
  }

  cell(row: number, column: number): CellState | undefined {
    return this.cells.get(SheetState.key(row, column));
  }

  ensure(row: number, column: number): CellState {
    const key = SheetState.key(row, column);
    let c = this.cells.get(key);
    if (!c) {
      c = { format: {} };
      this.cells.set(key, c);
    }
    return c;
  }

  /** Throws like Excel when a protected sheet is changed. */
  guardWritable(what: string): void {
    if (this.deleted) throw new FakeOfficeError("ItemNotFound", `The sheet was deleted; cannot ${what}.`);
    if (this.protected) throw new FakeOfficeError("AccessDenied", `The sheet '${this.name}' is protected; cannot ${what}.`);
  }

  /** Bounding rectangle of cells with a value (or any state when `valuesOnly` is false). */
  usedRect(valuesOnly: boolean): FakeRect | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, c] of this.cells) {
      if (valuesOnly && c.value === undefined && c.formula === undefined) continue;
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    return bottom < 0 ? undefined : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }
}

export interface TableState {
  name: string;
  sheet: SheetState;
  /** The whole table: header row (when shown), data rows and total row (when shown). */
  rect: FakeRect;
  showHeaders: boolean;
  /** Whether the last row of `rect` is a total row. */
  showTotals: boolean;
}

export class WorkbookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  activeSheet: SheetState | undefined;
  /** The range last selected with `Range.select()`. */
  selection: { sheet: SheetState; rect: FakeRect } | undefined;
  structureProtected = false;
  private nextId = 1;

  newId(): number {
    return this.nextId++;
  }

  find(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  get(name: string): SheetState {
    const sheet = this.find(name);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: worksheet '${name}'.`);
    return sheet;
  }

  guardStructure(what: string): void {
    if (this.structureProtected) throw new FakeOfficeError("AccessDenied", `The workbook's structure is protected; cannot ${what}.`);
  }

  checkName(name: string, except?: SheetState): void {
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) {
      throw new FakeOfficeError("InvalidArgument", `The sheet name '${name}' is not valid.`);
    }
    const clash = this.find(name);
    if (clash && clash !== except) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
  }

  addSheet(name: string): SheetState {
    this.guardStructure("add a sheet");
    this.checkName(name);
    const sheet = new SheetState(this.newId(), name);
    this.sheets.push(sheet);
    return sheet;
  }

  deleteSheet(sheet: SheetState): void {
    this.guardStructure("delete a sheet");
    if (sheet.deleted) throw new FakeOfficeError("ItemNotFound", "The sheet was already deleted.");
    // Excel refuses by design (office-js issue #365): a very hidden sheet must be made visible or hidden first.
    if (sheet.visibility === "VeryHidden") throw new FakeOfficeError("GeneralException", "There was an internal error while processing the request.");
    if (sheet.visibility === "Visible" && this.sheets.filter((s) => s.visibility === "Visible").length === 1) throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[Math.max(0, index - 1)];
  }

  moveSheet(sheet: SheetState, position: number): void {
    this.guardStructure("move a sheet");
    if (position < 0 || position >= this.sheets.length) throw new FakeOfficeError("InvalidArgument", `Position ${position} is out of range.`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }
}

/** "Sheet!B2:B14", or "#REF!" once the sheet is gone — how a chart's reference reads back. */
export function refText(ref: ChartRef | undefined): string | undefined {
  if (!ref) return undefined;
  return ref.sheet.deleted ? "#REF!" : `${ref.sheet.name}!${formatAddress(ref.rect)}`;
}
