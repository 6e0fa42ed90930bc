/** Reading a workbook file into tables, with unreadable files mapped to the contract's exit code 2. */
import { readWorkbookTables, WorkbookUnreadableError } from "../xlsx/readWorkbook";
import type { WorkbookTables } from "../domain/types";
import { UnusableInputError } from "./errors";
import { readInput } from "./files";

export async function readTablesFromFile(path: string): Promise<{ bytes: Uint8Array; tables: WorkbookTables }> {
  const bytes = await readInput(path);
  try {
    return { bytes, tables: await readWorkbookTables(bytes) };
  } catch (error) {
    if (error instanceof WorkbookUnreadableError) throw new UnusableInputError(`${path}: ${error.message}`);
    throw error;
  }
}
