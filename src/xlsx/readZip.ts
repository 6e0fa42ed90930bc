/**
 * Reads a zip archive's central directory without inflating anything, so a
 * part is only decompressed when asked for and every other part can be copied
 * to the output as the same compressed bytes.
 */
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
  /** DOS time and date, kept so copied parts keep their stamp. */
  time: number;
  date: number;
  /** Where the compressed bytes start in the archive. */
  dataStart: number;
}

/** An opened archive: its bytes and its members, in archive order. */
export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

/** A damaged archive, in the one sentence the command line shows. */
export function corrupt(part?: string, cause?: unknown): WorkbookUnreadableError {
  const where = part ? ` (its part ${part} cannot be read)` : "";
  return new WorkbookUnreadableError(
    "CORRUPT",
    `The workbook is damaged${where} and cannot be opened; open it in Excel and save it again.`,
    cause === undefined ? undefined : { cause },
  );
}

function findEndRecord(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--) if (view.getUint32(i, true) === EOCD) return i;
  throw corrupt();
}

/** The central directory's offset and entry count, reading the zip64 record when the 32-bit fields overflow. */
function directory(view: DataView, end: number): { offset: number; count: number } {
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if ((count === 0xffff || offset === MAX32) && end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(end - 12, true));
    count = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  return { offset, count };
}

/** Sizes and offset from a zip64 extra field, for the fields the 32-bit header left at their maximum. */
function zip64Fields(view: DataView, start: number, length: number, wanted: { size: boolean; compressed: boolean; offset: boolean }) {
  const found: { size?: number; compressed?: number; offset?: number } = {};
  for (let p = start; p + 4 <= start + length; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      const next = (): number => {
        const v = Number(view.getBigUint64(q, true));
        q += 8;
        return v;
      };
      if (wanted.size) found.size = next();
      if (wanted.compressed) found.compressed = next();
      if (wanted.offset) found.offset = next();
    }
    p += 4 + size;
  }
  return found;
}

const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");

/**
 * The archive's members from its central directory.
 *
 * @throws WorkbookUnreadableError ("CORRUPT") when the directory cannot be read.
 */
export function readZip(bytes: Uint8Array): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) throw corrupt();
  const end = findEndRecord(view);
  const { offset, count } = directory(view, end);
  const entries: ZipEntry[] = [];
  try {
    let p = offset;
    for (let i = 0; i < count; i++) {
      if (view.getUint32(p, true) !== CENTRAL) throw corrupt();
      const flags = view.getUint16(p + 8, true);
      const nameLength = view.getUint16(p + 28, true);
      const extraLength = view.getUint16(p + 30, true);
      const commentLength = view.getUint16(p + 32, true);
      let compressedSize = view.getUint32(p + 20, true);
      let size = view.getUint32(p + 24, true);
      let local = view.getUint32(p + 42, true);
      const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
      const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
      if (compressedSize === MAX32 || size === MAX32 || local === MAX32) {
        const z = zip64Fields(view, p + 46 + nameLength, extraLength, {
          size: size === MAX32,
          compressed: compressedSize === MAX32,
          offset: local === MAX32,
        });
        size = z.size ?? size;
        compressedSize = z.compressed ?? compressedSize;
        local = z.offset ?? local;
      }
      if (view.getUint32(local, true) !== LOCAL) throw corrupt(name);
      const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      if (dataStart + compressedSize > bytes.byteLength) throw corrupt(name);
      entries.push({
        name,
        method: view.getUint16(p + 10, true),
        crc: view.getUint32(p + 16, true),
        compressedSize,
        size,
        time: view.getUint16(p + 12, true),
        date: view.getUint16(p + 14, true),
        dataStart,
      });
      p += 46 + nameLength + extraLength + commentLength;
    }
  } catch (error) {
    throw error instanceof WorkbookUnreadableError ? error : corrupt(undefined, error);
  }
  return { bytes, entries };
}

/** The compressed bytes of an entry, exactly as stored. */
export function rawData(archive: ZipArchive, entry: ZipEntry): Uint8Array {
  return archive.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
}

/**
 * An entry's contents, checked against its CRC.
 *
 * @throws WorkbookUnreadableError ("CORRUPT") naming the part when it cannot be inflated.
 */
export function inflateEntry(archive: ZipArchive, entry: ZipEntry): Uint8Array {
  const raw = rawData(archive, entry);
  let data: Uint8Array;
  try {
    if (entry.method === 0) data = raw;
    // One output chunk of the known size: no copying of pieces together.
    else if (entry.method === 8) data = inflateRawSync(raw, { chunkSize: Math.min(Math.max(64, entry.size), 1 << 28), maxOutputLength: Math.max(1, entry.size) });
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
export function inflatePrefix(archive: ZipArchive, entry: ZipEntry, compressedBytes: number): Uint8Array {
  const raw = rawData(archive, entry);
  if (entry.method === 0) return raw.subarray(0, compressedBytes);
  try {
    return inflateRawSync(raw.subarray(0, compressedBytes), { finishFlush: constants.Z_SYNC_FLUSH });
  } catch (cause) {
    throw corrupt(entry.name, cause);
  }
}
