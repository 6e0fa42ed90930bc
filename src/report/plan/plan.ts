/**
 * A WorkbookPlan is the one description of generated output: every sheet, block
 * of values, format, merge, chart, freeze pane and print setting. The report
 * layer builds it from results; the Office JavaScript API and .xlsx shells only translate it.
 * Addresses are A1 on the sheet named by the SheetPlan.
 */

/** A value to write. Strings are always literal text, never formulas (the shells escape them). */
export type PlanValue = string | number | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  fontSize?: number;
  /** "#RRGGBB". */
  fontColor?: string;
  /** Background fill "#RRGGBB". */
  fill?: string;
  horizontalAlignment?: "left" | "center" | "right";
  verticalAlignment?: "top" | "center" | "bottom";
  wrapText?: boolean;
  /** Excel number format code, e.g. "0.0%" or "#,##0". */
  numberFormat?: string;
  /** A thin border on these edges. */
  border?: { top?: boolean; bottom?: boolean; left?: boolean; right?: boolean; color?: string };
}

/** A rectangle of values written as one 2-D array, top-left at `address`. */
export interface CellBlock {
  address: string;
  values: PlanValue[][];
}

/** A style applied to every cell of a range ("B4:H4" or "C7"). */
export interface RangeStyle {
  range: string;
  style: CellStyle;
}

/** Line patterns a black-and-white print tells apart. */
export type DashStyle = "solid" | "dash" | "longDash" | "dot" | "dashDot";
/** Marker shapes, so series differ by more than colour. */
export type MarkerSymbol = "circle" | "square" | "triangle" | "diamond" | "x";

export interface ChartSeriesPlan {
  name: string;
  /** A1 range of the values, on `ChartPlan.dataSheet`. */
  values: string;
  /** "#RRGGBB". */
  color: string;
  dash?: DashStyle;
  /** Points. */
  lineWidth?: number;
  markers?: boolean;
  /** The marker's shape when `markers` (default circle). */
  marker?: MarkerSymbol;
  /** Marker size in points (default 5). */
  markerSize?: number;
  /** False: markers only, no line joining them (marks such as an April restart). */
  line?: boolean;
  /** Straight segments between figures; the dashboard never smooths (a curve invents values). */
  smooth?: boolean;
  /** 0-based points labelled with their value (the latest figure, a target line's end). */
  labelPoints?: number[];
  /** Where those labels sit beside their point, so labels at the same month do not collide (default above). */
  labelPosition?: "above" | "below" | "right";
}

export interface ChartPlan {
  /** Stable name, so a refresh finds and replaces the chart ("chart-UNALLOC28"). */
  name: string;
  type: "line";
  title: string;
  /** The sheet holding the chart's data ranges. */
  dataSheet: string;
  /** A1 range of the category (month) labels, on `dataSheet`. */
  categories: string;
  series: ChartSeriesPlan[];
  valueAxis: { title: string; numberFormat: string; min?: number; max?: number; majorUnit?: number };
  /** The title's font size in points (the host's default, often 14–18, crowds a small chart). */
  titleFontSize?: number;
  /** Colour of the value axis's gridlines, kept light so no target line looks like one. */
  gridlineColor?: string;
  /** The cells the chart covers on its own sheet. */
  position: { from: string; to: string };
}

/**
 * A sparkline: a small line chart drawn inside one cell (Excel 2010 and later).
 * Only the .xlsx shell draws them; the Office JavaScript API has none, so a
 * sheet that plans them should carry the same trend some other way too.
 * Figures in hidden rows or columns are drawn; a blank breaks the line unless
 * `connectGaps`.
 */
export interface SparklinePlan {
  /** The cell it is drawn in, on its own sheet ("K7"). */
  location: string;
  /** The sheet holding the figures. */
  dataSheet: string;
  /** A1 range of the figures on `dataSheet`, one row or one column, oldest first ("L7:Q7"). */
  dataRange: string;
  /** Line colour "#RRGGBB"; the host's default when left out. */
  color?: string;
  /** A dot on every figure (a lone figure between gaps shows only as a dot). */
  markers?: boolean;
  /** Join the figures either side of a blank instead of breaking the line there. */
  connectGaps?: boolean;
}

/** A cell people type into; its text is carried across refreshes by `key`. */
export interface InputCell {
  /** Stable key, e.g. "commentary:UNALLOC28". */
  key: string;
  address: string;
  /**
   * Guidance for the person typing, shown as the cell's note (never as its
   * value, so it cannot print). Also recognised when an older build wrote it
   * as the value, so it is never carried as typed text.
   */
  placeholder?: string;
  /**
   * Text the build drafts from the figures when nobody has typed anything:
   * written styled as a draft and re-drafted next month unless a person edits it.
   */
  draft?: string;
}

/**
 * A note (comment) on a cell: guidance for the person filling it in, kept out
 * of the cell's value so it never prints as text on the paper.
 */
export interface CellNote {
  address: string;
  text: string;
}

/** Page margins in inches. */
export interface PrintMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}

export interface PrintPlan {
  orientation: "landscape" | "portrait";
  paper: "A4";
  fitToPagesWide: 1;
  /** Rows repeated at the top of every printed page, e.g. { first: 1, last: 3 }. */
  titleRows?: { first: number; last: number };
  /** The printed area, e.g. "B1:L60". */
  area?: string;
  /**
   * Rows that start a new printed page (a manual page break above each), so a
   * chart is never cut in two. A shell that cannot set breaks may skip them.
   */
  rowBreaks?: number[];
  /**
   * The printed footer, in Excel's header/footer codes: "&L" left, "&C" centre,
   * "&R" right section, "&A" the sheet name, "&P" the page, "&N" the pages.
   */
  footer?: string;
  margins?: PrintMargins;
}

export interface SheetPlan {
  /** Stable identity of a generated sheet ("member-dashboard"); written as the ownership marker. */
  key: string;
  /** The sheet's name in the workbook. */
  name: string;
  blocks: CellBlock[];
  styles: RangeStyle[];
  merges: string[];
  /** 1-based column number → width in characters. */
  columnWidths: Record<number, number>;
  /** 1-based row number → height in points. */
  rowHeights?: Record<number, number>;
  freeze?: { rows: number; columns: number };
  print?: PrintPlan;
  charts: ChartPlan[];
  inputs: InputCell[];
  /** Notes on cells (prompts for people), never part of a cell's value. */
  notes?: CellNote[];
  /** In-cell trend lines; a shell that cannot draw them leaves them out. */
  sparklines?: SparklinePlan[];
  tabColor?: string;
  showGridlines?: boolean;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
  /** Which sheet to show when the build finishes. */
  activate?: string;
}

/**
 * Generated sheets carry this marker in a hidden column A (A1), followed by the
 * sheet's key. A sheet without it belongs to a person and is never overwritten.
 * Input-cell keys sit in the same hidden column, on the input cell's row, so text
 * people typed is matched by key even after rows are inserted.
 */
export const GENERATED_MARKER = "scorecard-generated:";
