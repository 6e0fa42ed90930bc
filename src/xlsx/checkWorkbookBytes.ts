/**
 * Recognises bytes that cannot be an .xlsx before the zip is opened, so the
 * analyst is told what the file is rather than shown a zip reader's error.
 */
import { WorkbookUnreadableError } from "./WorkbookUnreadableError";

const ZIP_MAGIC = [0x50, 0x4b]; // "PK": local file header or (empty) end of central directory
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** True when an OLE directory names the given stream (names are UTF-16LE). */
function hasOleStream(bytes: Uint8Array, name: string): boolean {
  const pattern = Buffer.from(name, "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(pattern);
}

/** An OLE compound file: an encrypted .xlsx (EncryptedPackage stream) or a legacy .xls. */
function oleError(bytes: Uint8Array): WorkbookUnreadableError {
  if (hasOleStream(bytes, "EncryptedPackage")) {
    return new WorkbookUnreadableError("ENCRYPTED", "The workbook is password-protected; save it as .xlsx without a password.");
  }
  return new WorkbookUnreadableError("ENCRYPTED", "The file is an old .xls or a password-protected workbook; save it as .xlsx without a password.");
}

/** Throws a WorkbookUnreadableError unless `bytes` starts like a zip archive. */
export function checkWorkbookBytes(bytes: Uint8Array): void {
  if (startsWith(bytes, OLE_MAGIC)) throw oleError(bytes);
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new WorkbookUnreadableError(
      "NOT_A_WORKBOOK",
      "The file is not an Excel workbook (.xlsx); it may be a CSV or another kind of file renamed to .xlsx.",
    );
  }
}
