/**
 * Opens a zip archive without inflating anything, so a part is only
 * decompressed when asked for and every other part can be copied to the
 * output as the same compressed bytes.
 *
 * adm-zip reads the archive (end record, zip64 records, central directory,
 * local headers, data descriptors): it is synchronous, so the file shell stays
 * synchronous, and its writer copies an unchanged member's stored bytes (see
 * writeZip). Inflating is left to node:zlib here, with the size known in
 * advance and zlib's CRC: adm-zip's `getData` checks the CRC with a JavaScript
 * loop that costs about 0.15 s on a 23 MB data sheet.
 */
import AdmZip from "adm-zip";
import { crc32, constants, inflateRawSync } from "node:zlib";
import { WorkbookUnreadableError } from "./WorkbookUnreadableError";

/** One member of the archive, as the central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Its place in the archive, by which the writer finds it again. */
  index: number;
  /** The stored (compressed) bytes: a view into the archive. */
  stored: Uint8Array;
}

/** An opened archive: its bytes and its members, in archive order. */
export interface ZipArchive {
  bytes: Buffer;
  entries: ZipEntry[];
}

/** A damaged archive, in the one sentence the command line shows. */
export function corrupt(part?: string, cause?: unknown): WorkbookUnreadableError {
  const where = part ? ` (its part ${part} cannot be read)` : "";
  return new WorkbookUnreadableError(
    "CORRUPT",
    `The workbook is damaged${where} and cannot be opened; open it in Excel and save it again.`,
    cause === undefined ? undefined : { cause },
  );
}

/** The archive's bytes as the Buffer adm-zip needs (a view, not a copy). */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function describe(member: AdmZip.IZipEntry, index: number): ZipEntry {
  const name = member.entryName;
  let stored: Buffer;
  try {
    stored = member.getCompressedData();
  } catch (cause) {
    throw corrupt(name, cause);
  }
  const { method, crc, compressedSize, size } = member.header;
  // adm-zip cuts a member that runs past the end of the file short; such a member is damaged.
  if (stored.byteLength !== compressedSize) throw corrupt(name);
  return { name, method, crc, compressedSize, size, index, stored };
}

/**
 * The archive's members from its central directory.
 *
 * @throws WorkbookUnreadableError ("CORRUPT") when the directory or a member's header cannot be read.
 */
export function readZip(bytes: Uint8Array): ZipArchive {
  const buffer = asBuffer(bytes);
  let members: AdmZip.IZipEntry[];
  try {
    members = new AdmZip(buffer, { noSort: true, readEntries: true }).getEntries();
  } catch (cause) {
    throw corrupt(undefined, cause);
  }
  return { bytes: buffer, entries: members.map(describe) };
}

/**
 * An entry's contents, checked against its size and CRC.
 *
 * @throws WorkbookUnreadableError ("CORRUPT") naming the part when it cannot be inflated.
 */
export function inflateEntry(_archive: ZipArchive, entry: ZipEntry): Uint8Array {
  let data: Uint8Array;
  try {
    if (entry.method === 0) data = entry.stored;
    // One output chunk of the known size: no copying of pieces together.
    else if (entry.method === 8) data = inflateRawSync(entry.stored, { chunkSize: Math.min(Math.max(64, entry.size), 1 << 28), maxOutputLength: Math.max(1, entry.size) });
    else throw new Error(`compression method ${entry.method}`);
  } catch (cause) {
    throw corrupt(entry.name, cause);
  }
  if (data.byteLength !== entry.size || crc32(data) >>> 0 !== entry.crc >>> 0) throw corrupt(entry.name);
  return data;
}

/**
 * The first bytes of an entry's contents, inflating no more than `compressedBytes`
 * of it: enough to read a sheet's opening elements without its cells.
 */
export function inflatePrefix(_archive: ZipArchive, entry: ZipEntry, compressedBytes: number): Uint8Array {
  const head = entry.stored.subarray(0, compressedBytes);
  if (entry.method === 0) return head;
  try {
    return inflateRawSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch (cause) {
    throw corrupt(entry.name, cause);
  }
}
