/**
 * The fuzz suite's generators, from single cells up to whole workbooks.
 * Cells: arbitraries/cells.ts; header rows: headers.ts; tables: tables.ts;
 * indicator codes: codes.ts; IndicatorData rows: dataRows.ts; Indicators rows:
 * indicatorRows.ts; whole workbooks: workbook.ts (all under arbitraries/).
 */
export {
  anyCell,
  amountCell,
  areaCell,
  dateCell,
  monthText,
  numberCell,
  periodCell,
  textCell,
} from "./arbitraries/cells";
export { columnSlots, headerVariant, type ColumnSlot } from "./arbitraries/headers";
export { MAX_COLUMN, MAX_ROW, tableOf } from "./arbitraries/tables";
export { workbookArb, type WorkbookFixture } from "./arbitraries/workbook";
