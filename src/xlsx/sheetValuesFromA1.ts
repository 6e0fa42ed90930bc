/** An existing sheet's values from A1 to the end of its used range, as plain values. */
import type { Worksheet } from "./excelts";
import { toCellValue } from "./toCellValue";

export type PlainValue = string | number | boolean | null;

/**
 * Row-major, 0-based from A1; missing cells are null. Dates come back as ISO
 * dates ("2024-03-31"), which is how carried input text records them.
 */
export function sheetValuesFromA1(ws: Worksheet): PlainValue[][] {
  const rows: PlainValue[][] = [];
  ws.eachRow((row, rowNumber) => {
    const values: PlainValue[] = [];
    row.eachCell((cell, column) => {
      const value = toCellValue(cell);
      if (value === null) return;
      while (values.length < column - 1) values.push(null);
      values[column - 1] = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    });
    if (values.length > 0) {
      while (rows.length < rowNumber - 1) rows.push([]);
      rows[rowNumber - 1] = values;
    }
  });
  return rows;
}
