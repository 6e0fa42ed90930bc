/** The corpus: real input workbooks, one per producer (written by scripts/corpus/generate.py, committed). */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const BOOKS_DIR = fileURLToPath(new URL("../books", import.meta.url));

/** What wrote each book, for test names. */
const PRODUCERS: Record<string, string> = {
  "excel.xlsm": "Excel's layout, macro-enabled",
  "excelts.xlsx": "the xlsx library excelts",
  "google-sheets.xlsx": "Google Sheets' layout",
  "libreoffice.xlsx": "LibreOffice Calc",
  "openpyxl.xlsx": "openpyxl",
};

export interface CorpusBook {
  file: string;
  path: string;
  producer: string;
}

export const CORPUS: CorpusBook[] = readdirSync(BOOKS_DIR)
  .filter((f) => /\.xls[xm]$/.test(f))
  .sort()
  .map((file) => ({ file, path: join(BOOKS_DIR, file), producer: PRODUCERS[file] ?? file }));
