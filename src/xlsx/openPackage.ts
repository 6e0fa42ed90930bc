/**
 * An .xlsx opened as an OPC package: its parts by name, inflated only when
 * read, each read at most once.
 */
import { crc32 } from "node:zlib";
import { inflateEntry, readZip, type ZipArchive, type ZipEntry } from "./readZip";
import { WorkbookUnreadableError } from "./WorkbookUnreadableError";

/** The input package: the archive, and its parts by case-insensitive name (no leading "/"). */
export interface OpcPackage {
  zip: ZipArchive;
  /** Lower-cased part name → entry (OPC part names ignore case). */
  parts: Map<string, ZipEntry>;
  /** Parts already inflated and decoded as text. */
  texts: Map<string, string>;
}

/** Opens the archive; reads nothing but its directory. */
export function openPackage(bytes: Uint8Array): OpcPackage {
  const zip = readZip(bytes);
  const parts = new Map<string, ZipEntry>();
  for (const entry of zip.entries) if (!entry.name.endsWith("/")) parts.set(entry.name.toLowerCase(), entry);
  return { zip, parts, texts: new Map() };
}

const encoder = new TextEncoder();

/**
 * A package held as its parts rather than as an archive (the scratch
 * workbook, rendered unzipped): each part is a stored member, so everything
 * that reads an archive reads it too, and text parts need no decoding.
 */
export function memoryPackage(contents: ReadonlyMap<string, string | Uint8Array>): OpcPackage {
  const parts = new Map<string, ZipEntry>();
  const texts = new Map<string, string>();
  let index = 0;
  for (const [name, content] of contents) {
    const key = name.replace(/^\//, "").toLowerCase();
    const stored = typeof content === "string" ? encoder.encode(content) : content;
    if (typeof content === "string") texts.set(key, content);
    parts.set(key, { name, method: 0, crc: crc32(stored), compressedSize: stored.byteLength, size: stored.byteLength, index: index++, stored });
  }
  return { zip: { bytes: Buffer.alloc(0), entries: [...parts.values()] }, parts, texts };
}

/** The entry for a part name (any case, with or without a leading "/"). */
export function partEntry(pkg: OpcPackage, name: string): ZipEntry | undefined {
  return pkg.parts.get(name.replace(/^\//, "").toLowerCase());
}

const utf8 = new TextDecoder("utf-8");
const utf16le = new TextDecoder("utf-16le");
const utf16be = new TextDecoder("utf-16be");

/** A part's bytes as text: UTF-8 unless a byte-order mark says UTF-16 (both are allowed in OOXML). */
export function decodePart(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return utf16le.decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return utf16be.decode(data.subarray(2));
  return utf8.decode(data);
}

/**
 * A part's text, or undefined when the package has no such part.
 *
 * @throws WorkbookUnreadableError ("CORRUPT") naming the part when it is damaged.
 */
export function partText(pkg: OpcPackage, name: string): string | undefined {
  const entry = partEntry(pkg, name);
  if (!entry) return undefined;
  const key = entry.name.toLowerCase();
  let text = pkg.texts.get(key);
  if (text === undefined) {
    text = decodePart(inflateEntry(pkg.zip, entry));
    pkg.texts.set(key, text);
  }
  return text;
}

/** A part's text, forgetting it after (for a large sheet read once). */
export function partTextOnce(pkg: OpcPackage, name: string): string | undefined {
  const entry = partEntry(pkg, name);
  if (!entry) return undefined;
  return pkg.texts.get(entry.name.toLowerCase()) ?? decodePart(inflateEntry(pkg.zip, entry));
}

/**
 * A part's contents as UTF-8 bytes (a UTF-16 part re-encoded), not kept:
 * a large sheet is scanned as bytes without first becoming a string.
 */
export function partBytesOnce(pkg: OpcPackage, name: string): Uint8Array | undefined {
  const entry = partEntry(pkg, name);
  if (!entry) return undefined;
  const text = pkg.texts.get(entry.name.toLowerCase());
  if (text !== undefined) return encoder.encode(text);
  const data = inflateEntry(pkg.zip, entry);
  const utf16 = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff);
  return utf16 ? encoder.encode(decodePart(data)) : data;
}

/** The one-sentence answer for a zip that is not a workbook. */
export function notAWorkbook(why: string): WorkbookUnreadableError {
  return new WorkbookUnreadableError("NOT_A_WORKBOOK", `The file is a zip archive but not an Excel workbook (${why}).`);
}
