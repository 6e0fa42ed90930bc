/**
 * Recognises bytes that cannot be an .xlsx before excelts sees them, so the
 * analyst is told what the file is rather than shown a zip parser's error.
 */
import { unzip } from "@cj-tech-master/excelts/archive";
import { WorkbookUnreadableError } from "./WorkbookUnreadableError";

const ZIP_MAGIC = [0x50, 0x4b]; // "PK": local file header or (empty) end of central directory
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** True when an OLE directory names the given stream (names are UTF-16LE). */
function hasOleStream(bytes: Uint8Array, name: string): boolean {
  const pattern = Array.from(name).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** An OLE compound file: an encrypted .xlsx (EncryptedPackage stream) or a legacy .xls. */
function oleError(bytes: Uint8Array): WorkbookUnreadableError {
  if (hasOleStream(bytes, "EncryptedPackage")) {
    return new WorkbookUnreadableError(
      "ENCRYPTED",
      "The workbook is password-protected; save it as .xlsx without a password.",
    );
  }
  return new WorkbookUnreadableError(
    "ENCRYPTED",
    "The file is an old .xls or a password-protected workbook; save it as .xlsx without a password.",
  );
}

/**
 * Throws a WorkbookUnreadableError unless `bytes` is a zip holding
 * xl/workbook.xml. It does not parse the workbook itself.
 */
export async function checkWorkbookBytes(bytes: Uint8Array): Promise<void> {
  if (startsWith(bytes, OLE_MAGIC)) throw oleError(bytes);
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new WorkbookUnreadableError(
      "NOT_A_WORKBOOK",
      "The file is not an Excel workbook (.xlsx); it may be a CSV or another kind of file renamed to .xlsx.",
    );
  }
  let hasWorkbook: boolean;
  let hasBinaryWorkbook = false;
  try {
    const archive = unzip(bytes);
    hasWorkbook = (await archive.get("xl/workbook.xml")) !== null;
    if (!hasWorkbook) hasBinaryWorkbook = (await archive.get("xl/workbook.bin")) !== null;
  } catch (cause) {
    throw new WorkbookUnreadableError(
      "CORRUPT",
      "The workbook is damaged and cannot be opened; open it in Excel and save it again.",
      { cause },
    );
  }
  if (hasBinaryWorkbook) {
    throw new WorkbookUnreadableError(
      "NOT_A_WORKBOOK",
      "The file is an Excel binary workbook (.xlsb); save it as .xlsx.",
    );
  }
  if (!hasWorkbook) {
    throw new WorkbookUnreadableError(
      "NOT_A_WORKBOOK",
      "The file is a zip archive but not an Excel workbook (it has no xl/workbook.xml).",
    );
  }
}
