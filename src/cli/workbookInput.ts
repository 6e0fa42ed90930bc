/** Reading a workbook file into tables, with unreadable files mapped to the contract's exit code 2. */
import { readWorkbookPackage, WorkbookUnreadableError, type WorkbookRead } from "../xlsx/readWorkbook";
import { UnusableInputError } from "./errors";
import { readInput } from "./files";

/**
 * The file's bytes and its package read once: `read.tables` for the checks,
 * and the same `read` handed to the write, so a build never reads twice.
 */
export async function readTablesFromFile(path: string): Promise<{ bytes: Uint8Array; read: WorkbookRead }> {
  const bytes = await readInput(path);
  try {
    return { bytes, read: readWorkbookPackage(bytes) };
  } catch (error) {
    if (error instanceof WorkbookUnreadableError) throw new UnusableInputError(`${path}: ${error.message}`);
    throw error;
  }
}
