/**
 * The one door to @cj-tech-master/excelts (10.2.0): every module in src/xlsx
 * gets its workbooks from here, so chart support is always installed first.
 *
 * NOTES for the dashboard writer (checked against 10.2.0 by probes and tests):
 *
 * Loading and saving
 * - `await wb.xlsx.load(bytes)` / `await wb.xlsx.writeBuffer()` (Uint8Array).
 * - Loading a workbook that already holds a chart THROWS ("No chart support is
 *   installed") unless `installChartSupport()` ran first: hence `newWorkbook()`.
 * - An existing chart survives load → save byte for byte (default
 *   `templateMode: "preserve"`; `xl/charts/chartN.xml`, the drawing and its rels
 *   are rewritten unchanged). Its cached series values are NOT refreshed when
 *   the cells under it change; Excel and LibreOffice redraw from the cells, but
 *   a writer that wants fresh caches should `ws.removeChart(chart)` and add it
 *   again (or `chart.mutate(...)`). `ws.getCharts()` lists loaded charts
 *   (`title`, `totalSeriesCount`, `setSeriesValues`, `updateSeries`, ...).
 * - `docProps/custom.xml` (workbook custom properties) is DROPPED on a
 *   load → save round trip, and there is no API for it. Sheet-level custom
 *   properties do not exist. Defined names do survive, including hidden and
 *   sheet-scoped ones, so mark a generated sheet with a hidden sheet-scoped
 *   name: `wb.definedNames.model = [...wb.definedNames.model, { name:
 *   "ScorecardGenerated", ranges: ["'Member Dashboard'!$A$1"], localSheetId:
 *   <0-based sheet index>, hidden: true }]` (Office.js can do the same with
 *   `worksheet.names.add` and `visible = false`, ExcelApi 1.4).
 *
 * Charts (after `installChartSupport()`)
 * - `ws.addLineChart({ title, series, categoryAxis, valueAxis, legendPosition,
 *   displayBlanksAs, showMarker }, "F2:N18")` returns the chart number. Anchor
 *   is an A1 range string, or `{ tl, br }` / `{ tl, ext: { cx, cy } }` (EMU).
 * - Each series: `{ name: "Target" | { formula: "'Sheet'!$B$1" },
 *   categories: "'Sheet'!$A$2:$A$13", values: "'Sheet'!$B$2:$B$13",
 *   line: "C00000" (hex colour), lineWidth: 2.25 (points), lineDash: "dash"
 *   ("solid" | "dot" | "dash" | "lgDash" | "dashDot" | "sysDash" | "sysDot" ...),
 *   marker: { symbol: "circle" | "none" | ..., size, fill, border },
 *   smooth, dataLabels }`. Ranges need the sheet name, quoted when it has spaces.
 * - Axes: `{ title: "Month", numFmt: "0%", numFmtLinked: false, min, max,
 *   majorUnit, majorGridlines, crosses, tickLblSkip, textRotation }`.
 * - `title: null` suppresses the auto title; `legendPosition: "b" | "r" | "t"`.
 * - Combo charts (bars plus target lines): `ws.addComboChart({ groups: [...] })`.
 *
 * Sheet formatting
 * - Cell: `cell.value`, `cell.numFmt = "0.0%"`, `cell.font = { bold, size,
 *   color: { argb: "FF1F4E79" } }`, `cell.fill = { type: "pattern", pattern:
 *   "solid", fgColor: { argb: "FFC6EFCE" } }`, `cell.border = { top: { style:
 *   "thin", color: { argb } }, ... }`, `cell.alignment = { wrapText, vertical,
 *   horizontal }`. Strings are always stored as text (never as formulas); a
 *   formula needs `{ formula: "SUM(A1:A3)", result }`.
 * - Columns: `ws.getColumn(2).width = 14`; a width of exactly 9 is taken for
 *   the default and NOT written (use 9.01). Setting `column.numFmt` also
 *   restyles the header cell, so format data cells one by one. Rows: `row.height`,
 *   `row.hidden`.
 * - Merges: `ws.mergeCells("A1:D1")`; read back with `ws.mergedRegions`.
 * - Freeze panes: `ws.views = [{ state: "frozen", ySplit: 1, xSplit: 0 }]`.
 * - Print: `ws.pageSetup.orientation = "landscape"`, `paperSize = 9` (A4),
 *   `fitToPage = true`, `fitToWidth = 1`, `fitToHeight = 0` (any number of
 *   pages tall), `printTitlesRow = "1:3"` (written as the _xlnm.Print_Titles
 *   defined name), `printArea = "A1:N80"`, `margins`, `horizontalCentered`;
 *   `ws.headerFooter.oddFooter = "&LPage &P of &N"`; `ws.rowBreaks`.
 * - Protection: `await ws.protect(password?, { formatColumns: true, ... })`,
 *   `ws.unprotect()`; unlock cells with `cell.protection = { locked: false }`.
 * - Hidden sheets: `ws.state = "hidden" | "veryHidden"`; tab colour:
 *   `ws.properties.tabColor = { argb }`; gridlines: `ws.views[0].showGridLines`.
 * - Defined names: `wb.definedNames.add("'Sheet'!$A$1", "Name")`,
 *   `addHidden(...)`, `getAllEntries()`.
 * - Tables: `ws.addTable({ name, ref: "A1", headerRow: true, style: { theme:
 *   "TableStyleLight9", showRowStripes: true }, columns: [{ name }], rows })`;
 *   `ws.getTables()` gives `name`, `displayName`, `ref`, `headerRow`,
 *   `totalsRow`. `rows: []` makes a header-only ref, which Excel dislikes.
 */
import { Workbook } from "@cj-tech-master/excelts";
import { installChartSupport } from "@cj-tech-master/excelts/chart";

export type { Cell, Row, Table, Worksheet } from "@cj-tech-master/excelts";
export { ValueType } from "@cj-tech-master/excelts";
export { Workbook };

/**
 * Installs excelts' chart runtime (process-wide, idempotent and cheap);
 * loading a workbook that holds a chart needs it.
 */
export function ensureChartSupport(): void {
  installChartSupport();
}

/** A package's parts by name, as excelts renders them: XML as text, media as bytes. */
export type RenderedParts = Map<string, string | Uint8Array>;

/** The part of excelts' writer (10.2.0) that `renderParts` uses: a protected method, reached through a cast. */
interface PartWriter {
  writeToZip(zip: unknown, options: { validate: boolean; zip: Record<string, never> }): Promise<void>;
}

/**
 * Renders `workbook`'s parts without zipping them. The scratch workbook's
 * parts are only read back and moved into the person's package, so
 * compressing them (with excelts' CRC in JavaScript) and inflating them again
 * was wasted: about 0.3 s of CPU on a 100,000-row build. excelts writes
 * through whatever zip writer it is given (its source says `createZipWriter`
 * may be overridden by subclasses); this one keeps each part as written.
 * Every build in the tests goes through it (the corpus and contract suites
 * among them), so an excelts upgrade that changes the interface fails there;
 * package.json pins excelts to one version.
 */
export async function renderParts(workbook: Workbook): Promise<RenderedParts> {
  const parts: RenderedParts = new Map();
  const collector = {
    append(data: string | Uint8Array, options: { name: string }): void {
      parts.set(options.name, data);
    },
    createEntry(name: string): { write(chunk: string): void; end(): void } {
      // excelts writes a part in many small pieces (a 44,000-cell sheet in about
      // 190,000): appending them is several times cheaper than an array and join.
      let text = "";
      return {
        write: (chunk) => void (text += chunk),
        end: () => void parts.set(name, text),
      };
    },
    // Nothing is streamed, so there is never any back-pressure or event to report.
    waitForDrain: (): Promise<void> => Promise.resolve(),
    pipe(): void {},
    finalize(): void {},
    on(): unknown {
      return collector;
    },
  };
  await (workbook.xlsx as unknown as PartWriter).writeToZip(collector, { validate: false, zip: {} });
  return parts;
}

/** A fresh excelts workbook, with chart support installed. */
export function newWorkbook(): Workbook {
  ensureChartSupport();
  return new Workbook();
}
