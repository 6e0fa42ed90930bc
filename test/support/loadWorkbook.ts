/**
 * For tests: opens .xlsx bytes with excelts (chart support installed), or says
 * why it cannot. The file shell itself never loads a whole workbook; tests use
 * this to look at what it wrote through a second, independent reader.
 */
import { checkWorkbookBytes } from "../../src/xlsx/checkWorkbookBytes";
import { newWorkbook, type Workbook } from "../../src/xlsx/excelts";
import { WorkbookUnreadableError } from "../../src/xlsx/WorkbookUnreadableError";

/**
 * A workbook loaded from a copy of `bytes`, so the caller's buffer is never
 * touched.
 *
 * @throws WorkbookUnreadableError when the bytes are not a readable .xlsx.
 */
export async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  await checkWorkbookBytes(bytes);
  const workbook = newWorkbook();
  try {
    await workbook.xlsx.load(bytes.slice());
  } catch (cause) {
    throw new WorkbookUnreadableError(
      "CORRUPT",
      "The workbook is damaged and cannot be opened; open it in Excel and save it again.",
      { cause },
    );
  }
  return workbook;
}
