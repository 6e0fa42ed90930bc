/**
 * Writes a zip archive from parts that are either copied as their stored
 * compressed bytes (so an untouched part leaves byte for byte as it came) or
 * new contents deflated here.
 */
import { crc32, deflateRawSync } from "node:zlib";
import { rawData, type ZipArchive, type ZipEntry } from "./readZip";

/** A part for the output: the same entry from an input archive, or new contents. */
export type ZipOutput = { name: string; copy: ZipEntry; from: ZipArchive } | { name: string; data: Uint8Array };

interface Prepared {
  name: Uint8Array;
  utf8: boolean;
  method: number;
  crc: number;
  size: number;
  time: number;
  date: number;
  data: Uint8Array;
}

const encoder = new TextEncoder();
// 1 January 2026, 00:00, as a DOS date: new parts get a fixed stamp so builds are repeatable.
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
const SMALL = 64;

function prepare(part: ZipOutput): Prepared {
  const name = encoder.encode(part.name);
  const utf8 = /[^\x20-\x7e]/.test(part.name);
  if ("copy" in part) {
    const e = part.copy;
    return { name, utf8, method: e.method, crc: e.crc, size: e.size, time: e.time, date: e.date, data: rawData(part.from, e) };
  }
  const stored = part.data.byteLength < SMALL;
  return {
    name,
    utf8,
    method: stored ? 0 : 8,
    crc: crc32(part.data) >>> 0,
    size: part.data.byteLength,
    time: 0,
    date: DOS_DATE,
    data: stored ? part.data : deflateRawSync(part.data, { level: 6 }),
  };
}

function header(view: DataView, at: number, p: Prepared, central: boolean, offset: number): number {
  const base = central ? 46 : 30;
  view.setUint32(at, central ? 0x02014b50 : 0x04034b50, true);
  let q = at + 4;
  if (central) {
    view.setUint16(q, 20, true); // made by: MS-DOS, version 2.0
    q += 2;
  }
  view.setUint16(q, 20, true); // version needed
  view.setUint16(q + 2, p.utf8 ? 0x800 : 0, true);
  view.setUint16(q + 4, p.method, true);
  view.setUint16(q + 6, p.time, true);
  view.setUint16(q + 8, p.date, true);
  view.setUint32(q + 10, p.crc, true);
  view.setUint32(q + 14, p.data.byteLength, true);
  view.setUint32(q + 18, p.size, true);
  view.setUint16(q + 22, p.name.byteLength, true);
  view.setUint16(q + 24, 0, true); // extra
  if (central) {
    // comment length, disk, internal and external attributes stay 0
    view.setUint32(at + 42, offset, true);
  }
  new Uint8Array(view.buffer, view.byteOffset).set(p.name, at + base);
  return at + base + p.name.byteLength;
}

/**
 * The archive holding `parts` in the order given.
 *
 * @throws RangeError when the archive would need zip64 (over 4 GB or 65,535 parts).
 */
export function writeZip(parts: readonly ZipOutput[]): Uint8Array {
  const prepared = parts.map(prepare);
  let localSize = 0;
  let centralSize = 0;
  for (const p of prepared) {
    localSize += 30 + p.name.byteLength + p.data.byteLength;
    centralSize += 46 + p.name.byteLength;
  }
  if (localSize + centralSize > 0xfffffff0 || prepared.length > 0xffff) throw new RangeError("The workbook is too large to write.");
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  for (const p of prepared) {
    offsets.push(at);
    at = header(view, at, p, false, 0);
    out.set(p.data, at);
    at += p.data.byteLength;
  }
  const centralStart = at;
  prepared.forEach((p, i) => {
    at = header(view, at, p, true, offsets[i]!);
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, prepared.length, true);
  view.setUint16(at + 10, prepared.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
