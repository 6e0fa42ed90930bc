/** Opens .xlsx bytes with excelts (chart support installed), or says why it cannot. */
import { checkWorkbookBytes } from "./checkWorkbookBytes";
import { newWorkbook, type Workbook } from "./excelts";
import { WorkbookUnreadableError } from "./WorkbookUnreadableError";

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
