/**
 * The output package as a list of changes to the input: parts written (new or
 * replaced) and parts removed. Everything else is copied from the input as its
 * stored compressed bytes, so it leaves byte for byte as it came.
 */
import type { OpcPackage } from "./openPackage";
import { writeZip } from "./writeZip";

export interface PackageEdit {
  pkg: OpcPackage;
  /** Parts written, by lower-cased name. */
  written: Map<string, { name: string; data: Uint8Array }>;
  /** Input parts left out of the output, by lower-cased name. */
  removed: Set<string>;
}

const encoder = new TextEncoder();

export function startEdit(pkg: OpcPackage): PackageEdit {
  return { pkg, written: new Map(), removed: new Set() };
}

/** True when the output will hold a part of this name (any case). */
export function hasPart(edit: PackageEdit, name: string): boolean {
  const key = name.toLowerCase();
  return edit.written.has(key) || (edit.pkg.parts.has(key) && !edit.removed.has(key));
}

/** Writes (or replaces) a part. */
export function writePart(edit: PackageEdit, name: string, data: string | Uint8Array): void {
  const key = name.toLowerCase();
  edit.removed.delete(key);
  // Text is written as UTF-8 whatever the part was read from, and says so.
  const bytes = typeof data === "string" ? encoder.encode(data.replace(/^(<\?xml[^>]*encoding=["'])UTF-16(["'])/i, "$1UTF-8$2")) : data;
  edit.written.set(key, { name: edit.pkg.parts.get(key)?.name ?? name, data: bytes });
}

/** Leaves a part out of the output. */
export function removePart(edit: PackageEdit, name: string): void {
  const key = name.toLowerCase();
  edit.written.delete(key);
  if (edit.pkg.parts.has(key)) edit.removed.add(key);
}

/** The lowest-numbered free name like `folder/base1.ext` ("xl/drawings/", "drawing", "xml"). */
export function freePartName(edit: PackageEdit, folder: string, base: string, ext: string): string {
  for (let n = 1; ; n++) {
    const name = `${folder}${base}${n}.${ext}`;
    if (!hasPart(edit, name)) return name;
  }
}

/** The output archive: input parts in their order (copied, replaced or left out), then new parts. */
export function packageBytes(edit: PackageEdit): Uint8Array {
  const replaced = new Map<number, Uint8Array>();
  const removed = new Set<number>();
  const pending = new Map(edit.written);
  for (const entry of edit.pkg.zip.entries) {
    const key = entry.name.toLowerCase();
    const replacement = pending.get(key);
    if (replacement) {
      replaced.set(entry.index, replacement.data);
      pending.delete(key);
    } else if (edit.removed.has(key)) removed.add(entry.index);
  }
  return writeZip({ replaced, removed, added: [...pending.values()] }, edit.pkg.zip);
}
