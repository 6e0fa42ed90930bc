/** One description of a workbook that each shell's adapter turns into its own kind (an .xlsx file, a fake Excel). */
/** A cell as typed; a Date is a date cell (a serial number to Office.js). */
export type SpecValue = string | number | boolean | Date | null;

export interface TableSpec {
  name: string;
  /** Top-left cell of the header row ("B3"). */
  address: string;
  /** Header row, then data rows. */
  values: SpecValue[][];
  /** A totals row under the data: its first cell's label (the rest blank). */
  totalsLabel?: string;
}

export interface SheetSpec {
  name: string;
  /** Values from A1 (a sheet read as a table, or a person's own content). */
  cells?: SpecValue[][];
  tables?: TableSpec[];
  /** Merged areas ("C5:D5"). */
  merges?: string[];
  /** Hidden rows, 1-based sheet row numbers. */
  hiddenRows?: number[];
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
}
