/**
 * The fuzz suite's generators, from single cells up to whole workbooks.
 * Cells: arbitraries/cells.ts; header rows: arbitraries/headers.ts; tables:
 * arbitraries/tables.ts; workbooks: arbitraries/workbook.ts.
 */
export { anyCell, amountCell, areaCell, dateCell, monthText, numberCell, periodCell, textCell } from "./arbitraries/cells";
export { columnSlots, headerVariant, type ColumnSlot } from "./arbitraries/headers";
export { MAX_COLUMN, MAX_ROW, tableOf } from "./arbitraries/tables";
export { workbookArb, type WorkbookFixture } from "./arbitraries/workbook";
