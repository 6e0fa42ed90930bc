/**
 * The Member Dashboard: its report (the indicators shown and the data sheet
 * their charts read) and its sheet (title, headline table, key, first-page
 * blocks, one section per indicator with its chart). The registry writes the
 * two as separate entries; `buildDashboardPlan` puts them in a plan of their
 * own. Pure: the same plan whichever shell writes it.
 */
import type { IndicatorResult } from "../../domain/results";
import { DEFAULT_MONTHS_SHOWN } from "../../domain/settings";
import type { MonthIndex } from "../../domain/types";
import { DashboardOptionError } from "./DashboardOptionError";
import { dashboardKey } from "./dashboardKey";
import { dashboardResults } from "./dashboardResults";
import { DASHBOARD_WIDTHS, FIRST_COL, L, LAST_COL } from "./dashboardLayout";
import { PALETTE } from "../layout/palette";
import { DATA_SHEET_NAME, dataSheet } from "./charts/dataSheet";
import { headlineTable } from "./headlineTable";
import { indicatorSection } from "./indicatorSection";
import type { Band } from "../layout/pageBreaks";
import { pageBreaks } from "../layout/pageBreaks";
import { PRINT_MARGINS, printFooter } from "../layout/printFooter";
import type { SheetPlan, WorkbookPlan } from "../plan/plan";
import type { SheetParts } from "../layout/sheetParts";
import { joinParts } from "../layout/sheetParts";
import { TITLE_ROWS, titleBlock } from "./titleBlock";

export const DASHBOARD_SHEET_KEY = "member-dashboard";
export const DASHBOARD_SHEET_NAME = "Member Dashboard";
export { DEFAULT_MONTHS_SHOWN };

export interface DashboardInput {
  results: IndicatorResult[];
  /** The reporting month. */
  month: MonthIndex;
  /** Extract date (ISO yyyy-mm-dd); defaults to the latest `asAt` among the dashboard's results. */
  asAt?: string;
  /** Months in each chart, ending at the reporting month (default 13). */
  monthsShown?: number;
  /** The dashboard's indicators by code, in order; default: those the catalogue marks for the dashboard, in catalogue order. */
  dashboardIndicators?: readonly string[];
  title?: string;
  /**
   * Blocks for the foot of the first page, below the headline table and the
   * key (the improvement budget in brief), in order, each built at the row it is given.
   */
  firstPageBlocks?: readonly FirstPageBlock[];
}

/** A block other sheets put on the dashboard's first page: its parts from `startRow`, and the last row it fills. */
export type FirstPageBlock = (startRow: number) => { parts: SheetParts; lastRow: number };

/** What the dashboard shows, worked out before it is laid out: its indicators and the chart data sheet their charts read. */
export interface DashboardReport {
  results: IndicatorResult[];
  data: ReturnType<typeof dataSheet>;
  asAt?: string;
}

const DEFAULT_ROW_HEIGHT = 15;
const SPACER_HEIGHT = 10;
/**
 * The dashboard's printable page height: A4 landscape (595pt) less its narrow
 * margins (0.95in, 68pt) and a little slack; two indicator sections fit.
 */
const DASHBOARD_PAGE_HEIGHT = 515;
// The row after the title separates the repeated title rows from the table.
const TABLE_ROW = TITLE_ROWS + 2;

function heightOf(rows: Record<number, number>, first: number, last: number): number {
  let total = 0;
  for (let r = first; r <= last; r++) total += rows[r] ?? DEFAULT_ROW_HEIGHT;
  return total;
}

function checkOptions(monthsShown: number): void {
  if (!Number.isInteger(monthsShown) || monthsShown < 1) {
    throw new DashboardOptionError(`The number of months shown in each chart must be a whole number of at least 1, not ${monthsShown}.`);
  }
}

/** The latest "as at" extract date among results: the date the figures are shown as at when none is given. */
export function latestAsAt(results: readonly IndicatorResult[]): string | undefined {
  return results.reduce<string | undefined>((latest, r) => (r.asAt && (!latest || r.asAt > latest) ? r.asAt : latest), undefined);
}

/** The dashboard's indicators, in order, and its chart data sheet. Throws DashboardOptionError for impossible options. */
export function dashboardReport(input: DashboardInput): DashboardReport {
  const monthsShown = input.monthsShown ?? DEFAULT_MONTHS_SHOWN;
  checkOptions(monthsShown);

  const results = dashboardResults(input.results, input.dashboardIndicators);
  const data = dataSheet(results, input.month, monthsShown, DATA_SHEET_NAME);
  const asAt = input.asAt ?? latestAsAt(results);
  return { results, data, ...(asAt ? { asAt } : {}) };
}

/**
 * The Member Dashboard sheet. On paper: the headline table, the key and the
 * first-page blocks on page 1, then the indicators' sections, two to an A4
 * landscape page.
 */
export function dashboardSheet(report: DashboardReport, input: DashboardInput): SheetPlan {
  const { results, data, asAt } = report;
  const title = titleBlock({
    title: input.title ?? DASHBOARD_SHEET_NAME,
    month: input.month,
    ...(asAt ? { asAt } : {}),
  });
  const table = headlineTable(results, TABLE_ROW);
  const key = dashboardKey(table.lastRow + 2);
  const parts: SheetParts[] = [title, table.parts, key.parts];
  const spacers: Record<number, number> = { [TITLE_ROWS + 1]: 4, [table.lastRow + 1]: 4 };
  let lastRow = key.lastRow;
  for (const firstPageBlock of input.firstPageBlocks ?? []) {
    const block = firstPageBlock(lastRow + 2);
    spacers[lastRow + 1] = SPACER_HEIGHT;
    parts.push(block.parts);
    lastRow = block.lastRow;
  }
  const bands: Band[] = [];
  for (const result of results) {
    const startRow = lastRow + 2;
    spacers[startRow - 1] = SPACER_HEIGHT;
    const section = indicatorSection(result, startRow, data.ranges.get(result.code)!, data.figures.get(result.code)!, DATA_SHEET_NAME);
    parts.push(section.parts);
    bands.push({ startRow: startRow - 1, height: SPACER_HEIGHT + heightOf(section.parts.rowHeights, startRow, section.lastRow) });
    lastRow = section.lastRow;
  }
  const joined = joinParts(parts);
  const rowHeights = { ...spacers, ...joined.rowHeights };
  const titleHeight = heightOf(rowHeights, 1, TITLE_ROWS);
  // The headline, the key and the first-page block fill page 1; the sections start on page 2.
  const firstBreak = bands.length > 0 ? [bands[0]!.startRow] : [];
  const sectionBreaks = pageBreaks(bands, DASHBOARD_PAGE_HEIGHT - titleHeight, 0);

  const dashboard: SheetPlan = {
    key: DASHBOARD_SHEET_KEY,
    name: DASHBOARD_SHEET_NAME,
    blocks: joined.blocks,
    styles: joined.styles,
    merges: joined.merges,
    columnWidths: { ...DASHBOARD_WIDTHS },
    rowHeights,
    freeze: { rows: TITLE_ROWS, columns: 0 },
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToPagesWide: 1,
      titleRows: { first: 1, last: TITLE_ROWS },
      area: `${L(FIRST_COL)}1:${L(LAST_COL)}${lastRow}`,
      // A band starts at the spacer above its section; break below the spacer, so a page starts with a heading.
      rowBreaks: [...firstBreak, ...sectionBreaks].map((row) => row + 1),
      footer: printFooter(input.month),
      margins: PRINT_MARGINS,
    },
    charts: joined.charts,
    inputs: joined.inputs,
    tabColor: PALETTE.tab,
    showGridlines: false,
  };
  return dashboard;
}

/** The Member Dashboard and the data sheet its charts read, as a plan of their own. */
export function buildDashboardPlan(input: DashboardInput): WorkbookPlan {
  const report = dashboardReport(input);
  return { sheets: [dashboardSheet(report, input), report.data.sheet], activate: DASHBOARD_SHEET_NAME };
}
